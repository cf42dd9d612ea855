import DiglotEdition

extension EditionPages {
    /// The edition's front page: the two front matters side by side, pair beside pair, with "how to cite".
    func landingPage() -> OutputFile {
        let ru = article(primary)
        let en = article(translation)
        var frame = frame(page: SitePaths.landing, language: primary, title: edition.title, bodyClass: "page-landing")
        frame.alternates = languageAlternates()
        frame.metadata = ArticleMetadata(edition: edition, site: site).head(language: primary, page: path(SitePaths.landing))
        let s = strings(primary)
        let t = strings(translation)
        var groups: [[String: Any]] = []
        for pair in edition.pairs {
            var row: [String: Any] = ["key": pair.key]
            if let field = pair.primary { row["primary_html"] = ru.renderer.render(field.inlines) }
            if let field = pair.translation { row["translation_html"] = en.renderer.render(field.inlines) }
            if let last = groups.last, last["kind"] as? String == pair.kind.rawValue {
                groups[groups.count - 1]["rows"] = (last["rows"] as! [[String: Any]]) + [row]
            } else {
                groups.append([
                    "kind": pair.kind.rawValue, "label": s["pair_\(pair.kind.rawValue)"],
                    "label_en": t["pair_\(pair.kind.rawValue)"], "is_abstract": pair.kind == .abstract, "rows": [row],
                ])
            }
        }
        let citation = CitationFormatter(edition: edition)
        var context: [String: Any] = [
            "primary_lang": primary, "translation_lang": translation,
            "groups": groups, "has_translation": edition.sections.translation != nil,
            "how_to_cite": [
                ["lang": primary, "label": s["how_to_cite"], "html": citation.html(language: primary)],
                ["lang": translation, "label": t["how_to_cite"], "html": citation.html(language: translation)],
            ],
            "counts": [
                "notes": edition.notes.notes.count, "interventions": edition.interventions.count,
                "pairs": edition.pairs.count,
            ],
        ]
        if let doi = edition.doi { context["doi"] = doi; context["doi_url"] = "https://doi.org/\(doi)" }
        if let date = edition.configuration.publicationDate { context["published"] = date.dotted; context["published_iso"] = date.iso }
        return output(SitePaths.landing, template: "landing", frame: frame, context)
    }
}
