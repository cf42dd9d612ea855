import Foundation

/// Takes `[^label]: text` definitions out of the source before cmark sees it.
///
/// cmark has no footnotes: it would read `[^1]: x` as a link reference definition and make every `[^1]` a link.
/// The lines of a definition are blanked (so line numbers stay true) and its text is parsed on its own.
public struct FootnoteDefinitionExtractor {
    public struct Definition: Sendable, Equatable {
        public var label: String
        public var text: String
        /// Line of `[^label]:` in the file, and the byte column where the note's text starts on it.
        public var line: Int
        public var textColumn: Int
    }

    public static func extract(from text: String) -> (remaining: String, definitions: [Definition]) {
        guard text.containsByte(UInt8(ascii: "^")), text.contains("[^") else { return (text, []) }
        var lines = text.components(separatedBy: "\n")
        var definitions: [Definition] = []
        var fence: String?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if line.count - trimmed.count <= 3, let marker = ["```", "~~~"].first(where: { trimmed.hasPrefix($0) }) {
                fence = fence == nil ? marker : (fence == marker ? nil : fence)
            }
            guard fence == nil, let (label, rest, column) = definitionStart(line) else {
                index += 1
                continue
            }
            var body = [rest]
            lines[index] = ""
            var next = index + 1
            var sawBlank = false
            while next < lines.count {
                let candidate = lines[next]
                let isBlank = candidate.allSatisfy { $0 == " " || $0 == "\t" }
                let isIndented = candidate.hasPrefix("    ") || candidate.hasPrefix("\t")
                if isBlank {
                    sawBlank = true
                } else if isIndented {
                    sawBlank = false
                } else if sawBlank || definitionStart(candidate) != nil {
                    break
                }
                body.append(isIndented ? String(candidate.dropFirst(candidate.hasPrefix("\t") ? 1 : 4)) : candidate)
                lines[next] = ""
                next += 1
            }
            while let last = body.last, last.allSatisfy({ $0 == " " || $0 == "\t" }), body.count > 1 { body.removeLast() }
            definitions.append(Definition(label: label, text: body.joined(separator: "\n"), line: index + 1, textColumn: column))
            index = next
        }
        return (lines.joined(separator: "\n"), definitions)
    }

    /// `[^label]: text` at the start of a line (up to three spaces of indent): label, text, byte column of text.
    private static func definitionStart(_ line: String) -> (String, String, Int)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard rest.hasPrefix("[^"), let close = rest.firstIndex(of: "]") else { return nil }
        let label = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<close])
        let afterLabel = rest[rest.index(after: close)...]
        guard BlockConverter.isFootnoteLabel(label), afterLabel.hasPrefix(":") else { return nil }
        let text = afterLabel.dropFirst().drop { $0 == " " || $0 == "\t" }
        let column = line.utf8.count - text.utf8.count + 1
        return (label, String(text), column)
    }
}
