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
        for index in 0..<max(ru.abstract.count, en.abstract.count) {
            pairs.append(Pair(key: "abstract-\(index + 1)", kind: .abstract, primary: ru.abstract[safe: index], translation: en.abstract[safe: index]))
        }
        pairs.append(Pair(key: "keywords", kind: .keywords, primary: ru.keywordsField, translation: en.keywordsField))
        pairs.append(Pair(key: "citation", kind: .citation, primary: ru.citation, translation: en.citation))
        pairs.append(Pair(key: "funding", kind: .funding, primary: ru.funding, translation: en.funding))
        pairs += figurePairs(sections.body)
        pairs += bibliographyPairs(sections.primaryBibliography, sections.translationBibliography)
        let present = pairs.filter { $0.primary != nil || $0.translation != nil }
        return (present, present.filter { !$0.isComplete }.map(warning))
    }

    private func figurePairs(_ body: [Block]) -> [Pair] {
        body.compactMap { block -> Pair? in
            guard case .figure(let figure) = block.kind else { return nil }
            func caption(_ language: String) -> Field? {
                figure.captions.first { $0.language == language }.map { Field(inlines: $0.inlines, range: $0.range) }
            }
            return Pair(key: Anchors.figure(figure.number), kind: .figureCaption,
                        primary: caption(primaryLanguage), translation: caption(translationLanguage))
        }
    }

    /// Entries pair by position when both lists are equally long; otherwise by a shared DOI or URL.
    private func bibliographyPairs(_ primary: Bibliography?, _ translation: Bibliography?) -> [Pair] {
        let a = primary?.entries ?? []
        let b = translation?.entries ?? []
        func field(_ entry: Bibliography.Entry) -> Field { Field(inlines: entry.inlines, range: entry.range) }
        if a.count == b.count {
            return zip(a, b).map { Pair(key: "bib-\($0.number)", kind: .bibliographyEntry, primary: field($0), translation: field($1)) }
        }
        var unmatched = b
        var pairs = a.map { entry -> Pair in
            let keys = Self.identifiers(entry.text)
            let twin = unmatched.firstIndex { !Self.identifiers($0.text).isDisjoint(with: keys) }
            let other = twin.map { unmatched.remove(at: $0) }
            return Pair(key: "bib-\(entry.number)", kind: .bibliographyEntry, primary: field(entry), translation: other.map(field))
        }
        pairs += unmatched.map { Pair(key: "bib-en-\($0.number)", kind: .bibliographyEntry, primary: nil, translation: field($0)) }
        return pairs
    }

    /// DOIs and URLs of an entry, lower-cased, for matching twins across the two lists.
    static func identifiers(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "(10\\.\\d{4,9}/[^\\s)]+|https?://[^\\s)>]+)")
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        return Set(matches.compactMap { Range($0.range, in: text).map { text[$0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;")) } })
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
