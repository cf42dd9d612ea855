import Markdown

/// The edition pipeline for one article: parse, heal, recognise figures, resolve notes, split the languages
/// and pair them. Each stage is a pure function of the previous stage's values; diagnostics are collected,
/// never thrown, so an editor sees every problem of a build at once.
public enum EditionBuilder {
    public static func build(_ source: EditionSource, site: SiteConfiguration) -> (Edition, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var configuration = EditionConfiguration()
        if let file = source.edition {
            let (config, problems) = EditionConfiguration.read(file)
            configuration = config
            diagnostics += problems
        }
        let profile = site.profile
        let parsed = ArticleParser.parse(source.article)
        diagnostics += parsed.diagnostics

        var counter = InterventionCounter()
        let healed = PageBreakHealer.heal(parsed.blocks, profile: profile, source: source.article, counter: &counter)
        for discrepancy in TextLedger.verify(source: parsed.blocks, healed: healed) {
            diagnostics.append(Diagnostic(
                .error, "the edition's \(discrepancy.stream) differs from the version of record (source: «\(discrepancy.source)», edition: «\(discrepancy.edition)»); this is a fault of Diglot, please report it",
                file: source.article.path, stage: .heal))
        }
        var sections = ArticleSections.split(healed.blocks, profile: profile)
        let figures = FigureRecognizer(profile: profile).recognize(sections.body, counter: &counter)
        sections.body = figures.blocks

        let definitions = healed.notes + parsed.footnotes
        let calls = healed.blocks.flatMap(\.noteCalls) + definitions.flatMap { $0.blocks.flatMap(\.noteCalls) }
        let (notes, noteProblems) = NoteResolver.resolve(calls: calls, definitions: definitions)
        diagnostics += noteProblems

        let pairer = FrontMatterPairer(file: source.article, primaryLanguage: profile.primary.language,
                                       translationLanguage: profile.translation.language)
        let (pairs, pairProblems) = pairer.pair(sections)
        diagnostics += pairProblems
        diagnostics += StructureChecks.check(sections, file: source.article)

        let interventions = (healed.interventions + figures.interventions).sorted { $0.range.start < $1.range.start }
        let edition = Edition(
            slug: source.slug, source: source.article, configuration: configuration, sections: sections, notes: notes,
            pairs: pairs, interventions: interventions, primaryLanguage: profile.primary.language,
            translationLanguage: profile.translation.language)
        return (edition, diagnostics)
    }
}
