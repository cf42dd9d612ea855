import Markdown

/// The edition pipeline for one article: parse, heal, recognise figures, resolve notes, split the languages
/// and pair them, index the sources they cite, add the editorial layer. Each stage is a pure function of the
/// previous stage's values; diagnostics are collected, never thrown, so an editor sees every problem of a build
/// at once.
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
        // The index of the article's words that healing consults needs only its text: it is made beside the parse.
        let (parsed, words) = ParallelMap.both({ ArticleParser.parse(source.article) }, { WordStarts(source.article.text) })
        diagnostics += parsed.diagnostics
        // The ledger's findings are reported here, after the parser's, though they are computed further down.
        let ledgerPlace = diagnostics.count

        var counter = InterventionCounter()
        let healed = PageBreakHealer.heal(parsed.blocks, profile: profile, source: source.article, words: words, counter: &counter)
        var sections = ArticleSections.split(healed.blocks, profile: profile)
        let figures = FigureRecognizer(profile: profile).recognize(sections.body, counter: &counter)
        sections.body = figures.blocks

        let definitions = healed.notes + parsed.footnotes
        let calls = healed.blocks.flatMap(\.noteCalls) + definitions.flatMap { $0.blocks.flatMap(\.noteCalls) }
        let (notes, noteProblems) = NoteResolver.resolve(calls: calls, definitions: definitions)
        diagnostics += noteProblems
        diagnostics += NotesInParagraph.diagnostics(
            parsed.blocks, undefined: Set(calls.map(\.label)).subtracting(definitions.map(\.label)), file: source.article)

        let pairer = FrontMatterPairer(file: source.article, primaryLanguage: profile.primary.language,
                                       translationLanguage: profile.translation.language)
        let (pairs, pairProblems) = pairer.pair(sections)
        diagnostics += pairProblems
        diagnostics += StructureChecks.check(sections, file: source.article)

        // Parsing the printed references is the largest single step; on a build of one edition (the preview's
        // rebuild) it has both cores, and then the ledger's check, the rest of the citation index and the
        // editorial layer, which need only what came before them, share them.
        let strings = CitationCollector(cache: cache).collect(
            notes: notes.notes, sections: sections, primaryLanguage: profile.primary.language,
            translationLanguage: profile.translation.language)
        let interventions = (healed.interventions + figures.interventions).sorted { $0.range.start < $1.range.start }
        let unannotated = Edition(
            slug: source.slug, source: source.article, configuration: configuration, sections: sections, notes: notes,
            pairs: pairs, interventions: interventions, citations: CitationIndex(sources: [], report: ConsistencyReport()),
            annotations: Annotations(), annotationUses: AnnotationUses(), profile: profile)
        let ((citations, citationProblems), (annotated, annotationProblems), discrepancies) = ParallelMap.all({
            CitationIndexBuilder(file: source.article).build(strings: strings, sections: unannotated.sections, pairs: pairs)
        }, {
            annotate(unannotated, source: source, cache: cache)
        }, {
            TextLedger.verify(source: parsed.blocks, healed: healed)
        })
        diagnostics.insert(contentsOf: discrepancies.map { discrepancy in Diagnostic(
            .error, "the edition's \(discrepancy.stream) differs from the version of record (source: «\(discrepancy.source)», edition: «\(discrepancy.edition)»); this is a fault of Diglot, please report it",
            file: source.article.path, stage: .heal)
        }, at: ledgerPlace)
        diagnostics += citationProblems + annotationProblems
        var edition = annotated
        edition.citations = citations
        diagnostics += DiscrepancyReporter(file: source.article).diagnostics(
            citations.report, sources: citations.sources, corrections: edition.annotations.corrections, uses: edition.annotationUses)
        return (edition, diagnostics)
    }

    /// The editorial layer read and laid over the edition: its annotated copy, and the problems of both steps.
    private static func annotate(_ edition: Edition, source: EditionSource, cache: EditionCache?) -> (Edition, [Diagnostic]) {
        var (annotations, readProblems) = (Annotations(), [Diagnostic]())
        if let file = source.annotations {
            (annotations, readProblems) = cache?.annotations(file) ?? AnnotationsReader.read(file)
        }
        var unannotated = edition
        unannotated.annotations = annotations
        var (annotated, uses, problems) = Annotator(annotations: annotations).annotate(unannotated)
        annotated.annotationUses = uses
        return (annotated, readProblems + problems)
    }
}
