import Markdown

/// A text file of the content, decoded and indexed by line, so that positions from cmark (UTF-8 byte columns)
/// become the character columns an editor sees.
public struct SourceFile: Sendable {
    public let path: String
    /// The text with a leading BOM removed and CRLF or CR line ends made LF; line numbers are unchanged.
    public let text: String
    private let utf8: [UInt8]
    private let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        var normalised = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        if normalised.containsByte(UInt8(ascii: "\r")) {
            normalised = normalised.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        }
        self.text = normalised
        self.utf8 = Array(normalised.utf8)
        var starts = [0]
        for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// Decodes bytes as UTF-8; invalid bytes are an error at their position, never silently replaced.
    public static func decode(path: String, bytes: [UInt8]) -> Result<SourceFile, Diagnostic> {
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(SourceFile(path: path, text: text))
        }
        let offset = firstInvalidUTF8Offset(bytes)
        let line = bytes[..<offset].filter { $0 == UInt8(ascii: "\n") }.count + 1
        let lineStart = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
        let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        return .failure(Diagnostic(
            .error, "the file is not valid UTF-8 (byte 0x\(byte)); save it as UTF-8", file: path, line: line,
            column: prefix.count + 1, stage: .load))
    }

    public var lineCount: Int { lineStarts.count }

    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : utf8.count
        return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
    }

    /// Converts a cmark position (byte column) to the character column of the same place.
    public func location(_ point: SourcePoint) -> SourceLocation {
        let text = lineText(point.line)
        let bytes = Array(text.utf8)
        let prefixLength = max(0, min(point.column - 1, bytes.count))
        let column = String(decoding: bytes[..<prefixLength], as: UTF8.self).characterCount + 1
        return SourceLocation(file: path, line: point.line, column: column, lineText: text)
    }

    public func location(line: Int, column: Int = 1) -> SourceLocation {
        SourceLocation(file: path, line: line, column: column, lineText: lineText(line))
    }

    /// The place where `needle` first occurs on `line` at or after byte column `from`, or the start of the line.
    public func location(of needle: String, onLine line: Int, fromByteColumn from: Int = 1) -> SourceLocation {
        let text = lineText(line)
        let bytes = Array(text.utf8)
        let needleBytes = Array(needle.utf8)
        var index = max(0, from - 1)
        while index + needleBytes.count <= bytes.count {
            if bytes[index..<index + needleBytes.count].elementsEqual(needleBytes) {
                return location(SourcePoint(line: line, column: index + 1))
            }
            index += 1
        }
        return location(SourcePoint(line: line, column: from))
    }

    private static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return min(offset, bytes.count - 1)
            case .error: return offset
            }
        }
    }
}
