/// Two elements that say the same thing in the edition's two languages, shown side by side and marked with
/// one `data-pair` value.
public struct Pair: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case title, author, affiliation, received, abstract, keywords, citation, funding, figureCaption, tableCaption, bibliographyEntry
    }

    /// The `data-pair` value: unique in the edition (`abstract-2`, `bib-14`).
    public var key: String
    public var kind: Kind
    public var primary: Field?
    public var translation: Field?

    public var isComplete: Bool { primary != nil && translation != nil }
}
