import Foundation
import Markdown

/// Pairs the primary and translated front matter field by field, abstract paragraph by paragraph, the figure
/// captions, and each bibliography entry with its twin. A field present in one language only is a warning.
public struct FrontMatterPairer {
    let file: SourceFile
    let primaryLanguage: String
    let translationLanguage: String

    public init(file: SourceFile, primaryLanguage: String, translationLanguage: String) {
        self.file = file
        self.primaryLanguage = primaryLanguage
        self.translationLanguage = translationLanguage
    }

    public func pair(_ sections: ArticleSections) -> ([Pair], [Diagnostic]) {
        let ru = sections.primary
        let en = sections.translation ?? FrontMatter(language: translationLanguage)
        var pairs: [Pair] = []
        pairs.append(Pair(key: "title", kind: .title, primary: ru.title, translation: en.title))
        for index in 0..<max(ru.authors.count, en.authors.count) {
            let a = ru.authors[safe: index]
            let b = en.authors[safe: index]
            pairs.append(Pair(key: "author-\(index + 1)", kind: .author, primary: a?.name, translation: b?.name))
            if a?.affiliation != nil || b?.affiliation != nil {
                pairs.append(Pair(key: "affiliation-\(index + 1)", kind: .affiliation, primary: a?.affiliation, translation: b?.affiliation))
            }
        }
        pairs.append(Pair(key: "received", kind: .received, primary: ru.received, translation: en.received))
        var notes: [Diagnostic] = []
        if ru.abstract.count == en.abstract.count || ru.abstract.isEmpty || en.abstract.isEmpty {
            for index in 0..<max(ru.abstract.count, en.abstract.count) {
                pairs.append(Pair(key: "abstract-\(index + 1)", kind: .abstract, primary: ru.abstract[safe: index], translation: en.abstract[safe: index]))
            }
        } else {
            let groups = AbstractAligner.groups(ru.abstract.map(\.text.count), en.abstract.map(\.text.count))
            for (index, group) in groups.enumerated() {
                pairs.append(Pair(key: "abstract-\(index + 1)", kind: .abstract,
                                  primary: Self.joined(ru.abstract[group.primary]), translation: Self.joined(en.abstract[group.translation])))
            }
            let described = groups.map { Self.describe($0.primary) + " ↔ " + Self.describe($0.translation) }.joined(separator: ", ")
            notes.append(.note(
                "the abstract has \(ru.abstract.count) paragraph(s) in the \(Self.languageName(primaryLanguage)) part and "
                    + "\(en.abstract.count) in the \(Self.languageName(translationLanguage)); paired by length as \(described)",
                at: file.location(ru.abstract[0].range.start), stage: .languages))
        }
        pairs.append(Pair(key: "keywords", kind: .keywords, primary: ru.keywordsField, translation: en.keywordsField))
        pairs.append(Pair(key: "citation", kind: .citation, primary: ru.citation, translation: en.citation))
        pairs.append(Pair(key: "funding", kind: .funding, primary: ru.funding, translation: en.funding))
        pairs += figurePairs(sections.body)
        pairs += bibliographyPairs(sections.primaryBibliography, sections.translationBibliography)
        let present = pairs.filter { $0.primary != nil || $0.translation != nil }
        return (present, notes + present.filter { !$0.isComplete }.map(warning))
    }

    /// Paragraphs of one side of a group as one field, each on a line of its own.
    private static func joined(_ fields: ArraySlice<Field>) -> Field {
        Field(inlines: Array(fields.map(\.inlines).joined(separator: [Inline.lineBreak])),
              range: SourceRange(start: fields.first!.range.start, end: fields.last!.range.end))
    }

    /// `2`, or `1–2`: paragraph numbers from 1.
    private static func describe(_ range: Range<Int>) -> String {
        range.count == 1 ? "\(range.lowerBound + 1)" : "\(range.lowerBound + 1)–\(range.upperBound)"
    }

    private func figurePairs(_ body: [Block]) -> [Pair] {
        body.compactMap { block -> Pair? in
            guard case .figure(let figure) = block.kind else { return nil }
            func caption(_ language: String) -> Field? {
                figure.captions.first { $0.language == language }.map { Field(inlines: $0.inlines, range: $0.range) }
            }
            return Pair(key: figure.anchor, kind: figure.kind == .table ? .tableCaption : .figureCaption,
                        primary: caption(primaryLanguage), translation: caption(translationLanguage))
        }
    }

    /// Entries pair by position when both lists are equally long and in the same order; otherwise by a shared
    /// DOI or URL, then, for entries with neither, by the same years where one candidate prints them. A
    /// transliterated list may be sorted in another order, and a wrong pair would merge two sources.
    private func bibliographyPairs(_ primary: Bibliography?, _ translation: Bibliography?) -> [Pair] {
        let a = primary?.entries ?? []
        let b = translation?.entries ?? []
        func field(_ entry: Bibliography.Entry) -> Field { Field(inlines: entry.inlines, range: entry.range) }
        if a.count == b.count, !Self.reordered(a.map(\.text), b.map(\.text)) {
            return zip(a, b).map { Pair(key: "bib-\($0.number)", kind: .bibliographyEntry, primary: field($0), translation: field($1)) }
        }
        var unmatched = b
        var twins: [Bibliography.Entry?] = a.map { entry in
            let keys = Self.identifiers(entry.text)
            guard let index = unmatched.firstIndex(where: { !Self.identifiers($0.text).isDisjoint(with: keys) }) else { return nil }
            return unmatched.remove(at: index)
        }
        for (position, entry) in a.enumerated() where twins[position] == nil && Self.identifiers(entry.text).isEmpty {
            let years = Self.years(entry.text)
            let candidates = unmatched.indices.filter {
                !years.isEmpty && Self.identifiers(unmatched[$0].text).isEmpty && Self.years(unmatched[$0].text) == years
            }
            if candidates.count == 1 { twins[position] = unmatched.remove(at: candidates[0]) }
        }
        var pairs = zip(a, twins).map { entry, twin in
            Pair(key: "bib-\(entry.number)", kind: .bibliographyEntry, primary: field(entry), translation: twin.map(field))
        }
        pairs += unmatched.map { Pair(key: "bib-en-\($0.number)", kind: .bibliographyEntry, primary: nil, translation: field($0)) }
        return pairs
    }

    /// Whether two equally long lists are in different orders: an entry's DOI or URL, or else its years, are
    /// missing from the entry in its position and printed by another. A mere misprint in one list (a URL
    /// differing by a letter) is no reordering, and the citation index reports it.
    static func reordered(_ first: [String], _ second: [String]) -> Bool {
        func misplaced(_ keys: (String) -> Set<String>) -> Bool {
            let (own, other) = (first.map(keys), second.map(keys))
            return own.indices.contains { index in
                !own[index].isEmpty && !other[index].isEmpty && own[index].isDisjoint(with: other[index])
                    && other.indices.contains { $0 != index && !own[index].isDisjoint(with: other[$0]) }
            }
        }
        return misplaced(identifiers) || misplaced { Set(years($0).map(String.init)) }
    }

    private static let identifierPattern = try! NSRegularExpression(pattern: "(10\\.\\d{4,9}/[^\\s)]+|https?://[^\\s)>]+)")

    /// DOIs and URLs of an entry, lower-cased, for matching twins across the two lists.
    static func identifiers(_ text: String) -> Set<String> {
        let matches = identifierPattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        return Set(matches.compactMap { match in
            Range(match.range, in: text).flatMap { range in
                let found = text[range].trimming { $0 == "." || $0 == "," || $0 == ";" }
                return found.hasPrefix("10.") ? SourceIdentity.doi(found) : SourceIdentity.url(found.lowercased())
            }
        })
    }

    /// The years an entry prints: runs of four digits from 1600 to 2099.
    static func years(_ text: String) -> Set<Int> {
        var years: Set<Int> = []
        var run = 0
        var value = 0
        for byte in text.utf8 + [0] {
            if (0x30...0x39).contains(byte) {
                run += 1
                // Only the first digits can make a year; a long run (an ISBN, a URL's id) must not overflow.
                if run <= 4 { value = value * 10 + Int(byte - 0x30) }
            } else {
                if run == 4, (1600...2099).contains(value) { years.insert(value) }
                run = 0
                value = 0
            }
        }
        return years
    }

    private func warning(for pair: Pair) -> Diagnostic {
        let present = (pair.primary ?? pair.translation)!
        let missing = pair.primary == nil ? primaryLanguage : translationLanguage
        let location = file.location(present.range.start)
        let name = pair.key.replacingAll("-", with: " ")
        return .warning("\(name) has no counterpart in the \(Self.languageName(missing)) part", at: location, stage: .languages)
    }

    static func languageName(_ code: String) -> String {
        ["ru": "Russian", "en": "English"][code] ?? code
    }
}
