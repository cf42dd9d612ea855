import DiglotEdition

/// The article's pieces as template values: one language's front matter, the notes with their backlinks,
/// a bibliography; the HTML of the author's text is written by `BlockRenderer`.
struct ArticleContext {
    let edition: Edition
    let renderer: BlockRenderer
    let strings: UIStrings.Language

    func frontMatter(_ matter: FrontMatter) -> TemplateValues {
        var context: TemplateValues = ["lang": .text(matter.language)]
        if let title = matter.title { context["title_html"] = .text(renderer.render(title.inlines)) }
        context["authors"] = .maps(matter.authors.enumerated().map { index, author -> TemplateValues in
            var a: TemplateValues = ["name_html": .text(renderer.render(author.name.inlines)), "pair": .text("author-\(index + 1)")]
            if let affiliation = author.affiliation {
                a["affiliation_html"] = .text(Self.linkingIdentifiers(renderer.render(affiliation.inlines), of: author))
                a["affiliation_pair"] = .text("affiliation-\(index + 1)")
            }
            return a
        })
        if let received = matter.received {
            context["received_html"] = .text(renderer.render(received.inlines))
            context["received_label"] = .text(strings["received"])
        }
        context["abstract"] = .maps(matter.abstract.enumerated().map { index, field in
            ["html": .text(renderer.render(field.inlines)), "pair": .text("abstract-\(index + 1)")]
        })
        context["has_abstract"] = .bool(!matter.abstract.isEmpty)
        context["keywords"] = .texts(matter.keywords)
        context["has_keywords"] = .bool(!matter.keywords.isEmpty)
        if let citation = matter.citation { context["citation_html"] = .text(renderer.render(citation.inlines)) }
        if let funding = matter.funding { context["funding_html"] = .text(renderer.render(funding.inlines)) }
        if let copyright = matter.copyright { context["copyright"] = .text(copyright.text) }
        if !matter.unrecognised.isEmpty { context["unrecognised_html"] = .text(renderer.render(matter.unrecognised)) }
        return context
    }

    /// The printed affiliation with its ORCID and e-mail made links, so they are not printed a second time.
    static func linkingIdentifiers(_ html: String, of author: Author) -> String {
        var linked = html
        if let orcid = author.orcid {
            linked = linked.replacingAll(orcid, with: "<a href=\"https://orcid.org/\(orcid)\">\(orcid)</a>")
        }
        if let email = author.email {
            let escaped = HTML.escape(email)
            linked = linked.replacingAll(escaped, with: "<a href=\"mailto:\(escaped)\">\(escaped)</a>")
        }
        return linked
    }

    /// The notes in order, each with one backlink per call.
    func notes() -> TemplateValue {
        .maps(edition.notes.notes.map { note in
            let backlinks = note.callAnchors.enumerated().map { index, anchor -> TemplateValues in
                [
                    "href": .text("#" + anchor),
                    "label": .text(note.callAnchors.count > 1 ? String(UnicodeScalar(UInt8(97 + min(index, 25)))) : "↩"),
                    "aria_label": .text(strings.format("back_to_call", note.label, String(index + 1))),
                ]
            }
            return ["id": .text(note.id), "label": .text(note.label), "html": .text(renderer.render(note.blocks)),
                    "backlinks": .maps(backlinks), "sources": sourceLinks(note.id)]
        })
    }

    /// Links from a citing place to the citation index entries of the sources it cites.
    func sourceLinks(_ anchor: String) -> TemplateValue {
        .maps(edition.citations.sources(atAnchor: anchor).map { source in
            ["href": .text(SitePaths.sources + "#" + source.id), "label": .text(strings.format("source_link", String(source.number)))]
        })
    }

    func bibliography(_ bibliography: Bibliography?, idPrefix: String) -> TemplateValue? {
        guard let bibliography else { return nil }
        let primary = bibliography.language == edition.primaryLanguage
        return [
            "heading_html": .text(renderer.render(bibliography.heading.inlines)),
            "lang": .text(bibliography.language),
            "id": .text(idPrefix),
            "entries": .maps(bibliography.entries.map { entry -> TemplateValues in
                let id = primary ? Anchors.bibliographyEntry(entry.number) : Anchors.translatedBibliographyEntry(entry.number)
                return ["id": .text(id), "number": .number(entry.number), "html": .text(renderer.render(entry.inlines)),
                        "sources": sourceLinks(id)]
            }),
        ]
    }
}
