import DiglotEdition
import Foundation

/// CSL-JSON, the form Zotero, Pandoc and citeproc read: an array of items, keys sorted so that a rebuild writes
/// the same bytes.
public enum CSLJSONWriter {
    public static func write(_ records: [CSLRecord]) -> String {
        array(records.map(item))
    }

    /// A record as an item of the file's array, indented for that place.
    static func item(_ record: CSLRecord) -> String {
        record.json.text(.file, depth: 1)
    }

    /// The file holding these items, each written by `item`.
    static func array(_ items: [String]) -> String {
        items.isEmpty ? "[]\n" : "[\n  " + items.joined(separator: ",\n  ") + "\n]\n"
    }
}

extension CSLRecord {
    /// The record as CSL-JSON: `date-parts` with only the parts the source prints, names as family and given.
    var json: JSONValue {
        var members: [String: JSONValue] = ["id": .string(id), "type": .string(type)]
        func put(_ key: String, _ value: String?) { if let value { members[key] = .string(value) } }
        func date(_ date: ReferenceDate?) -> JSONValue? {
            guard let date else { return nil }
            let parts = [date.year] + [date.month, date.month == nil ? nil : date.day].compactMap { $0 }
            return ["date-parts": .array([.array(parts.map(JSONValue.number))])]
        }
        put("title", title)
        put("translated-title", translatedTitle)
        if !authors.isEmpty {
            members["author"] = .array(authors.map { author in
                var name: [String: JSONValue] = ["family": .string(author.family)]
                if let given = author.given { name["given"] = .string(given) }
                return .object(name)
            })
        }
        put("container-title", containerTitle)
        put("publisher", publisher)
        put("publisher-place", publisherPlace)
        members["issued"] = date(issued)
        members["accessed"] = date(accessed)
        put("volume", volume)
        put("issue", issue)
        put("page", page)
        put("DOI", doi)
        put("URL", url)
        put("ISSN", issn)
        put("language", language)
        if !keywords.isEmpty { members["keyword"] = .string(keywords.joined(separator: ", ")) }
        put("abstract", abstract)
        put("note", note)
        return .object(members)
    }
}
