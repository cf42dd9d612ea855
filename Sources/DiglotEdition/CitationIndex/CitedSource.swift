/// One source of the article, however many times and ways it is cited.
public struct CitedSource: Sendable, Equatable {
    /// Where the values of one field disagree between the strings of a source.
    public struct Variant: Sendable, Equatable {
        public var field: String
        public var values: [(value: String, places: [CitationPlace])]

        public static func == (a: Variant, b: Variant) -> Bool {
            a.field == b.field && a.values.map(\.value) == b.values.map(\.value) && a.values.map(\.places) == b.values.map(\.places)
        }
    }

    /// Numbered in the order of first citation in the text, from 1.
    public var number: Int
    public var citations: [CitedString]
    /// The fields of the source: each from the string that most places agree on.
    public var reference: ParsedReference
    /// The title in the other language, where a bibliography prints one.
    public var translatedTitle: String?
    public var variants: [Variant]

    public var id: String { Anchors.source(number) }
    public var places: [CitationPlace] { citations.map(\.place) }
    public var isInNotes: Bool { places.contains { $0.kind == .note } }
    public var isInBibliography: Bool { places.contains { $0.isBibliography } }

    /// The strings of each language, deduplicated, with the places that print each.
    public func printedForms(listLanguage: String) -> [(printed: String, places: [CitationPlace])] {
        var forms: [(String, [CitationPlace])] = []
        for citation in citations where citation.listLanguage == listLanguage {
            if let index = forms.firstIndex(where: { $0.0 == citation.printed }) {
                forms[index].1.append(citation.place)
            } else {
                forms.append((citation.printed, [citation.place]))
            }
        }
        return forms
    }
}
