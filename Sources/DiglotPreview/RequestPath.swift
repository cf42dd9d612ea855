/// The path of a request, percent-decoded exactly once and checked before it comes near the file system.
///
/// Nothing is normalised: a path that would need it (`..`, `.`, `//`) is refused, as is anything that only an
/// attack produces: NUL, backslash, `#`, an encoded slash, double encoding (`%25`), invalid or overlong UTF-8.
struct RequestPath: Equatable, Sendable {
    /// Decoded components, none empty, `.` or `..`.
    let components: [String]
    /// The path ended with `/`: a folder is asked for.
    let isFolder: Bool

    struct Rejection: Error {
        let reason: String
    }

    /// The longest path accepted; the site's own paths are a fraction of this.
    static let maximumLength = 2048

    /// Parses the raw, still percent-encoded path of the request target (its query already cut off).
    static func parse(_ raw: String) throws(Rejection) -> RequestPath {
        let bytes = Array(raw.utf8)
        guard bytes.first == UInt8(ascii: "/") else { throw Rejection(reason: "the path must start with /") }
        guard bytes.count <= maximumLength else { throw Rejection(reason: "the path is too long") }
        var pieces: [[UInt8]] = [[]]
        var index = 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "/") {
                pieces.append([])
                index += 1
                continue
            }
            var decoded = byte
            if byte == UInt8(ascii: "%") {
                guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
                    throw Rejection(reason: "a % that starts no escape")
                }
                decoded = high << 4 | low
                switch decoded {
                case UInt8(ascii: "/"), UInt8(ascii: "\\"): throw Rejection(reason: "an encoded slash")
                case UInt8(ascii: "%"): throw Rejection(reason: "double percent-encoding")
                default: break
                }
                index += 3
            } else {
                guard byte < 0x80 else { throw Rejection(reason: "a raw non-ASCII byte") }
                index += 1
            }
            try check(decoded)
            pieces[pieces.count - 1].append(decoded)
        }
        let isFolder = pieces.last?.isEmpty == true
        if isFolder { pieces.removeLast() }
        var components: [String] = []
        for piece in pieces {
            guard !piece.isEmpty else { throw Rejection(reason: "an empty path segment") }
            guard let text = strictUTF8(piece) else { throw Rejection(reason: "invalid or overlong UTF-8") }
            guard text != ".", text != ".." else { throw Rejection(reason: "a dot segment") }
            components.append(text)
        }
        return RequestPath(components: components, isFolder: isFolder)
    }

    private static func check(_ byte: UInt8) throws(Rejection) {
        switch byte {
        case 0: throw Rejection(reason: "a NUL byte")
        case UInt8(ascii: "\\"): throw Rejection(reason: "a backslash")
        case UInt8(ascii: "#"): throw Rejection(reason: "a # in the path")
        case 1..<0x20, 0x7F: throw Rejection(reason: "a control character")
        default: break
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// The standard library's decoder refuses overlong forms, surrogates and truncated sequences, where
    /// `String(decoding:)` would quietly substitute U+FFFD.
    private static func strictUTF8(_ bytes: [UInt8]) -> String? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var text = ""
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
            case .emptyInput: return text
            case .error: return nil
            }
        }
    }
}
