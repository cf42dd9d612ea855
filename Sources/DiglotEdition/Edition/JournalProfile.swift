/// What the journal's texts look like: the labels of its front matter in each language, and the marks its
/// page layout leaves. Data, not code: `site.yaml` may override any of it under `profile:`.
public struct JournalProfile: Sendable, Equatable {
    /// The labels of one language's front matter, each a list of accepted spellings.
    public struct Labels: Sendable, Equatable {
        public var language: String
        public var abstract: [String]
        public var keywords: [String]
        public var citation: [String]
        public var funding: [String]
        public var received: [String]
        public var bibliography: [String]
        public var figure: [String]
        /// A table's label; a caption must follow its number (`Таблица 1.`, `Таблица 1 –`, or a title on the next line).
        public var table: [String]
        public var figureSource: [String]
        /// How the journal's citations abbreviate "issue" and "pages"; the first is written in a citation
        /// Diglot makes where the journal printed none.
        public var issue: [String]
        public var pages: [String]

        /// The labels that open the front matter's fields, by field, in the order they are tried.
        var fields: [(field: FrontMatterField, labels: [String])] {
            [(.abstract, abstract), (.keywords, keywords), (.citation, citation), (.funding, funding), (.received, received)]
        }
    }

    public var primary: Labels
    public var translation: Labels
    /// Paragraphs that print set apart after a note (its URL, its DOI) and that belong to the note.
    public var noteContinuationPrefixes: [String]

    public func labels(for language: String) -> Labels {
        language == translation.language ? translation : primary
    }

    /// The journal «Проблемы Дальнего Востока» (Far Eastern Studies) as it prints its articles.
    public static let farEasternStudies = JournalProfile(
        primary: Labels(
            language: "ru",
            abstract: ["Аннотация", "Резюме"],
            keywords: ["Ключевые слова"],
            citation: ["Для цитирования"],
            funding: ["Источники финансирования", "Финансирование", "Благодарности"],
            received: ["Статья поступила в редакцию", "Поступила в редакцию"],
            bibliography: ["Литература", "Список литературы"],
            figure: ["Рис.", "Рисунок"],
            table: ["Таблица", "Табл."],
            figureSource: ["Источники", "Источник"],
            issue: ["№", "Вып."],
            pages: ["С."]),
        translation: Labels(
            language: "en",
            abstract: ["Abstract"],
            keywords: ["Key words", "Keywords"],
            citation: ["For citation"],
            funding: ["Funding sources", "Funding", "Acknowledgements", "Acknowledgments"],
            received: ["Received"],
            bibliography: ["References"],
            figure: ["Figure", "Fig."],
            table: ["Table"],
            figureSource: ["Sources", "Source"],
            issue: ["No.", "Iss."],
            pages: ["Pp.", "P."]),
        noteContinuationPrefixes: ["URL:", "DOI:", "http://", "https://", "Режим доступа:", "Available at:"])
}
