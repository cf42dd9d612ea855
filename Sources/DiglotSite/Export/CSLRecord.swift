import DiglotEdition
import Foundation

/// One work in the CSL data model: the master of the citation exports. BibLaTeX and RIS are written from this
/// record, never from the parsed reference again, so the three formats cannot tell different stories.
public struct CSLRecord: Sendable, Equatable {
    /// Also the BibLaTeX citation key and the RIS `ID`, so one work has one name in every format.
    public var id: String
    /// A CSL type: "article-journal", "webpage", "report", "document" …
    public var type: String
    public var title: String?
    public var translatedTitle: String?
    public var authors: [PersonName] = []
    public var containerTitle: String?
    public var publisher: String?
    public var publisherPlace: String?
    public var issued: ReferenceDate?
    public var accessed: ReferenceDate?
    public var volume: String?
    public var issue: String?
    /// Ranges always with a hyphen ("7-33"), whatever dash was printed.
    public var page: String?
    /// With hyphens: a DOI printed with en dashes does not resolve.
    public var doi: String?
    public var url: String?
    public var issn: String?
    /// BCP 47: "ru", "en", "ja".
    public var language: String?
    public var keywords: [String] = []
    public var abstract: String?
    public var note: String?

    public init(id: String, type: String) {
        self.id = id
        self.type = type
    }

    public init(source: CitedSource) {
        let reference = source.reference
        self.init(id: source.id, type: reference.type.cslType)
        title = Self.nonEmpty(reference.title)
        translatedTitle = Self.nonEmpty(source.translatedTitle ?? reference.titleTranslation)
        authors = reference.authors
        containerTitle = Self.nonEmpty(reference.containerTitle)
        // The parser may read one body as both the site and its publisher; a reference manager would show it twice.
        publisher = Self.nonEmpty(reference.publisher).flatMap { $0 == containerTitle ? nil : $0 }
        publisherPlace = Self.nonEmpty(reference.publisherPlace)
        issued = reference.issued
        accessed = reference.accessed
        volume = Self.nonEmpty(reference.volume)
        issue = Self.nonEmpty(reference.issue)
        page = Self.nonEmpty(reference.pages).map(Self.hyphenated)
        url = Self.nonEmpty(reference.url)
        language = Self.nonEmpty(reference.language)
        let (doi, printedDOI) = Self.normalisedDOI(reference.doi)
        self.doi = doi
        var notes = [Self.nonEmpty(reference.note), printedDOI].compactMap { $0 }
        // A reference whose title could not be read still has to be recognisable once imported.
        if title == nil { notes.append("Printed as: \(reference.raw.replacingAll("*", with: ""))") }
        note = notes.isEmpty ? nil : notes.joined(separator: "; ")
    }

    /// The DOI with hyphens, and a note that keeps the printed form where it differs, so that the record still
    /// matches the printed string.
    static func normalisedDOI(_ printed: String?) -> (doi: String?, note: String?) {
        guard let printed = nonEmpty(printed) else { return (nil, nil) }
        let doi = hyphenated(printed)
        return (doi, doi == printed ? nil : "DOI as printed: \(printed)")
    }

    /// The dashes a printed DOI or page range may carry, each standing for a hyphen.
    static let dashes: Set<Character> = ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}"]

    static func hyphenated(_ text: String) -> String {
        var hyphens = ""
        hyphens.reserveCapacity(text.utf8.count)
        for character in text { hyphens.append(dashes.contains(character) ? "-" : character) }
        return hyphens.replacingAll(" - ", with: "-")
    }

    static func nonEmpty(_ text: String?) -> String? {
        guard let trimmed = text?.trimmedWhitespace, !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
