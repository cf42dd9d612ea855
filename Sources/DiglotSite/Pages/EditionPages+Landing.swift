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
        // One group of each kind, where the kind first appears: the front matter of several authors prints
        // name and affiliation by turns, and a group of each per author would repeat the group's id.
        var groups: [(kind: Pair.Kind, rows: [TemplateValues])] = []
        for pair in edition.pairs {
            var row: TemplateValues = ["key": .text(pair.key)]
            if let field = pair.primary { row["primary_html"] = .text(ru.renderer.render(field.inlines)) }
            if let field = pair.translation { row["translation_html"] = .text(en.renderer.render(field.inlines)) }
            if let index = groups.firstIndex(where: { $0.kind == pair.kind }) {
                groups[index].rows.append(row)
            } else {
                groups.append((pair.kind, [row]))
            }
        }
        let citation = CitationFormatter(edition: edition)
        var context: TemplateValues = [
            "groups": .maps(groups.map { group in
                let label = Self.pluralKinds.contains(group.kind) && group.rows.count > 1
                    ? "pair_\(group.kind.rawValue)_plural" : "pair_\(group.kind.rawValue)"
                return ["kind": .text(group.kind.rawValue), "label": .text(s[label]), "label_en": .text(t[label]),
                        "is_abstract": .bool(group.kind == .abstract), "rows": .maps(group.rows)]
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

    /// The kinds whose group is headed in the plural when it has several rows («Авторы»).
    static let pluralKinds: [Pair.Kind] = [.author, .affiliation, .figureCaption, .tableCaption]
}
