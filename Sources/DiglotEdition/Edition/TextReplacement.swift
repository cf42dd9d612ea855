extension StringProtocol {
    /// The text with every occurrence of `target` replaced, compared byte for byte. Foundation's
    /// `replacingOccurrences` goes through NSString and cost some 40,000 instructions a call in profiles of
    /// whole builds; the edition replaces only literal marks (`*`, dashes, line ends), where bytes suffice.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        let needle = Array(target.utf8)
        let bytes = Array(utf8)
        guard let first = needle.first else { return String(self) }
        var out: [UInt8]?
        var index = 0
        var copied = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == first, needle.indices.allSatisfy({ bytes[index + $0] == needle[$0] }) {
                if out == nil { out = []; out!.reserveCapacity(bytes.count + replacement.utf8.count) }
                out!.append(contentsOf: bytes[copied..<index])
                out!.append(contentsOf: replacement.utf8)
                index += needle.count
                copied = index
            } else {
                index += 1
            }
        }
        guard var out else { return String(self) }
        out.append(contentsOf: bytes[copied...])
        return String(decoding: out, as: UTF8.self)
    }
}
