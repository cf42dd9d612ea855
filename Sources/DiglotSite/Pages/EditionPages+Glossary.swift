import DiglotEdition

extension EditionPages {
    /// The glossary: each glossed term with its expansion, English equivalent, note and every place of use.
    func glossaryPage() -> Page {
        let s = strings(primary)
        let frame = frame(page: SitePaths.glossary, language: primary, title: s["glossary_title"] + " — " + edition.title,
                          bodyClass: "page-glossary")
        let glosses = Self.glossaryOrder(edition.annotations.glosses).map { gloss -> TemplateValues in
            var entry = glossContext(gloss)
            let uses = edition.annotationUses.glossUses[gloss.id] ?? []
            entry["uses"] = .maps(uses.map { ["href": .text(href(of: $0)), "label": .text(label(of: $0, s))] })
            entry["use_count"] = .number(uses.count)
            return entry
        }
        return output(SitePaths.glossary, template: "glossary", frame: frame, [
            "glosses": .maps(glosses), "has_glosses": .bool(!glosses.isEmpty),
        ])
    }

    /// Cyrillic terms first, then Latin, each alphabetically: the order a Russian reader looks them up in.
    static func glossaryOrder(_ glosses: [Annotations.Gloss]) -> [Annotations.Gloss] {
        glosses.map { gloss -> (Int, String, Annotations.Gloss) in
            let cyrillic = gloss.term.unicodeScalars.first.map { (0x0400...0x04FF).contains($0.value) } ?? false
            return (cyrillic ? 0 : 1, gloss.term.lowercased(), gloss)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    func glossContext(_ gloss: Annotations.Gloss) -> TemplateValues {
        var entry: TemplateValues = ["id": .text(gloss.id), "term": .text(gloss.term)]
        entry["expansion"] = .optional(gloss.expansion)
        entry["english"] = .optional(gloss.english)
        entry["gloss_note"] = .optional(gloss.note)
        return entry
    }

    /// The definitions a page's script shows on hover and focus; without script the terms link to the glossary.
    func glossStore() -> [TemplateValues] {
        edition.annotations.glosses.map(glossContext)
    }

    /// The editor's notes, each with a link back to the passage it is anchored to.
    func editorialNotes() -> [TemplateValues] {
        edition.annotations.notes.enumerated().map { index, note -> TemplateValues in
            let place = edition.annotationUses.notePlaces[note.id]
            let page = place?.kind == .translation || place?.kind == .translatedBibliography ? SitePaths.english : ""
            return ["id": .text(note.id), "number": .number(index + 1), "text": .text(note.text), "quote": .text(note.quote),
                    "back_href": .text(page + "#" + note.id + "-anchor")]
        }
    }

    func href(of place: AnnotationPlace) -> String {
        let page = place.kind == .translatedBibliography || place.kind == .translation ? SitePaths.english : SitePaths.text
        return page + "#" + place.anchor
    }

    func label(of place: AnnotationPlace, _ s: UIStrings.Language) -> String {
        switch place.kind {
        case .abstract: s.format("use_abstract", place.number)
        case .paragraph: s.format("use_paragraph", place.number)
        case .note: s.format("place_note", place.number)
        case .bibliography: s.format("place_bibliography", place.number)
        case .translatedBibliography: s.format("place_translatedBibliography", place.number)
        case .figure: s.format("place_figure", place.number)
        case .table: s.format("place_table", place.number)
        case .frontMatter: s["use_\(place.number)"]
        case .translation: s["nav_english"]
        }
    }
}
