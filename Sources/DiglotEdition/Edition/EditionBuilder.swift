import Markdown

/// The edition pipeline for one article: parse, heal, recognise figures, resolve notes, split the languages
/// and pair them, index the sources they cite, add the editorial layer. Each stage is a pure function of the previous stage's values; diagnostics are collected,
/// never thrown, so an editor sees every problem of a build at once.
public enum EditionBuilder {
    public static func build(_ source: EditionSource, site: SiteConfiguration, cache: EditionCache? = nil) -> (Edition, [Diagnostic]) {
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

        let (citations, citationProblems) = CitationIndexBuilder(file: source.article, cache: cache).build(
            notes: notes.notes, sections: sections, pairs: pairs, primaryLanguage: profile.primary.language,
            translationLanguage: profile.translation.language)
        diagnostics += citationProblems

        var annotations = Annotations()
        if let file = source.annotations {
            let (read, problems) = cache?.annotations(file) ?? AnnotationsReader.read(file)
            annotations = read
            diagnostics += problems
        }
        let interventions = (healed.interventions + figures.interventions).sorted { $0.range.start < $1.range.start }
        let edition = Edition(
            slug: source.slug, source: source.article, configuration: configuration, sections: sections, notes: notes,
            pairs: pairs, interventions: interventions, citations: citations, annotations: annotations,
            annotationUses: AnnotationUses(), profile: profile)
        var (annotated, uses, annotationProblems) = Annotator(annotations: annotations).annotate(edition)
        annotated.annotationUses = uses
        diagnostics += annotationProblems
        diagnostics += DiscrepancyReporter(file: source.article).diagnostics(
            citations.report, sources: citations.sources, corrections: annotations.corrections, uses: uses)
        return (annotated, diagnostics)
    }
}
