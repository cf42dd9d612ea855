import Foundation
/// Parses Mustache templates: variables (`{{x}}`, `{{{x}}}`, `{{&x}}`), sections and inverted sections,
/// comments, partials, parents and blocks (template inheritance), and set-delimiter tags. A tag alone on its
/// line (apart from spaces) is "standalone" and takes its line with it, as the Mustache specification says.
struct TemplateParser {
    struct Failure: Error {
        var message: String
        var line: Int
        var column: Int
    }

    private struct Token {
        enum Kind { case text, tag }
        var kind: Kind
        /// For text, the bytes; for a tag, the whole tag with its delimiters.
        var start: Int
        var end: Int
        var sigil: UInt8 = 0
        var name = ""
        var indentation: [UInt8] = []
    }

    private let bytes: [UInt8]
    /// Where each line begins, for the positions of tags: looked up by binary search, not counted per tag.
    private let lineStarts: [Int]

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
    }

    static func parse(_ text: String) -> Result<(nodes: [TemplateNode], tags: [TemplateTag]), Failure> {
        let parser = TemplateParser(bytes: Array(text.utf8))
        do {
            var tokens = try parser.tokenize()
            parser.removeStandaloneLines(&tokens)
            var index = 0
            var tags: [TemplateTag] = []
            let nodes = try parser.tree(tokens, &index, closing: nil, tags: &tags)
            return .success((nodes, tags))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", line: 1, column: 1))
        }
    }

    private static let sigils: Set<UInt8> = Set("#^/!>&<$=".utf8)
    private static let standaloneSigils: Set<UInt8> = Set("#^/!><$=".utf8)

    private func tokenize() throws -> [Token] {
        var tokens: [Token] = []
        var open = Array("{{".utf8)
        var close = Array("}}".utf8)
        var position = 0
        while position < bytes.count {
            guard let tagStart = find(open, from: position) else {
                tokens.append(Token(kind: .text, start: position, end: bytes.count))
                break
            }
            if tagStart > position { tokens.append(Token(kind: .text, start: position, end: tagStart)) }
            var contentStart = tagStart + open.count
            var closing = close
            var sigil: UInt8 = 0
            if open == Array("{{".utf8), contentStart < bytes.count, bytes[contentStart] == UInt8(ascii: "{") {
                sigil = UInt8(ascii: "&")
                contentStart += 1
                closing = Array("}}}".utf8)
            } else if contentStart < bytes.count, Self.sigils.contains(bytes[contentStart]) {
                sigil = bytes[contentStart]
                contentStart += 1
            }
            if sigil == UInt8(ascii: "=") { closing = Array("=".utf8) + close }
            guard let contentEnd = find(closing, from: contentStart) else {
                throw failure("a tag is not closed (no \(String(decoding: closing, as: UTF8.self)))", at: tagStart)
            }
            let name = String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self).trimmedWhitespace
            let tagEnd = contentEnd + closing.count
            if sigil == UInt8(ascii: "=") {
                let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2 else { throw failure("a set-delimiter tag needs two delimiters: {{=<% %>=}}", at: tagStart) }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            } else if sigil != UInt8(ascii: "!") && name.isEmpty {
                throw failure("a tag has no name", at: tagStart)
            }
            tokens.append(Token(kind: .tag, start: tagStart, end: tagEnd, sigil: sigil, name: name))
            position = tagEnd
        }
        return tokens
    }

    /// Removes the lines that standalone tags stand on: their indentation and their line end. Tokens lie in
    /// order and do not overlap, so those that share a tag's line are found by walking out from it, and the
    /// texts it trims are the tokens right before and after it.
    private func removeStandaloneLines(_ tokens: inout [Token]) {
        for index in tokens.indices where tokens[index].kind == .tag && Self.standaloneSigils.contains(tokens[index].sigil) {
            let tag = tokens[index]
            var lineStart = tag.start
            while lineStart > 0 && bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            var lineEnd = tag.end
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let blank: (Int, Int) -> Bool = { from, to in
                (from..<to).allSatisfy { self.bytes[$0] == UInt8(ascii: " ") || self.bytes[$0] == UInt8(ascii: "\t") || self.bytes[$0] == UInt8(ascii: "\r") }
            }
            let before = tokens[..<index].reversed().prefix { $0.end > lineStart }
            let after = tokens[(index + 1)...].prefix { $0.start < lineEnd }
            let othersOnLine = before.contains { $0.kind == .tag } || after.contains { $0.kind == .tag }
            guard !othersOnLine, blank(lineStart, tag.start), blank(tag.end, lineEnd) else { continue }
            tokens[index].indentation = Array(bytes[lineStart..<tag.start])
            let removeEnd = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
            if index > 0, tokens[index - 1].kind == .text, tokens[index - 1].end > lineStart {
                tokens[index - 1].end = max(tokens[index - 1].start, lineStart)
            }
            if index + 1 < tokens.count, tokens[index + 1].kind == .text, tokens[index + 1].start < removeEnd {
                tokens[index + 1].start = min(tokens[index + 1].end, removeEnd)
            }
        }
    }

    private func tree(_ tokens: [Token], _ index: inout Int, closing: (name: String, at: Int)?, tags: inout [TemplateTag]) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            if token.kind == .text {
                if token.end > token.start { nodes.append(.text(Array(bytes[token.start..<token.end]))) }
                continue
            }
            let (line, column) = position(of: token.start)
            let path = token.name == "." ? [] : token.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            switch token.sigil {
            case UInt8(ascii: "!"), UInt8(ascii: "="):
                continue
            case UInt8(ascii: "/"):
                guard let closing else { throw failure("'\(token.name)' is closed but was never opened", at: token.start) }
                guard closing.name == token.name else {
                    throw failure("a section is closed with another name than it was opened with ('\(closing.name)' is open, '\(token.name)' is closed)", at: token.start)
                }
                return nodes
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                tags.append(TemplateTag(kind: token.sigil == UInt8(ascii: "#") ? .section : .invertedSection, name: token.name, line: line, column: column))
                let children = try tree(tokens, &index, closing: (token.name, token.start), tags: &tags)
                nodes.append(.section(path: path, inverted: token.sigil == UInt8(ascii: "^"), children: children))
            case UInt8(ascii: ">"):
                tags.append(TemplateTag(kind: .partial, name: token.name, line: line, column: column))
                nodes.append(.partial(name: token.name, indentation: token.indentation))
            case UInt8(ascii: "<"):
                tags.append(TemplateTag(kind: .parent, name: token.name, line: line, column: column))
                let children = try tree(tokens, &index, closing: (token.name, token.start), tags: &tags)
                var blocks: [String: [TemplateNode]] = [:]
                for case .block(let name, let content) in children { blocks[name] = content }
                nodes.append(.parent(name: token.name, blocks: blocks))
            case UInt8(ascii: "$"):
                tags.append(TemplateTag(kind: .block, name: token.name, line: line, column: column))
                let children = try tree(tokens, &index, closing: (token.name, token.start), tags: &tags)
                nodes.append(.block(name: token.name, children: children))
            default:
                tags.append(TemplateTag(kind: .variable, name: token.name, line: line, column: column))
                nodes.append(.variable(path: path, escaped: token.sigil != UInt8(ascii: "&")))
            }
        }
        if let closing { throw failure("the section '\(closing.name)' is never closed", at: closing.at) }
        return nodes
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0] && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// Line and character column of a byte offset.
    private func position(of offset: Int) -> (Int, Int) {
        var low = 0
        var high = lineStarts.count
        while high - low > 1 {
            let middle = (low + high) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle }
        }
        return (low + 1, String(decoding: bytes[lineStarts[low]..<offset], as: UTF8.self).count + 1)
    }

    private func failure(_ message: String, at offset: Int) -> Failure {
        let (line, column) = position(of: offset)
        return Failure(message: message, line: line, column: column)
    }
}
