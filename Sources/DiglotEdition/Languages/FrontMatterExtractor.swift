import Foundation
import Markdown

/// Reads one language's front matter from the blocks after its title, by the structure the journal prints
/// (title heading, `**author**`, affiliation with ORCID and e-mail) and by the labels of its fields.
///
/// It stops at the first paragraph that is neither a label, nor a field's value, nor a known line: there the
/// body begins. Single-paragraph fields (key words, citation, funding) take one paragraph; the abstract takes
/// every paragraph up to the next label; a short paragraph after an affiliation, before the received date and
/// the abstract, is more of the affiliation.
public struct FrontMatterExtractor {
    let labels: JournalProfile.Labels
    /// Each field's spellings, lower-cased once: every paragraph of the front matter is tried against all of them.
    private let spellings: [(field: FrontMatterField, label: String, lowered: String)]
    /// How much of a paragraph's start can hold a label.
    private let headLength: Int

    public init(labels: JournalProfile.Labels) {
        self.labels = labels
        spellings = labels.fields.flatMap { field, labels in labels.map { (field, $0, $0.lowercased()) } }
        headLength = (spellings.map(\.label.count).max() ?? 0) + 8
    }

    enum Open { case abstract, keywords, citation, funding }

    /// The front matter, and how many of `blocks` it took. `labelledOnly` reads only labelled fields and their
    /// values, as some articles print their funding after the reference list.
    public func extract(_ blocks: [Block], labelledOnly: Bool = false) -> (FrontMatter, consumed: Int) {
        var matter = FrontMatter(language: labels.language)
        var open: Open?
        var index = 0
        if !labelledOnly, let first = blocks.first, case .heading(_, let inlines) = first.kind {
            matter.title = Field(inlines: inlines, range: first.range)
            index = 1
            // A title print set over two lines, or with its subtitle, can come as one heading per line.
            while index < blocks.count, case .heading(_, let more) = blocks[index].kind {
                matter.title?.inlines += [.lineBreak] + more
                matter.title?.range.end = blocks[index].range.end
                index += 1
            }
        }
        scan: while index < blocks.count {
            let block = blocks[index]
            guard case .paragraph(let inlines) = block.kind else { break }
            let text = inlines.plainText.trimmedWhitespace
            let label = labelled(inlines)
            if labelledOnly && label == nil && open == nil { break }
            if let (kind, value) = label {
                open = nil
                switch kind {
                case .abstract:
                    // The abstract's first paragraph may follow its label on one line; the rest follow it.
                    open = .abstract
                    if !value.isEmpty { matter.abstract.append(Field(inlines: value, range: block.range)) }
                case .keywords:
                    if value.isEmpty { open = .keywords } else { setKeywords(&matter, Field(inlines: value, range: block.range)) }
                case .citation:
                    if value.isEmpty { open = .citation } else { setCitation(&matter, Field(inlines: value, range: block.range)) }
                case .funding:
                    if value.isEmpty { open = .funding } else { matter.funding = Field(inlines: value, range: block.range) }
                case .received:
                    matter.received = Field(inlines: value, range: block.range)
                default:
                    break
                }
            } else if let field = open {
                let value = Field(inlines: inlines, range: block.range)
                switch field {
                case .abstract: matter.abstract.append(value)
                case .keywords: setKeywords(&matter, value); open = nil
                case .citation: setCitation(&matter, value); open = nil
                case .funding: matter.funding = value; open = nil
                }
            } else if inlines.isAllStrong {
                matter.authors.append(Author(name: Field(inlines: inlines, range: block.range)))
            } else if let last = matter.authors.indices.last, matter.authors[last].affiliation == nil, !isFieldOfRecord(text) {
                matter.authors[last].affiliation = Field(inlines: inlines, range: block.range)
                matter.authors[last].orcid = Self.firstMatch(Self.orcidPattern, in: text)
                matter.authors[last].email = Self.firstMatch(Self.emailPattern, in: text)?.trimming { $0 == "." }
            } else if let last = matter.authors.indices.last, let affiliation = matter.authors[last].affiliation,
                      matter.abstract.isEmpty, matter.received == nil,
                      !isFieldOfRecord(text), text.count <= Self.affiliationLineLimit {
                // A second affiliation, or the e-mail, in a paragraph of its own.
                matter.authors[last].affiliation = Field(inlines: affiliation.inlines + [.lineBreak] + inlines,
                                                         range: SourceRange(start: affiliation.range.start, end: block.range.end))
                matter.authors[last].orcid = matter.authors[last].orcid ?? Self.firstMatch(Self.orcidPattern, in: text)
                matter.authors[last].email = matter.authors[last].email
                    ?? Self.firstMatch(Self.emailPattern, in: text)?.trimming { $0 == "." }
            } else if text.hasPrefix("©") {
                matter.copyright = Field(inlines: inlines, range: block.range)
            } else if text.uppercased().hasPrefix("DOI"), let doi = Self.doi(in: text) {
                matter.doi = doi
            } else if matter.authors.isEmpty && matter.abstract.isEmpty {
                matter.unrecognised.append(block)
            } else {
                break scan
            }
            index += 1
        }
        return (matter, index)
    }

    /// A paragraph that starts with one of the labels: which field, and the value after the label (empty for a
    /// label standing alone, as `*Аннотация:*`). `strictly` takes a label only alone or before a colon, where a
    /// reference's title could begin with the same word («Funding of …»).
    func labelled(_ inlines: [Inline], strictly: Bool = false) -> (FrontMatterField, [Inline])? {
        let plain = inlines.plainText
        let text = plain.trimmedWhitespace
        // Only the paragraph's start can hold a label; lower-casing whole paragraphs showed up in profiles.
        let head = text.prefix(headLength).lowercased()
        for (field, label, lowered) in spellings where head.hasPrefix(lowered) {
            let after = text.dropFirst(label.count)
            guard after.isEmpty || after.first == ":" || after.first == " " || after.first == "." else { continue }
            if strictly, !after.allSatisfy({ $0 == "." }), after.drop(while: { $0 == " " }).first != ":" { continue }
            let leading = plain.prefix { $0.isWhitespace }.count
            // `*Аннотация:*`, `*Аннотация.*`, `**Аннотация:**`: the label's own punctuation is no value.
            let value = inlines.droppingPrefix(leading + label.count).trimmingLeading([":", "."])
            return (field, value.plainText.trimmedWhitespace.isEmpty ? [] : value)
        }
        return nil
    }

    /// Longer than any line of an affiliation: a paragraph this long after one is the text, not more of it.
    static let affiliationLineLimit = 400

    private func isFieldOfRecord(_ text: String) -> Bool {
        text.hasPrefix("©") || text.uppercased().hasPrefix("DOI")
    }

    private func setKeywords(_ matter: inout FrontMatter, _ field: Field) {
        matter.keywordsField = field
        matter.keywords = Self.splitKeywords(field.text)
    }

    private func setCitation(_ matter: inout FrontMatter, _ field: Field) {
        matter.citation = field
        matter.citationLine = CitationLineParser.parse(field.text)
    }

    /// Key words split at commas and semicolons, the final full stop dropped.
    public static func splitKeywords(_ text: String) -> [String] {
        var trimmed = text.trimmedWhitespace
        if trimmed.hasSuffix(".") { trimmed.removeLast() }
        return trimmed.split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmedWhitespace }
            .filter { !$0.isEmpty }
    }

    static let orcidPattern = try! NSRegularExpression(pattern: "\\b\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]\\b")
    static let emailPattern = try! NSRegularExpression(pattern: "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")
    static let doiPattern = try! NSRegularExpression(pattern: "10\\.\\d{4,9}/[^\\s]+")

    static func doi(in text: String) -> String? {
        firstMatch(doiPattern, in: text).map { $0.trimming { $0 == "." || $0 == "," || $0 == ";" } }
    }

    static func firstMatch(_ pattern: NSRegularExpression, in text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: range), let r = Range(match.range, in: text) else { return nil }
        return String(text[r])
    }
}
