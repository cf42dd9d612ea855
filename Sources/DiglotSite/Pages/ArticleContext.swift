import DiglotEdition

/// The article's pieces as template values: one language's front matter, the notes with their backlinks,
/// a bibliography; the HTML of the author's text is written by `BlockRenderer`.
struct ArticleContext {
    let edition: Edition
    let renderer: BlockRenderer
    let strings: UIStrings.Language

    func frontMatter(_ matter: FrontMatter) -> [String: Any] {
        var context: [String: Any] = ["lang": matter.language]
        if let title = matter.title { context["title_html"] = renderer.render(title.inlines) }
        context["authors"] = matter.authors.enumerated().map { index, author -> [String: Any] in
            var a: [String: Any] = ["name_html": renderer.render(author.name.inlines), "pair": "author-\(index + 1)"]
            if let affiliation = author.affiliation {
                a["affiliation_html"] = Self.linkingIdentifiers(renderer.render(affiliation.inlines), of: author)
                a["affiliation_pair"] = "affiliation-\(index + 1)"
            }
            return a
        }
        if let received = matter.received {
            context["received_html"] = renderer.render(received.inlines)
            context["received_label"] = strings["received"]
        }
        context["abstract"] = matter.abstract.enumerated().map { index, field in
            ["html": renderer.render(field.inlines), "pair": "abstract-\(index + 1)"]
        }
        context["has_abstract"] = !matter.abstract.isEmpty
        context["keywords"] = matter.keywords
        context["has_keywords"] = !matter.keywords.isEmpty
        if let citation = matter.citation { context["citation_html"] = renderer.render(citation.inlines) }
        if let funding = matter.funding { context["funding_html"] = renderer.render(funding.inlines) }
        if let copyright = matter.copyright { context["copyright"] = copyright.text }
        if !matter.unrecognised.isEmpty { context["unrecognised_html"] = renderer.render(matter.unrecognised) }
        return context
    }

    /// The printed affiliation with its ORCID and e-mail made links, so they are not printed a second time.
    static func linkingIdentifiers(_ html: String, of author: Author) -> String {
        var linked = html
        if let orcid = author.orcid {
            linked = linked.replacingOccurrences(of: orcid, with: "<a href=\"https://orcid.org/\(orcid)\">\(orcid)</a>")
        }
        if let email = author.email {
            let escaped = HTML.escape(email)
            linked = linked.replacingOccurrences(of: escaped, with: "<a href=\"mailto:\(escaped)\">\(escaped)</a>")
        }
        return linked
    }

    /// The notes in order, each with one backlink per call.
    func notes(callsOn callPage: String = "") -> [[String: Any]] {
        edition.notes.notes.map { note in
            let backlinks = note.callAnchors.enumerated().map { index, anchor -> [String: Any] in
                [
                    "href": callPage + "#" + anchor,
                    "label": note.callAnchors.count > 1 ? String(UnicodeScalar(UInt8(97 + min(index, 25)))) : "↩",
                    "aria_label": strings.format("back_to_call", note.label, String(index + 1)),
                ]
            }
            return ["id": note.id, "label": note.label, "html": renderer.render(note.blocks), "backlinks": backlinks,
                    "sources": sourceLinks(note.id)]
        }
    }

    /// Links from a citing place to the citation index entries of the sources it cites.
    func sourceLinks(_ anchor: String) -> [[String: Any]] {
        edition.citations.sources(atAnchor: anchor).map { source in
            ["href": SitePaths.sources + "#" + source.id, "label": strings.format("source_link", String(source.number))]
        }
    }

    func bibliography(_ bibliography: Bibliography?, idPrefix: String) -> [String: Any]? {
        guard let bibliography else { return nil }
        return [
            "heading_html": renderer.render(bibliography.heading.inlines),
            "lang": bibliography.language,
            "id": idPrefix,
            "entries": bibliography.entries.map { entry -> [String: Any] in
                let id = bibliography.language == edition.primaryLanguage
                    ? Anchors.bibliographyEntry(entry.number) : Anchors.translatedBibliographyEntry(entry.number)
                return [
                    "id": id, "number": entry.number, "html": renderer.render(entry.inlines), "sources": sourceLinks(id),
                ]
            },
        ]
    }
}
