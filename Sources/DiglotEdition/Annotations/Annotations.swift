/// The editorial layer of an edition (`annotations.yaml`): what the editor adds to the author's text
/// without touching it.
public struct Annotations: Sendable, Equatable {
    /// A term of the text (an abbreviation, a name) explained for the reader.
    public struct Gloss: Sendable, Equatable {
        public var id: String
        public var term: String
        /// The forms the term takes in the text (inflections, a shorter form); the term itself first.
        public var forms: [String]
        public var expansion: String?
        public var english: String?
        public var note: String?
        public var location: SourceLocation
    }

    /// A remark of the editor, anchored to a passage quoted from the text so it survives edits elsewhere.
    public struct Note: Sendable, Equatable {
        public var id: String
        public var quote: String
        /// Where the quotation must stand (`note 31`, `bibliography 10`), when the words occur in several places.
        public var place: PlaceFilter?
        public var text: String
        public var location: SourceLocation
    }

    /// An obvious slip of the version of record, with the reading the editor proposes and why.
    public struct Correction: Sendable, Equatable {
        public var id: String
        public var quote: String
        public var place: PlaceFilter?
        public var corrected: String
        public var reason: String
        public var location: SourceLocation
    }

    /// A place named in `annotations.yaml`: a kind and a number (`note 31`, `references 10`, `paragraph 12`).
    public struct PlaceFilter: Sendable, Equatable {
        public var kind: AnnotationPlace.Kind
        public var number: String

        static let kinds: [String: AnnotationPlace.Kind] = [
            "note": .note, "bibliography": .bibliography, "references": .translatedBibliography, "figure": .figure, "table": .table,
            "paragraph": .paragraph, "abstract": .abstract,
        ]

        public init?(_ text: String) {
            let parts = text.split(separator: " ")
            guard parts.count == 2, let kind = Self.kinds[parts[0].lowercased()] else { return nil }
            self.kind = kind
            number = String(parts[1])
        }

        public func admits(_ place: AnnotationPlace) -> Bool {
            place.kind == kind && place.number == number
        }
    }

    public var glosses: [Gloss] = []
    public var notes: [Note] = []
    public var corrections: [Correction] = []

    public init() {}

    public var isEmpty: Bool { glosses.isEmpty && notes.isEmpty && corrections.isEmpty }
}
