import DiglotEdition

/// One entry of the citation index as template values: its printed strings, parsed fields, variants,
/// backlinks to every citing place in text order, and its "cite this source" text.
struct SourceEntryContext {
    let edition: Edition
    let strings: UIStrings.Language

    func context(_ source: CitedSource) -> TemplateValues {
        let reference = source.reference
        var entry: TemplateValues = [
            "id": .text(source.id), "number": .number(source.number), "type": .text(reference.type.rawValue),
            "type_label": .text(strings["type_\(reference.type.rawValue)"]),
            "language": .text(reference.language ?? "und"), "where": .text(Self.whereCited(source)),
            "title": .text(reference.title.map(PrintedReference.plain) ?? PrintedReference.plain(source.citations[0].printed)),
            "printed": .maps(printedForms(source)), "fields": .maps(fields(source)), "backlinks": .maps(backlinks(source)),
            "cite_text": .text(PrintedReference.plain(preferredPrinted(source))),
        ]
        entry["title_lang"] = .optional(reference.language)
        entry["translated_title"] = .optional(source.translatedTitle)
        let variants = self.variants(source)
        if !variants.isEmpty { entry["variants"] = .maps(variants) }
        return entry
    }

    /// The values of `whereCited`, in the order the filter offers them.
    static let whereValues = ["notes", "bibliography", "both"]

    /// notes, bibliography or both: the filter "where cited" reads it.
    static func whereCited(_ source: CitedSource) -> String {
        switch (source.isInNotes, source.isInBibliography) {
        case (true, true): "both"
        case (true, false): "notes"
        default: "bibliography"
        }
    }

    func label(_ place: CitationPlace) -> String {
        strings.format("place_\(place.kind.rawValue)", place.number) + (place.part > 1 ? " (\(place.part))" : "")
    }

    func href(_ place: CitationPlace) -> String {
        (place.kind == .translatedBibliography ? SitePaths.english : SitePaths.text) + "#" + place.anchor
    }

    private func printedForms(_ source: CitedSource) -> [TemplateValues] {
        [edition.primaryLanguage, edition.translationLanguage].flatMap { language in
            source.printedForms(listLanguage: language).map { form -> TemplateValues in
                ["html": .text(PrintedReference.html(form.printed)), "list_lang": .text(language),
                 "places": .text(form.places.map(label).joined(separator: ", "))]
            }
        }
    }

    private func backlinks(_ source: CitedSource) -> [TemplateValues] {
        source.places.sorted(by: CitationPlace.inTextOrder).map { ["href": .text(href($0)), "label": .text(label($0))] }
    }

    /// The form a reader would cite: the bibliography's if it lists the source, else the first note's.
    func preferredPrinted(_ source: CitedSource) -> String {
        (source.citations.first { $0.place.kind == .bibliography } ?? source.citations[0]).printed
    }

    private func fields(_ source: CitedSource) -> [TemplateValues] {
        let reference = source.reference
        var fields: [TemplateValues] = []
        func add(_ key: SourceField, _ value: String?, link: String? = nil) {
            guard let value, !value.isEmpty else { return }
            var field: TemplateValues = ["label": .text(strings["field_\(key.rawValue)"]), "value": .text(value)]
            field["link"] = .optional(link)
            fields.append(field)
        }
        add(.authors, reference.authors.map { [$0.family, $0.given].compactMap { $0 }.joined(separator: " ") }.joined(separator: ", "))
        add(.container, reference.containerTitle.map(PrintedReference.plain))
        add(.publisher, [reference.publisher, reference.publisherPlace].compactMap { $0 }.joined(separator: ", "))
        add(.issued, reference.issued?.dotted)
        add(.volume, reference.volume)
        add(.issue, reference.issue)
        add(.pages, reference.pages)
        add(.doi, reference.doi, link: reference.doi.map { "https://doi.org/" + (SourceIdentity.doi($0) ?? $0) })
        add(.url, reference.url, link: reference.url)
        add(.accessed, reference.accessed?.dotted)
        add(.language, reference.language.map { strings["language_\($0)"] })
        return fields
    }

    private func variants(_ source: CitedSource) -> [TemplateValues] {
        source.variants.map { variant in
            [
                "field": .text(strings["field_\(variant.field.lowercased())"]),
                "discrepancy": .bool(variant.field != "accessed"),
                "values": .maps(variant.values.map { value -> TemplateValues in
                    ["value": .text(value.value), "places": .text(value.places.map(label).joined(separator: ", "))]
                }),
            ]
        }
    }
}
