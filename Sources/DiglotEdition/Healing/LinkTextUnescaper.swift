import Foundation
import Markdown

/// Shows link texts that spell out their URL without the backslashes the PDF conversion put before `_`
/// (`national\_strategy` → `national_strategy`), when that makes the text equal to the link's own URL.
public struct LinkTextUnescaper {
    public init() {}

    public func unescape(_ blocks: [Block], counter: inout InterventionCounter) -> (blocks: [Block], interventions: [Intervention]) {
        var interventions: [Intervention] = []
        let healed = blocks.map { rewrite($0, counter: &counter, interventions: &interventions) }
        return (healed, interventions)
    }

    private func rewrite(_ block: Block, counter: inout InterventionCounter, interventions: inout [Intervention]) -> Block {
        var copy = block
        let line = block.range.start.line
        switch block.kind {
        case .paragraph(let inlines):
            copy.kind = .paragraph(rewrite(inlines, line: line, counter: &counter, interventions: &interventions))
        case .heading(let level, let inlines):
            copy.kind = .heading(level: level, rewrite(inlines, line: line, counter: &counter, interventions: &interventions))
        case .list(let start, let tight, let items):
            copy.kind = .list(start: start, tight: tight, items: items.map { item in
                item.map { rewrite($0, counter: &counter, interventions: &interventions) }
            })
        case .quote(let blocks):
            copy.kind = .quote(blocks.map { rewrite($0, counter: &counter, interventions: &interventions) })
        default:
            break
        }
        return copy
    }

    private func rewrite(_ inlines: [Inline], line: Int, counter: inout InterventionCounter,
                         interventions: inout [Intervention]) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .link(let destination, let title, let children):
                let shown = children.plainText
                guard shown.containsByte(UInt8(ascii: "\\")), let clean = Self.unescaped(shown, matching: destination) else {
                    return inline
                }
                let id = counter.nextID()
                interventions.append(Intervention(
                    id: id, kind: .linkTextUnescaped,
                    range: SourceRange(start: .init(line: line, column: 1), end: .init(line: line, column: 1)),
                    original: [.init(shown, line: line)], result: clean))
                return .link(destination: destination, title: title, [.healed(id: id, [.text(clean)])])
            case .emphasis(let c): return .emphasis(rewrite(c, line: line, counter: &counter, interventions: &interventions))
            case .strong(let c): return .strong(rewrite(c, line: line, counter: &counter, interventions: &interventions))
            default: return inline
            }
        }
    }

    /// The text without backslashes before punctuation, if that is the URL (as written or percent-decoded).
    static func unescaped(_ text: String, matching url: String) -> String? {
        var out = ""
        var iterator = text.makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            if character == "\\", let next = iterator.next() {
                if next.isPunctuation || next.isSymbol { out.append(next) } else { out.append(character); pending = next }
            } else {
                out.append(character)
            }
        }
        return out == url || out == url.removingPercentEncoding ? out : nil
    }
}
