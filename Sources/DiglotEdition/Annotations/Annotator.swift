/// The «annotate» stage: adds the editorial layer to the edition without touching the author's text. Glossed
/// terms are marked at their first use in each section (the abstract, each part of the body between headings
/// or section breaks, the notes, the bibliography) and every use is recorded for the glossary; editorial notes
/// and corrections land where their quotation stands. A quotation found nowhere is an error at its line in
/// `annotations.yaml`; one found in several places applies to the first and is reported.
public struct Annotator {
    let annotations: Annotations
    private let terms: TextMatcher
    private let quotations: [String: TextMatcher]

    public init(annotations: Annotations) {
        self.annotations = annotations
        terms = TextMatcher(annotations.glosses.enumerated().flatMap { index, gloss in gloss.forms.map { ($0, index) } },
                            boundaries: .wholeWords)
        let quoted = annotations.corrections.map { ($0.id, $0.quote) } + annotations.notes.map { ($0.id, $0.quote) }
        quotations = Dictionary(quoted.map { ($0.0, TextMatcher([($0.1, 0)], boundaries: .anywhere)) }, uniquingKeysWith: { a, _ in a })
    }

    struct State {
        var uses = AnnotationUses()
        var glossedInSection: Set<String> = []
        var matchCounts: [String: Int] = [:]
        var occurrence = 0
    }

    public func annotate(_ edition: Edition) -> (Edition, AnnotationUses, [Diagnostic]) {
        var edition = edition
        var state = State()

        for index in edition.sections.primary.abstract.indices {
            let place = AnnotationPlace(kind: .abstract, number: String(index + 1), anchor: "abstract-\(index + 1)")
            edition.sections.primary.abstract[index].inlines = annotate(edition.sections.primary.abstract[index].inlines, at: place, glosses: true, &state)
        }
        for index in edition.sections.primary.authors.indices {
            guard let affiliation = edition.sections.primary.authors[index].affiliation else { continue }
            let place = AnnotationPlace(kind: .frontMatter, number: "affiliation", anchor: "affiliation-\(index + 1)")
            edition.sections.primary.authors[index].affiliation?.inlines = annotate(affiliation.inlines, at: place, glosses: true, &state)
        }
        if let funding = edition.sections.primary.funding {
            let place = AnnotationPlace(kind: .frontMatter, number: "funding", anchor: "funding")
            edition.sections.primary.funding?.inlines = annotate(funding.inlines, at: place, glosses: true, &state)
        }
        state.glossedInSection = []
        var paragraph = 0
        edition.sections.body = edition.sections.body.map { block in
            switch block.kind {
            case .heading, .sectionBreak:
                state.glossedInSection = []
                return block
            case .paragraph:
                paragraph += 1
                let place = AnnotationPlace(kind: .paragraph, number: String(paragraph), anchor: ParagraphAnchors.paragraph(paragraph))
                return rewrite(block, at: place, glosses: true, &state)
            case .figure(var figure):
                let place = AnnotationPlace(kind: figure.kind == .table ? .table : .figure, number: figure.number, anchor: figure.anchor)
                for index in figure.captions.indices {
                    let isPrimary = figure.captions[index].language == edition.primaryLanguage
                    figure.captions[index].inlines = annotate(figure.captions[index].inlines, at: place, glosses: isPrimary, &state)
                }
                if let table = figure.table, case .table(let annotated) = rewrite(Block(.table(table), range: block.range), at: place, glosses: true, &state).kind {
                    figure.table = annotated
                }
                if var source = figure.source {
                    source.inlines = annotate(source.inlines, at: place, glosses: false, &state)
                    figure.source = source
                }
                return Block(.figure(figure), range: block.range)
            default:
                let place = AnnotationPlace(kind: .paragraph, number: String(max(paragraph, 1)), anchor: ParagraphAnchors.paragraph(max(paragraph, 1)))
                return rewrite(block, at: place, glosses: true, &state)
            }
        }
        state.glossedInSection = []
        for index in edition.notes.notes.indices {
            let note = edition.notes.notes[index]
            let place = AnnotationPlace(kind: .note, number: note.label, anchor: note.id)
            edition.notes.notes[index].blocks = note.blocks.map { rewrite($0, at: place, glosses: true, &state) }
        }
        state.glossedInSection = []
        rewrite(&edition.sections.primaryBibliography, kind: .bibliography, anchor: Anchors.bibliographyEntry, glosses: true, &state)
        rewrite(&edition.sections.translationBibliography, kind: .translatedBibliography, anchor: Anchors.translatedBibliographyEntry, glosses: false, &state)
        if var translation = edition.sections.translation {
            let place = AnnotationPlace(kind: .translation, number: "", anchor: "main")
            for index in translation.abstract.indices {
                translation.abstract[index].inlines = annotate(translation.abstract[index].inlines, at: place, glosses: false, &state)
            }
            edition.sections.translation = translation
        }
        return (edition, state.uses, diagnostics(state))
    }

    private func rewrite(_ bibliography: inout Bibliography?, kind: AnnotationPlace.Kind, anchor: (Int) -> String,
                         glosses: Bool, _ state: inout State) {
        guard var list = bibliography else { return }
        for index in list.entries.indices {
            let entry = list.entries[index]
            let place = AnnotationPlace(kind: kind, number: String(entry.number), anchor: anchor(entry.number))
            list.entries[index].blocks = entry.blocks.map { rewrite($0, at: place, glosses: glosses, &state) }
        }
        bibliography = list
    }

    private func rewrite(_ block: Block, at place: AnnotationPlace, glosses: Bool, _ state: inout State) -> Block {
        var copy = block
        switch block.kind {
        case .paragraph(let inlines): copy.kind = .paragraph(annotate(inlines, at: place, glosses: glosses, &state))
        case .list(let start, let tight, let items):
            copy.kind = .list(start: start, tight: tight, items: items.map { $0.map { rewrite($0, at: place, glosses: glosses, &state) } })
        case .quote(let blocks): copy.kind = .quote(blocks.map { rewrite($0, at: place, glosses: glosses, &state) })
        case .table(var table):
            table.header = table.header.map { annotate($0, at: place, glosses: glosses, &state) }
            table.rows = table.rows.map { $0.map { annotate($0, at: place, glosses: glosses, &state) } }
            copy.kind = .table(table)
        default: break
        }
        return copy
    }

    /// Corrections first (they replace printed text, link texts included), then editorial notes and glosses on
    /// text outside links and code, so that no mark the editor adds ever nests a link inside a link.
    func annotate(_ inlines: [Inline], at place: AnnotationPlace, glosses: Bool, _ state: inout State) -> [Inline] {
        var result = inlines
        // Every text a quotation is looked for in lies whole in the place's plain text (a correction only cuts
        // texts into parts), so a quotation absent from it is not looked for, text by text, at all.
        let text = inlines.plainText
        // A pass that looks for nothing only merges the texts, which a pass before it over as much of the inlines
        // (links included, or not) has already done: it is left out.
        var merged: Merged = .nothing
        for correction in annotations.corrections where correction.place?.admits(place) ?? true {
            let searching = text.containsLiteral(correction.quote)
            guard searching || !merged.covers(intoLinks: true) else { continue }
            let before = state.matchCounts[correction.id] ?? 0
            result = replacing(correction.quote, in: result, id: correction.id, intoLinks: true,
                               searching: searching, counts: &state.matchCounts) { matched in
                [.correction(id: correction.id, original: matched, corrected: correction.corrected)]
            }
            merged = .includingLinks
            if before == 0, state.matchCounts[correction.id] ?? 0 > 0 { state.uses.correctionPlaces[correction.id] = place }
        }
        for note in annotations.notes where note.place?.admits(place) ?? true {
            let searching = text.containsLiteral(note.quote)
            guard searching || !merged.covers(intoLinks: false) else { continue }
            let before = state.matchCounts[note.id] ?? 0
            result = replacing(note.quote, in: result, id: note.id, intoLinks: false, searching: searching,
                               counts: &state.matchCounts) { matched in
                [.editorialNote(noteID: note.id, [.text(matched)])]
            }
            if merged == .nothing { merged = .outsideLinks }
            if before == 0, state.matchCounts[note.id] ?? 0 > 0 { state.uses.notePlaces[note.id] = place }
        }
        if glosses { result = glossing(result, at: place, &state) }
        return result
    }

    /// How much of a place's inlines the passes so far have left with their texts merged.
    private enum Merged {
        case nothing, outsideLinks, includingLinks

        func covers(intoLinks: Bool) -> Bool {
            self == .includingLinks || (self == .outsideLinks && !intoLinks)
        }
    }

    /// Replaces the first occurrence of the quotation (counting every occurrence for the ambiguity report). Without
    /// `searching` nothing is looked for, but the inlines are merged as a search would leave them.
    private func replacing(_ quote: String, in inlines: [Inline], id: String, intoLinks: Bool, searching: Bool,
                           counts: inout [String: Int], _ make: (String) -> [Inline]) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                let matches = searching ? quotations[id]?.matches(in: text) ?? [] : []
                counts[id, default: 0] += matches.count
                guard let first = matches.first, counts[id] == matches.count else {
                    out.append(inline)
                    continue
                }
                out.append(.text(TextMatcher.slice(text, 0..<first.range.lowerBound)))
                out += make(TextMatcher.slice(text, first.range))
                out.append(.text(TextMatcher.slice(text, first.range.upperBound..<text.utf8.count)))
            case .emphasis(let c): out.append(.emphasis(replacing(quote, in: c, id: id, intoLinks: intoLinks, searching: searching, counts: &counts, make)))
            case .strong(let c): out.append(.strong(replacing(quote, in: c, id: id, intoLinks: intoLinks, searching: searching, counts: &counts, make)))
            case .link(let destination, let title, let c) where intoLinks:
                out.append(.link(destination: destination, title: title, replacing(quote, in: c, id: id, intoLinks: intoLinks, searching: searching, counts: &counts, make)))
            case .healed(let healedID, let c) where intoLinks:
                out.append(.healed(id: healedID, replacing(quote, in: c, id: id, intoLinks: intoLinks, searching: searching, counts: &counts, make)))
            default: out.append(inline)
            }
        }
        return BlockConverter.mergingText(out.filter { $0 != .text("") })
    }

    private func glossing(_ inlines: [Inline], at place: AnnotationPlace, _ state: inout State) -> [Inline] {
        var out: [Inline] = []
        for inline in inlines {
            switch inline {
            case .text(let text): out += gloss(text, at: place, &state)
            case .emphasis(let c): out.append(.emphasis(glossing(c, at: place, &state)))
            case .strong(let c): out.append(.strong(glossing(c, at: place, &state)))
            case .editorialNote(let id, let c): out.append(.editorialNote(noteID: id, glossing(c, at: place, &state)))
            default: out.append(inline)
            }
        }
        return out
    }

    private func gloss(_ text: String, at place: AnnotationPlace, _ state: inout State) -> [Inline] {
        let matches = terms.matches(in: text)
        guard !matches.isEmpty else { return [.text(text)] }
        var out: [Inline] = []
        var position = 0
        for match in matches {
            let gloss = annotations.glosses[match.key]
            var uses = state.uses.glossUses[gloss.id, default: []]
            if uses.last != place { uses.append(place) }
            state.uses.glossUses[gloss.id] = uses
            out.append(.text(TextMatcher.slice(text, position..<match.range.lowerBound)))
            let word = TextMatcher.slice(text, match.range)
            if state.glossedInSection.insert(gloss.id).inserted {
                state.occurrence += 1
                out.append(.gloss(glossID: gloss.id, occurrenceID: "\(gloss.id)-\(state.occurrence)", [.text(word)]))
            } else {
                out.append(.text(word))
            }
            position = match.range.upperBound
        }
        out.append(.text(TextMatcher.slice(text, position..<text.utf8.count)))
        return BlockConverter.mergingText(out.filter { $0 != .text("") })
    }

    private func diagnostics(_ state: State) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let quoted = annotations.notes.map { ($0.id, $0.quote, $0.location, "editorial note") }
            + annotations.corrections.map { ($0.id, $0.quote, $0.location, "correction") }
        for (id, quote, location, kind) in quoted {
            let count = state.matchCounts[id] ?? 0
            if count == 0 {
                diagnostics.append(.error("the \(kind)'s quotation «\(quote)» is not in the text (any more); quote the passage exactly as it stands",
                                          at: location, stage: .annotations))
            } else if count > 1 {
                diagnostics.append(.warning("the \(kind)'s quotation «\(quote)» stands in \(count) places; it applies to the first, quote more words to choose another",
                                            at: location, stage: .annotations))
            }
        }
        for gloss in annotations.glosses where state.uses.glossUses[gloss.id] == nil {
            diagnostics.append(.warning("the glossed term «\(gloss.term)» does not occur in the text", at: gloss.location, stage: .annotations))
        }
        return diagnostics
    }
}
