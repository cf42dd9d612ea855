/// Which `Host` and `Origin` values the server answers to: the names of the address it listens on, with its
/// port. A page on an attacker's domain that rebinds that domain to 127.0.0.1 still sends its own name in
/// `Host`, so checking it defeats DNS rebinding; `X-Forwarded-Host` is never read.
struct HostPolicy: Sendable {
    let port: UInt16
    private let names: Set<String>
    /// Bound to every interface, the server is reached by addresses it cannot list; an IP literal cannot be
    /// rebound, so any is accepted.
    private let acceptsAnyIPLiteral: Bool

    init(address: ListenAddress, port: UInt16) {
        self.port = port
        var names: Set<String> = [address.urlHost]
        if address.isLoopback || address.isWildcard {
            names.formUnion(["localhost", "127.0.0.1", "[::1]"])
        }
        self.names = names
        acceptsAnyIPLiteral = address.isWildcard
    }

    /// True when `header` (`name`, `name:port`, `[v6]:port`) names this server.
    func allowsHost(_ header: String?) -> Bool {
        guard let header, let (name, port) = Self.split(header.lowercased()), port == self.port else { return false }
        if names.contains(name) { return true }
        let bare = name.hasPrefix("[") ? String(name.dropFirst().dropLast()) : name
        return acceptsAnyIPLiteral && ListenAddress.isIPLiteral(bare)
    }

    /// The live-reload stream answers only its own pages. Browsers send `Origin` on cross-origin requests, and
    /// `Sec-Fetch-Site` on all of them; a request with neither comes from a tool, which no page can drive.
    func allowsEventSource(origin: String?, fetchSite: String?, host: String) -> Bool {
        if let origin {
            return origin.lowercased() == "http://" + host.lowercased()
        }
        guard let fetchSite else { return true }
        return fetchSite == "same-origin" || fetchSite == "none"
    }

    private static func split(_ header: String) -> (String, UInt16)? {
        let name: Substring
        let rest: Substring
        if header.hasPrefix("[") {
            guard let close = header.firstIndex(of: "]") else { return nil }
            name = header[...close]
            rest = header[header.index(after: close)...]
        } else if let colon = header.firstIndex(of: ":") {
            name = header[..<colon]
            rest = header[colon...]
        } else {
            name = Substring(header)
            rest = ""
        }
        guard !name.isEmpty else { return nil }
        if rest.isEmpty { return (String(name), 80) }
        let digits = rest.dropFirst()
        guard rest.first == ":", !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber),
              let port = UInt16(digits) else { return nil }
        return (String(name), port)
    }
}
