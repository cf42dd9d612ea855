import DiglotEdition
import Foundation

/// CSL-JSON, the form Zotero, Pandoc and citeproc read: an array of items, keys sorted so that a rebuild writes
/// the same bytes.
public enum CSLJSONWriter {
    public static func write(_ records: [CSLRecord]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a string, a number or an array of them: encoding cannot fail.
        return String(decoding: try! encoder.encode(records), as: UTF8.self) + "\n"
    }
}

extension CSLRecord: Encodable {
    private enum CodingKeys: String, CodingKey {
        case id, type, title, author, publisher, issued, accessed, volume, issue, page, language, keyword, abstract, note
        case translatedTitle = "translated-title", containerTitle = "container-title", publisherPlace = "publisher-place"
        case doi = "DOI", url = "URL", issn = "ISSN"
    }

    /// `{"date-parts": [[2021, 11, 20]]}`, with only the parts the source prints.
    private struct DateParts: Encodable {
        var date: ReferenceDate

        enum CodingKeys: String, CodingKey { case dateParts = "date-parts" }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            let parts = [date.year] + [date.month, date.month == nil ? nil : date.day].compactMap { $0 }
            try container.encode([parts], forKey: .dateParts)
        }
    }

    private struct Name: Encodable {
        var family: String
        var given: String?
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(type, forKey: .type)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(translatedTitle, forKey: .translatedTitle)
        if !authors.isEmpty {
            try container.encode(authors.map { Name(family: $0.family, given: $0.given) }, forKey: .author)
        }
        try container.encodeIfPresent(containerTitle, forKey: .containerTitle)
        try container.encodeIfPresent(publisher, forKey: .publisher)
        try container.encodeIfPresent(publisherPlace, forKey: .publisherPlace)
        try container.encodeIfPresent(issued.map(DateParts.init), forKey: .issued)
        try container.encodeIfPresent(accessed.map(DateParts.init), forKey: .accessed)
        try container.encodeIfPresent(volume, forKey: .volume)
        try container.encodeIfPresent(issue, forKey: .issue)
        try container.encodeIfPresent(page, forKey: .page)
        try container.encodeIfPresent(doi, forKey: .doi)
        try container.encodeIfPresent(url, forKey: .url)
        try container.encodeIfPresent(issn, forKey: .issn)
        try container.encodeIfPresent(language, forKey: .language)
        if !keywords.isEmpty { try container.encode(keywords.joined(separator: ", "), forKey: .keyword) }
        try container.encodeIfPresent(abstract, forKey: .abstract)
        try container.encodeIfPresent(note, forKey: .note)
    }
}
