import DiglotEdition
import Foundation

/// BibLaTeX rather than classic BibTeX: it has fields for the URL access date (`urldate`), the DOI and the
/// language (`langid`), which most of this journal's references need. Written from the CSL record; every value is
/// one line, since a blank line inside a value would end a paragraph in LaTeX.
public enum BibLaTeXWriter {
    public static func write(_ records: [CSLRecord]) -> String {
        file(records.map(entry))
    }

    /// The file holding these entries, each written by `entry`.
    static func file(_ entries: [String]) -> String {
        entries.joined(separator: "\n")
    }

    static func entry(_ record: CSLRecord) -> String {
        let body = fields(record).map { "  \($0.name) = {\($0.value)}" }.joined(separator: ",\n")
        return "@\(entryType(record.type)){\(record.id),\n\(body)\n}\n"
    }

    static func entryType(_ cslType: String) -> String {
        switch cslType {
        case "article-journal": "article"
        case "webpage": "online"
        case "report": "report"
        case "book": "book"
        default: "misc"
        }
    }

    /// The fields in a fixed order, values ready to stand between braces. Where the container and the publisher
    /// go depends on the entry type: a journal is `journaltitle`, a website `titleaddon` (as Zotero writes it),
    /// the body issuing a report its `institution`, a book's its `publisher`.
    static func fields(_ record: CSLRecord) -> [(name: String, value: String)] {
        let type = entryType(record.type)
        var fields: [(String, String?)] = [
            ("author", record.authors.isEmpty ? nil : record.authors.map(name).joined(separator: " and ")),
            ("title", record.title.map(escape)),
        ]
        let container = record.containerTitle.map(escape)
        let publisher = record.publisher.map(escape)
        switch type {
        case "article": fields += [("journaltitle", container), ("publisher", publisher)]
        case "online": fields += [("titleaddon", container), ("organization", publisher)]
        case "report": fields += [("institution", publisher ?? container), ("series", publisher == nil ? nil : container)]
        case "book": fields += [("publisher", publisher ?? container), ("series", publisher == nil ? nil : container)]
        default: fields += [("howpublished", container), ("organization", publisher)]
        }
        fields += [
            ("location", record.publisherPlace.map(escape)),
            ("date", record.issued?.iso),
            ("volume", record.volume.map(escape)),
            ("number", record.issue.map(escape)),
            ("pages", record.page.map { escape($0).replacingAll("-", with: "--") }),
            ("issn", record.issn.map(escape)),
            ("doi", record.doi.map(verbatim)),
            ("url", record.url.map(verbatim)),
            ("urldate", record.accessed?.iso),
            ("langid", record.language.flatMap { languages[$0] }),
            ("keywords", record.keywords.isEmpty ? nil : escape(record.keywords.joined(separator: ", "))),
            ("abstract", record.abstract.map(escape)),
            ("note", record.note.map(escape)),
        ]
        return fields.compactMap { name, value in value.map { (name, $0) } }
    }

    /// The babel and polyglossia names `langid` takes, for the languages the reference parser tells apart.
    static let languages = [
        "ru": "russian", "en": "english", "ja": "japanese", "zh": "chinese", "ko": "korean", "fr": "french", "de": "ngerman",
    ]

    /// "Family, Given". A part holding a comma or the word "and" is braced, or it would be read as two names;
    /// so is a name without a given part, which is an institution or a name that must not be split.
    static func name(_ person: PersonName) -> String {
        let family = escape(person.family)
        guard let given = person.given.map(escape), !given.isEmpty else { return "{\(family)}" }
        return "\(protect(family)), \(protect(given))"
    }

    private static func protect(_ part: String) -> String {
        let words = part.lowercased().split(whereSeparator: \.isWhitespace)
        return part.containsByte(UInt8(ascii: ",")) || words.contains("and") ? "{\(part)}" : part
    }

    /// LaTeX's special characters made literal. Braces and the backslash become commands, not `\{`, because
    /// BibTeX counts even an escaped brace when it matches braces, so one lone `{` would swallow the rest of the
    /// file. Done in bytes, since every character escaped is ASCII and the exports escape every field of every
    /// source.
    static func escape(_ text: String) -> String {
        var escaped: [UInt8] = []
        for byte in text.collapsedWhitespace.utf8 {
            switch byte {
            case UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "_"):
                escaped.append(UInt8(ascii: "\\"))
                escaped.append(byte)
            case UInt8(ascii: "{"): escaped.append(contentsOf: "{\\textbraceleft}".utf8)
            case UInt8(ascii: "}"): escaped.append(contentsOf: "{\\textbraceright}".utf8)
            case UInt8(ascii: "~"): escaped.append(contentsOf: "{\\textasciitilde}".utf8)
            case UInt8(ascii: "^"): escaped.append(contentsOf: "{\\textasciicircum}".utf8)
            case UInt8(ascii: "\\"): escaped.append(contentsOf: "{\\textbackslash}".utf8)
            default: escaped.append(byte)
            }
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    /// `url` and `doi` are read verbatim, so they keep their characters; only braces that do not pair up are
    /// percent-encoded, which is what they mean in a URL anyway.
    static func verbatim(_ text: String) -> String {
        let value = text.collapsedWhitespace
        var depth = 0
        for character in value {
            depth += character == "{" ? 1 : character == "}" ? -1 : 0
            if depth < 0 { break }
        }
        guard depth != 0 else { return value }
        return value.replacingAll("{", with: "%7B").replacingAll("}", with: "%7D")
    }
}
