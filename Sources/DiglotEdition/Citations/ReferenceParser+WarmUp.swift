import Dispatch

extension ReferenceParser {
    /// Starts compiling the parser's regular expressions on another core. They are compiled once a process, on
    /// first use, and cost about as much as parsing every reference of an article; a build starts this before
    /// it reads the templates and the article, so that a one-edition build (a cold `diglot build`, `diglot
    /// check`) finds them ready instead of waiting for them on its critical path. A pattern this misses is
    /// still compiled when it is first needed: this only moves work, never changes a result.
    public static func warmUpInBackground() {
        DispatchQueue.global(qos: .userInitiated).async { _ = warmedUp }
    }

    private static let warmedUp: Void = {
        // Made-up references in the shapes the journal prints, between them reaching every reader's patterns.
        let samples = [
            "Иванов И.И., Петров П.П. и др. Статья о предмете [Article on the subject] // Вестник университета. 2019. Т. 5, № 2. С. 10–20. DOI: 10.1000/abc. URL: https://example.org/a (дата обращения: 01.02.2020). (In Russ.)",
            "Smith J. *A Book Title*. New York: Routledge, 2018. 320 p. Paperback.",
            "Annual Report on Policy. Ministry of Defence (MOD). September 12, 2021. Available at: https://example.gov/r.pdf, p. 4",
            "Доклад. Институт Дальнего Востока РАН, Москва. 12 марта 2020 г.",
            "Там же. С. 5.",
            "*Чжан Лэй.* Китай // Мир. 2020.",
        ]
        for part in ReferenceSplitter.split(samples.joined(separator: "; ")) { _ = parse(part) }
    }()
}
