import DiglotEdition

extension EditionPages {
    /// The glossary: each glossed term with its expansion, English equivalent, note and every place of use.
    func glossaryPage() -> OutputFile {
        let s = strings(primary)
        let frame = frame(page: SitePaths.glossary, language: primary, title: s["glossary_title"] + " — " + edition.title,
                          bodyClass: "page-glossary")
        let glosses = edition.annotations.glosses.sorted(by: Self.glossaryOrder).map { gloss -> [String: Any] in
            var entry = glossContext(gloss)
            let uses = edition.annotationUses.glossUses[gloss.id] ?? []
            entry["uses"] = uses.map { ["href": href(of: $0), "label": label(of: $0, s)] }
            entry["use_count"] = uses.count
            return entry
        }
        return output(SitePaths.glossary, template: "glossary", frame: frame, [
            "glosses": glosses, "has_glosses": !glosses.isEmpty, "gloss_count": glosses.count,
        ])
    }

    /// Cyrillic terms first, then Latin, each alphabetically: the order a Russian reader looks them up in.
    static func glossaryOrder(_ a: Annotations.Gloss, _ b: Annotations.Gloss) -> Bool {
        func key(_ gloss: Annotations.Gloss) -> (Int, String) {
            let cyrillic = gloss.term.unicodeScalars.first.map { (0x0400...0x04FF).contains($0.value) } ?? false
            return (cyrillic ? 0 : 1, gloss.term.lowercased())
        }
        return key(a) < key(b)
    }

    func glossContext(_ gloss: Annotations.Gloss) -> [String: Any] {
        var entry: [String: Any] = ["id": gloss.id, "term": gloss.term]
        if let expansion = gloss.expansion { entry["expansion"] = expansion }
        if let english = gloss.english { entry["english"] = english }
        if let note = gloss.note { entry["gloss_note"] = note }
        return entry
    }

    /// The definitions a page's script shows on hover and focus; without script the terms link to the glossary.
    func glossStore() -> [[String: Any]] {
        edition.annotations.glosses.map(glossContext)
    }

    /// The editor's notes, each with a link back to the passage it is anchored to.
    func editorialNotes() -> [[String: Any]] {
        edition.annotations.notes.enumerated().map { index, note -> [String: Any] in
            let place = edition.annotationUses.notePlaces[note.id]
            let page = place?.kind == .translation || place?.kind == .translatedBibliography ? SitePaths.english : ""
            return ["id": note.id, "number": index + 1, "text": note.text, "quote": note.quote,
                    "back_href": page + "#" + note.id + "-anchor"]
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
        case .frontMatter: s["use_\(place.number)"]
        case .translation: s["nav_english"]
        }
    }
}
