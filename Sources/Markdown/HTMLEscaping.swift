/// The escaping rules of cmark's HTML renderer (houdini), so that trees rendered in Swift match cmark byte for byte.
public enum HTMLEscaping {
    /// Escapes text for element content and attribute values: `&`, `<`, `>` and `"`.
    public static func escape(_ text: String) -> String {
        // Most text has nothing to escape; the generic `utf8.contains(where:)` cost ~20 instructions a byte.
        var source = text
        let clean = source.withUTF8 { bytes in
            !bytes.contains { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") }
        }
        guard !clean else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 { appendEscaped(byte, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// One byte of text escaped as `escape` escapes it, for writers that build their bytes themselves.
    @inlinable
    public static func appendEscaped(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
        case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
        case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
        case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
        default: out.append(byte)
        }
    }

    /// Escapes a link destination as cmark does: unsafe bytes percent-encoded, `&` and `'` as entities.
    public static func escapeHref(_ url: String) -> String {
        var out = [UInt8]()
        out.reserveCapacity(url.utf8.count + 8)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if byte < 128 && hrefSafe[Int(byte)] {
                out.append(byte)
            } else if byte == UInt8(ascii: "&") {
                out.append(contentsOf: "&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                out.append(contentsOf: "&#x27;".utf8)
            } else {
                out.append(UInt8(ascii: "%"))
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// cmark's `javascript:`, `vbscript:`, `file:` and non-image `data:` check, applied in safe mode.
    public static func isDangerousURL(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
        }
        return lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:")
    }

    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in "-_.+!*(),%#@?=;:/$~".utf8 { table[Int(byte)] = true }
        for range in [UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z")] {
            for byte in range { table[Int(byte)] = true }
        }
        return table
    }()
}
