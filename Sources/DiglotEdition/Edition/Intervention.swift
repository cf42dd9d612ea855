import Markdown

/// One change the edition made to the version of record, with where it happened, so a reader can see exactly
/// what was done to the author's text.
public struct Intervention: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// A word hyphenated at a page end, joined (`перего-` + `воры` → `переговоры`).
        case wordJoined
        /// A word split at a page end whose hyphen belongs to it (`социально-` + `экономический`).
        case wordJoinedKeepingHyphen
        /// A sentence that ran on across a page end, joined with a space.
        case sentenceJoined
        /// A block of notes moved out of the running text into the notes.
        case notesMoved
        /// A paragraph (a note's `URL: …`) that print set apart, rejoined to its note.
        case noteContinuationJoined
        /// A figure's source line that print set apart, rejoined to the source.
        case figureSourceJoined
        /// A figure that print set inside a sentence split by a page end, put after the paragraph so the
        /// sentence can be whole.
        case figureMoved
        /// The author's list, split in two by the notes print set inside it, made one list again.
        case listJoined
        /// A note whose printed number repeats or falls below the numbering before it (a misprint), numbered
        /// as the next in the sequence, which is the number its call prints.
        case noteRenumbered
        /// A link text shown without the backslashes the conversion put before `_`.
        case linkTextUnescaped
    }

    /// A piece of the version of record, with the line it stands on.
    public struct Excerpt: Sendable, Equatable {
        public var text: String
        public var line: Int

        public init(_ text: String, line: Int) {
            self.text = text
            self.line = line
        }
    }

    public var id: String
    public var kind: Kind
    public var range: SourceRange
    /// The pieces as the version of record has them, in order.
    public var original: [Excerpt]
    /// What the edition shows instead.
    public var result: String
    /// The notes concerned: those moved, or those that stood between the halves of a join.
    public var notes: [String]

    public init(id: String, kind: Kind, range: SourceRange, original: [Excerpt], result: String, notes: [String] = []) {
        self.id = id
        self.kind = kind
        self.range = range
        self.original = original
        self.result = result
        self.notes = notes
    }
}

/// Hands out intervention ids in the order the stages make them.
public struct InterventionCounter: Sendable {
    private var next = 1

    public init() {}

    public mutating func nextID() -> String {
        defer { next += 1 }
        return "ed-\(next)"
    }
}
