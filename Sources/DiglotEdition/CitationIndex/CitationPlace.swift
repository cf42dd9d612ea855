import Markdown

/// A place of the article that cites a source: a note (or one of several references in it), an entry of
/// either bibliography, or a figure's or table's source line.
public struct CitationPlace: Sendable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case note, bibliography, translatedBibliography, figure, table
    }

    public var kind: Kind
    /// The note's label, the entry's number, or the figure's or table's number.
    public var number: String
    /// Which reference of the place this is, from 1 (a note may cite several sources).
    public var part: Int
    public var range: SourceRange

    /// The id of the element a backlink lands on.
    public var anchor: String {
        switch kind {
        case .note: Anchors.note(number)
        case .bibliography: Anchors.bibliographyEntry(Int(number) ?? 0)
        case .translatedBibliography: Anchors.translatedBibliographyEntry(Int(number) ?? 0)
        case .figure: Anchors.figure(number)
        case .table: Anchors.table(number)
        }
    }

    public var isBibliography: Bool { kind == .bibliography || kind == .translatedBibliography }

    /// Text order: where the place starts in the source, then its part.
    public static func inTextOrder(_ a: CitationPlace, _ b: CitationPlace) -> Bool {
        (a.range.start, a.part) < (b.range.start, b.part)
    }
}

/// One printed reference string at one place, and what the parser read from it.
public struct CitedString: Sendable, Equatable {
    public var place: CitationPlace
    /// The string as printed, italics marked with single asterisks as in the source.
    public var printed: String
    public let parsed: ParsedReference
    /// The keys of `parsed`, made with it.
    public let keys: SourceKeys
    /// The language of the list or note it stands in (the English reference list is `en`).
    public var listLanguage: String
    /// For a note that names no source but points back to one («Там же», «Указ. соч.», «См. прим. 4»): how.
    public var backReference: BackReference?
}
