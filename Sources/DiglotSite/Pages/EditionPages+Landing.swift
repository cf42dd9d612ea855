import DiglotEdition

extension EditionPages {
    /// The edition's front page: the two front matters side by side, pair beside pair, with "how to cite".
    func landingPage() -> Page {
        let ru = article(primary)
        let en = article(translation)
        var frame = frame(page: SitePaths.landing, language: primary, title: edition.title, bodyClass: "page-landing")
        frame.alternates = languageAlternates()
        frame.metadata = metadata.head(language: primary, page: path(SitePaths.landing))
        let s = strings(primary)
        let t = strings(translation)
        var groups: [(kind: Pair.Kind, rows: [TemplateValues])] = []
        for pair in edition.pairs {
            var row: TemplateValues = ["key": .text(pair.key)]
            if let field = pair.primary { row["primary_html"] = .text(ru.renderer.render(field.inlines)) }
            if let field = pair.translation { row["translation_html"] = .text(en.renderer.render(field.inlines)) }
            if groups.last?.kind == pair.kind { groups[groups.count - 1].rows.append(row) } else { groups.append((pair.kind, [row])) }
        }
        let citation = CitationFormatter(edition: edition)
        var context: TemplateValues = [
            "groups": .maps(groups.map { group in
                ["kind": .text(group.kind.rawValue), "label": .text(s["pair_\(group.kind.rawValue)"]),
                 "label_en": .text(t["pair_\(group.kind.rawValue)"]), "is_abstract": .bool(group.kind == .abstract), "rows": .maps(group.rows)]
            }),
            "how_to_cite": .maps([
                ["lang": .text(primary), "label": .text(s["how_to_cite"]), "html": .text(citation.html(language: primary))],
                ["lang": .text(translation), "label": .text(t["how_to_cite"]), "html": .text(citation.html(language: translation))],
            ]),
            "counts": ["interventions": .number(edition.interventions.count)],
        ]
        if let doi = edition.doi { context["doi"] = .text(doi); context["doi_url"] = .text("https://doi.org/\(doi)") }
        if let date = edition.configuration.publicationDate {
            context["published"] = .text(date.dotted)
            context["published_iso"] = .text(date.iso)
        }
        return output(SitePaths.landing, template: "landing", frame: frame, context)
    }
}
