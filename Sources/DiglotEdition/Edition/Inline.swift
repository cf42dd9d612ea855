/// Inline content of the edition: the author's text plus the few things the edition adds (note calls it
/// resolved, anchors of its interventions).
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case superscript([Inline])
    case `subscript`([Inline])
    case code(String)
    case link(destination: String, title: String, [Inline])
    case image(source: String, title: String, alt: String)
    case lineBreak
    case softBreak
    case noteCall(NoteCall)
    /// Raw HTML the edition does not interpret; it is shown as text, never passed through.
    case literalHTML(String)
    /// Text that an editorial intervention produced (a word joined across a page break), with its id.
    case healed(id: String, [Inline])
    /// A place an intervention refers to (where a sentence was joined), with its id.
    case anchor(id: String)
    /// A term the editorial layer glosses (its first use in a section), with the gloss and this use's id.
    case gloss(glossID: String, occurrenceID: String, [Inline])
    /// A passage an editorial note is anchored to, highlighted, followed by the note's mark.
    case editorialNote(noteID: String, [Inline])
    /// An obvious slip of the version of record: the original kept, the editor's reading beside it.
    case correction(id: String, original: String, corrected: String)

    public var plainText: String {
        switch self {
        case .text(let s), .code(let s), .literalHTML(let s): s
        case .emphasis(let c), .strong(let c), .superscript(let c), .subscript(let c), .link(_, _, let c), .healed(_, let c),
             .gloss(_, _, let c), .editorialNote(_, let c):
            c.plainText
        case .correction(_, let original, _): original
        case .image(_, _, let alt): alt
        case .lineBreak, .softBreak: " "
        case .noteCall, .anchor: ""
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }

    /// The visible text of the last inlines, at least `count` characters of it where the run is that long.
    public func trailingPlainText(atLeast count: Int) -> String {
        var pieces: [String] = []
        var length = 0
        for inline in reversed() where length < count {
            let text = inline.plainText
            pieces.append(text)
            length += text.utf8.count
        }
        return pieces.reversed().joined()
    }

    /// The visible text of the first inlines, at least `count` characters of it where the run is that long.
    public func leadingPlainText(atLeast count: Int) -> String {
        var text = ""
        for inline in self where text.utf8.count < count { text += inline.plainText }
        return text
    }

    /// Every note call in document order, descending into emphasis, links and the rest.
    public var noteCalls: [NoteCall] {
        flatMap { inline -> [NoteCall] in
            switch inline {
            case .noteCall(let call): [call]
            case .emphasis(let c), .strong(let c), .superscript(let c), .subscript(let c), .link(_, _, let c), .healed(_, let c),
                 .gloss(_, _, let c), .editorialNote(_, let c):
                c.noteCalls
            default: []
            }
        }
    }
}

/// A call of a note in the text: `<sup>12</sup>` in the journal's markup, or `[^label]`.
public struct NoteCall: Sendable, Hashable {
    public var label: String
    /// Position of the call among all calls of the article, from 0: the key of its anchor.
    public var index: Int
    public var location: SourceLocation

    public init(label: String, index: Int, location: SourceLocation) {
        self.label = label
        self.index = index
        self.location = location
    }
}
