/// JSON as the edition writes it (JSON-LD in page heads, CSL-JSON exports): keys sorted so that a rebuild
/// writes the same bytes. Written by hand because Foundation's encoders took a noticeable share of a build.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    case number(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])

    public struct Style: Sendable {
        /// Line breaks and two-space indentation, for files people open.
        public var pretty: Bool
        /// `/` as `\/`, so that JSON inside `<script>` can never contain `</script>`.
        public var escapeSlashes: Bool

        public static let file = Style(pretty: true, escapeSlashes: false)
        public static let script = Style(pretty: false, escapeSlashes: true)
    }

    /// The value as text; `depth` indents it for its place inside a container written around it.
    public func text(_ style: Style, depth: Int = 0) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, style: style, depth: depth)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], style: Style, depth: Int) {
        switch self {
        case .string(let text): Self.appendString(text, into: &out, escapeSlashes: style.escapeSlashes)
        case .number(let number): out.append(contentsOf: String(number).utf8)
        case .bool(let flag): out.append(contentsOf: (flag ? "true" : "false").utf8)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(into: &out, style: style, depth: depth + 1)
                item.write(into: &out, style: style, depth: depth + 1)
            }
            Self.newline(into: &out, style: style, depth: depth)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(into: &out, style: style, depth: depth + 1)
                Self.appendString(key, into: &out, escapeSlashes: style.escapeSlashes)
                out.append(contentsOf: (style.pretty ? " : " : ":").utf8)
                members[key]!.write(into: &out, style: style, depth: depth + 1)
            }
            Self.newline(into: &out, style: style, depth: depth)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func newline(into out: inout [UInt8], style: Style, depth: Int) {
        guard style.pretty else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// Runs of bytes that need no escape are copied whole: most of a record's text is such a run.
    private static func appendString(_ text: String, into out: inout [UInt8], escapeSlashes: Bool) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var run = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || (escapeSlashes && byte == UInt8(ascii: "/")) else {
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                switch byte {
                case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
                case UInt8(ascii: "/"): out.append(contentsOf: "\\/".utf8)
                case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
                case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
                case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
                default: out.append(contentsOf: "\\u00".utf8 + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
                run = index + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByDictionaryLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
