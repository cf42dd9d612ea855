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

extension StringProtocol {
    /// The first occurrence of `target`, compared byte for byte: `range(of:)` with Foundation imported goes
    /// through NSString as well.
    public func firstRange(ofLiteral target: String) -> Range<String.Index>? {
        let needle = Array(target.utf8)
        guard let first = needle.first else { return nil }
        let bytes = utf8
        var from = bytes.startIndex
        while let start = bytes[from...].firstIndex(of: first) {
            var end = start
            var matched = true
            for byte in needle {
                guard end < bytes.endIndex, bytes[end] == byte else { matched = false; break }
                end = bytes.index(after: end)
            }
            if matched { return start..<end }
            from = bytes.index(after: start)
        }
        return nil
    }

    /// Whether `target` occurs in the text, compared byte for byte.
    public func containsLiteral(_ target: String) -> Bool {
        firstRange(ofLiteral: target) != nil
    }
}
