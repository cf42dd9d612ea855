import DiglotEdition
import Foundation

/// RIS, the tagged format every reference manager imports: one `TAG  - value` line per field, a record from
/// `TY` to `ER`. Written from the CSL record.
public enum RISWriter {
    public static func write(_ records: [CSLRecord]) -> String {
        file(records.map(record))
    }

    /// The file holding these records, each written by `record`.
    static func file(_ records: [String]) -> String {
        records.joined(separator: "\n")
    }

    static func record(_ record: CSLRecord) -> String {
        let pages = record.page.map(pageRange)
        var lines: [(String, String?)] = [("TY", type(record.type)), ("ID", record.id)]
        lines += record.authors.map { author in ("AU", author.given.map { "\(author.family), \($0)" } ?? author.family) }
        lines += [
            ("TI", record.title),
            ("TT", record.translatedTitle),
            ("T2", record.containerTitle),
            ("PY", record.issued.map { $0.year.zeroPadded(to: 4) }),
            ("DA", record.issued.map(date)),
            ("VL", record.volume),
            ("IS", record.issue),
            ("SP", pages?.first),
            ("EP", pages?.last),
            ("PB", record.publisher),
            ("CY", record.publisherPlace),
            ("SN", record.issn),
            ("DO", record.doi),
            ("UR", record.url),
            ("Y2", record.accessed.map(date)),
            ("LA", record.language),
        ]
        lines += record.keywords.map { ("KW", $0) }
        lines += [("AB", record.abstract), ("N1", record.note)]
        let tagged = lines.compactMap { tag, value in
            value.map(\.collapsedWhitespace).flatMap { $0.isEmpty ? nil : "\(tag)  - \($0)\n" }
        }
        // The spec's end line has a space after the dash; some readers look for it.
        return tagged.joined() + "ER  - \n"
    }

    static func type(_ cslType: String) -> String {
        switch cslType {
        case "article-journal": "JOUR"
        case "webpage": "ELEC"
        case "report": "RPRT"
        case "book": "BOOK"
        default: "GEN"
        }
    }

    /// `YYYY/MM/DD/`, the parts the source does not give left empty: `2021/09//`, `2019///`.
    static func date(_ date: ReferenceDate) -> String {
        let month = date.month.map { $0.zeroPadded(to: 2) } ?? ""
        let day = date.month == nil ? "" : date.day.map { $0.zeroPadded(to: 2) } ?? ""
        return date.year.zeroPadded(to: 4) + "/\(month)/\(day)/"
    }

    /// "7-33" → first and last page; a single page has no end.
    static func pageRange(_ page: String) -> (first: String, last: String?) {
        let parts = page.split(separator: "-", maxSplits: 1).map { $0.trimmedWhitespace }
        return (parts.first ?? page, parts.count > 1 ? parts[1] : nil)
    }
}
