import DiglotEdition

extension EditionPages {
    /// Every change the edition made to the version of record, in source order, each with the original as
    /// printed, the result, and links to both places; then the editor's corrections and the consistency report.
    func apparatusPage() -> Page {
        let s = strings(primary)
        let frame = frame(page: SitePaths.apparatus, language: primary, title: s["apparatus_title"] + " — " + edition.title,
                          bodyClass: "page-apparatus")
        let entries = edition.interventions.enumerated().map { index, intervention -> TemplateValues in
            let lines = intervention.range.start.line == intervention.range.end.line
                ? "\(intervention.range.start.line)" : "\(intervention.range.start.line)–\(intervention.range.end.line)"
            var entry: TemplateValues = [
                "number": .number(index + 1), "id": .text(intervention.id), "kind": .text(intervention.kind.rawValue),
                "kind_label": .text(s["intervention_\(intervention.kind.rawValue)"]), "lines": .text(lines),
                "source_href": .text(SitePaths.versionOfRecord + "#L\(intervention.range.start.line)"),
                "original": .maps(intervention.original.map {
                    ["text": .text($0.text), "line": .number($0.line), "href": .text(SitePaths.versionOfRecord + "#L\($0.line)")]
                }),
                "result": .text(intervention.result),
            ]
            if !intervention.notes.isEmpty { entry["notes"] = .text(s.format("notes_list", Self.spans(intervention.notes))) }
            if let target = place(of: intervention) { entry["edition_href"] = .text(target) }
            return entry
        }
        let counts = Intervention.Kind.allCases.compactMap { kind -> TemplateValues? in
            let n = edition.interventions.filter { $0.kind == kind }.count
            return n == 0 ? nil : ["kind_label": .text(s["intervention_\(kind.rawValue)"]), "count": .number(n)]
        }
        let corrections = edition.annotations.corrections.map { correction -> TemplateValues in
            var entry: TemplateValues = ["id": .text(correction.id), "quote": .text(correction.quote),
                                         "corrected": .text(correction.corrected), "reason": .text(correction.reason)]
            if let place = edition.annotationUses.correctionPlaces[correction.id] {
                entry["place_label"] = .text(label(of: place, s))
                entry["edition_href"] = .text(href(of: place).replacingAll(place.anchor, with: correction.id))
            }
            return entry
        }
        return output(SitePaths.apparatus, template: "apparatus", frame: frame, [
            "interventions": .maps(entries), "intervention_counts": .maps(counts), "total": .number(entries.count),
            "report": .map(consistency(s)), "corrections": .maps(corrections), "has_corrections": .bool(!corrections.isEmpty),
        ])
    }

    /// Where in the edition an intervention can be seen: its mark in the text, or the first moved note.
    private func place(of intervention: Intervention) -> String? {
        switch intervention.kind {
        case .notesMoved, .noteContinuationJoined, .noteRenumbered:
            intervention.notes.first.map { SitePaths.text + "#" + NoteResolver.noteID($0) }
        case .figureSourceJoined, .figureMoved:
            edition.sections.body.lazy.compactMap { block -> String? in
                guard case .figure(let figure) = block.kind, block.range.start <= intervention.range.start,
                      intervention.range.start <= block.range.end else { return nil }
                return SitePaths.text + "#" + figure.anchor
            }.first
        case .linkTextUnescaped:
            intervention.range.start.line > (edition.sections.translation?.title?.range.start.line ?? Int.max)
                ? SitePaths.english + "#" + intervention.id : SitePaths.text + "#" + intervention.id
        default:
            SitePaths.text + "#" + intervention.id
        }
    }

    /// Note labels as ranges where they run on: 1–4, 9, 11.
    static func spans(_ labels: [String]) -> String {
        var parts: [String] = []
        var run: [Int] = []
        func flush() {
            guard let first = run.first, let last = run.last else { return }
            parts.append(first == last ? "\(first)" : "\(first)–\(last)")
            run = []
        }
        for label in labels {
            guard let number = Int(label) else { flush(); parts.append(label); continue }
            if let last = run.last, number != last + 1 { flush() }
            run.append(number)
        }
        flush()
        return parts.joined(separator: ", ")
    }
}
