import Markdown

/// Escaping for XML text and attribute values: HTML's escaping, less the characters XML 1.0 forbids
/// (controls, U+FFFE/U+FFFF), which cannot be escaped, only left out.
enum XMLText {
    static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return HTMLEscaping.escape(text) }
        return HTMLEscaping.escape(String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed))))
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }
}
