import Foundation
import Markdown

/// A piece of front matter as printed: its inlines and where they stand.
public struct Field: Sendable, Equatable {
    public var inlines: [Inline]
    public var range: SourceRange

    public init(inlines: [Inline], range: SourceRange) {
        self.inlines = inlines
        self.range = range
    }

    public var text: String { inlines.plainText.trimmedWhitespace }
}

/// The kinds of front-matter field, each paired with its counterpart in the other language.
public enum FrontMatterField: String, Sendable, CaseIterable, Codable {
    case title, author, affiliation, received, abstract, keywords, citation, funding
}

public struct Author: Sendable, Equatable {
    public var name: Field
    public var affiliation: Field?
    public var orcid: String?
    public var email: String?
}

/// The citation line of the front matter («Для цитирования»), read into its parts.
public struct CitationLine: Sendable, Equatable {
    public var journal: String?
    public var year: Int?
    public var volume: String?
    public var issue: String?
    public var firstPage: String?
    public var lastPage: String?
    public var doi: String?
}

/// One language's front matter, extracted by the structure and labels of the text.
public struct FrontMatter: Sendable, Equatable {
    public var language: String
    public var title: Field?
    public var authors: [Author] = []
    public var copyright: Field?
    public var doi: String?
    public var received: Field?
    public var abstract: [Field] = []
    public var keywordsField: Field?
    public var keywords: [String] = []
    public var citation: Field?
    public var citationLine: CitationLine?
    public var funding: Field?
    /// Blocks of the front matter the extractor did not recognise; shown as printed, never dropped.
    public var unrecognised: [Block] = []

    public init(language: String) {
        self.language = language
    }

    /// This front matter with the fields printed after the reference list (`late`); nil where it printed one
    /// of them itself, as then the late one is no part of it.
    func adding(late: FrontMatter) -> FrontMatter? {
        var merged = self
        for field in [\FrontMatter.funding, \.received, \.citation, \.keywordsField] where late[keyPath: field] != nil {
            guard self[keyPath: field] == nil else { return nil }
            merged[keyPath: field] = late[keyPath: field]
        }
        if !late.abstract.isEmpty {
            guard abstract.isEmpty else { return nil }
            merged.abstract = late.abstract
        }
        if late.keywordsField != nil { merged.keywords = late.keywords }
        if late.citation != nil { merged.citationLine = late.citationLine }
        return merged
    }
}
