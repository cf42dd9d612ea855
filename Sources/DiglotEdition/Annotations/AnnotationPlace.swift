/// A place of the edition where an annotation applies or a glossed term is used.
public struct AnnotationPlace: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable {
        case abstract, paragraph, note, bibliography, translatedBibliography, figure, table, frontMatter, translation
    }

    public var kind: Kind
    /// The paragraph's number in the body, the note's label, the entry's number.
    public var number: String
    /// The id of the element it lands on.
    public var anchor: String
}

/// What the annotate stage found: where each gloss's term is used, and where each note and correction landed.
public struct AnnotationUses: Sendable, Equatable {
    public var glossUses: [String: [AnnotationPlace]] = [:]
    public var notePlaces: [String: AnnotationPlace] = [:]
    public var correctionPlaces: [String: AnnotationPlace] = [:]

    public init() {}
}

public enum ParagraphAnchors {
    /// The id of the body's n-th top-level paragraph, from 1: the places a glossary or a citation can point to.
    public static func paragraph(_ number: Int) -> String { "p-\(number)" }
}
