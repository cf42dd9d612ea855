/// Cutting a run of inlines by its visible text: labels that share a paragraph with their value
/// (`Received 09.02.2022.`, `Источники: *…*`), and the edges of paragraphs that a join puts together.
extension Array where Element == Inline {
    /// The inlines without their first `count` visible characters, descending into emphasis and links.
    public func droppingPrefix(_ count: Int) -> [Inline] {
        var remaining = count
        var out: [Inline] = []
        for inline in self {
            guard remaining > 0 else { out.append(inline); continue }
            let length = inline.plainText.count
            if length <= remaining {
                remaining -= length
                continue
            }
            switch inline {
            case .text(let s): out.append(.text(String(s.dropFirst(remaining))))
            case .emphasis(let c): out.append(.emphasis(c.droppingPrefix(remaining)))
            case .strong(let c): out.append(.strong(c.droppingPrefix(remaining)))
            case .link(let d, let t, let c): out.append(.link(destination: d, title: t, c.droppingPrefix(remaining)))
            default: out.append(inline)
            }
            remaining = 0
        }
        return out
    }

    /// The inlines without leading spaces, breaks and the given punctuation.
    public func trimmingLeading(_ characters: Set<Character> = []) -> [Inline] {
        var out = self
        while let first = out.first {
            switch first {
            case .softBreak, .lineBreak:
                out.removeFirst()
            case .text(let s):
                let trimmed = String(s.drop { $0.isWhitespace || characters.contains($0) })
                if trimmed.isEmpty { out.removeFirst() } else { out[0] = .text(trimmed); return out }
            case .emphasis(let c):
                let inner = c.trimmingLeading(characters)
                if inner.isEmpty { out.removeFirst() } else { out[0] = .emphasis(inner); return out }
            case .strong(let c):
                let inner = c.trimmingLeading(characters)
                if inner.isEmpty { out.removeFirst() } else { out[0] = .strong(inner); return out }
            default:
                return out
            }
        }
        return out
    }

    /// Whether every visible character sits inside `**…**` (the journal sets author names so).
    public var isAllStrong: Bool {
        let visible = filter { !$0.plainText.allSatisfy(\.isWhitespace) }
        return !visible.isEmpty && visible.allSatisfy { if case .strong = $0 { true } else { false } }
    }

    /// The inlines without trailing spaces and breaks, so a join leaves exactly one space.
    func trimmingTrailingWhitespace() -> [Inline] {
        var copy = self
        while let last = copy.last {
            switch last {
            case .softBreak, .lineBreak:
                copy.removeLast()
            case .text(let text):
                // Scanning scalars from the end: reversing a paragraph's Characters costs more than the whole join.
                let scalars = text.unicodeScalars
                guard let end = scalars.lastIndex(where: { !$0.isSpace }) else { copy.removeLast(); continue }
                if scalars.index(after: end) != scalars.endIndex { copy[copy.count - 1] = .text(String(scalars[...end])) }
                return copy
            default:
                return copy
            }
        }
        return copy
    }

    /// The inlines without spaces at either end: a table cell's content.
    func trimmingWhitespace() -> [Inline] {
        var copy = trimmingTrailingWhitespace()
        while case .text(let text)? = copy.first {
            let kept = text.drop { $0.isWhitespace }
            if kept.isEmpty { copy.removeFirst() } else { copy[0] = .text(String(kept)); break }
        }
        return copy
    }

    /// The inlines with the last character of the last text removed, descending into emphasis and links.
    func droppingTrailingCharacter() -> [Inline] {
        guard let last else { return self }
        var copy = self
        switch last {
        case .text(let text): copy[copy.count - 1] = .text(String(text.dropLast()))
        case .emphasis(let c): copy[copy.count - 1] = .emphasis(c.droppingTrailingCharacter())
        case .strong(let c): copy[copy.count - 1] = .strong(c.droppingTrailingCharacter())
        case .link(let d, let t, let c): copy[copy.count - 1] = .link(destination: d, title: t, c.droppingTrailingCharacter())
        default: break
        }
        return copy
    }
}
