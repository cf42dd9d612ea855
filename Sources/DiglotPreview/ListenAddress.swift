import FlyingSocks
import Foundation

/// The address given to `--host`: an IP literal or `localhost`. Names that need DNS are refused, because the
/// Host check must know every name the server answers to.
public struct ListenAddress: Sendable {
    public enum Family: Sendable { case ip4, ip6 }

    /// The numeric address, without brackets.
    public let ip: String
    public let family: Family

    public init?(_ host: String) {
        let bare = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if bare.lowercased() == "localhost" {
            (ip, family) = ("127.0.0.1", .ip4)
        } else if Self.parses(bare, family: AF_INET) {
            (ip, family) = (bare, .ip4)
        } else if Self.parses(bare, family: AF_INET6) {
            (ip, family) = (bare.lowercased(), .ip6)
        } else {
            return nil
        }
    }

    public var isLoopback: Bool { family == .ip4 ? ip.hasPrefix("127.") : ip == "::1" }
    public var isWildcard: Bool { ip == "0.0.0.0" || ip == "::" }

    /// How the address is written in a URL or a Host header.
    public var urlHost: String {
        let shown = isWildcard ? (family == .ip4 ? "127.0.0.1" : "::1") : ip
        return family == .ip6 ? "[\(shown)]" : shown
    }

    func socketAddress(port: UInt16) throws -> any SocketAddress {
        switch family {
        case .ip4: try sockaddr_in.inet(ip4: ip, port: port)
        case .ip6: try sockaddr_in6.inet6(ip6: ip, port: port)
        }
    }

    static func isIPLiteral(_ text: String) -> Bool {
        parses(text, family: AF_INET) || parses(text, family: AF_INET6)
    }

    private static func parses(_ text: String, family: Int32) -> Bool {
        var buffer = in6_addr()
        return inet_pton(family, text, &buffer) == 1
    }
}
