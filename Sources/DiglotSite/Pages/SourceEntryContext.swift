import DiglotEdition

/// One entry of the citation index as template values: its printed strings, parsed fields, variants,
/// backlinks to every citing place in text order, and its "cite this source" forms.
struct SourceEntryContext {
    let edition: Edition
    let strings: UIStrings.Language

    func context(_ source: CitedSource) -> [String: Any] {
        let reference = source.reference
        var entry: [String: Any] = [
            "id": source.id, "number": source.number, "type": reference.type.rawValue,
            "type_label": strings["type_\(reference.type.rawValue)"],
            "language": reference.language ?? "und", "where": Self.whereCited(source),
            "title": reference.title.map(PrintedReference.plain) ?? PrintedReference.plain(source.citations[0].printed),
            "printed": printedForms(source), "fields": fields(source), "backlinks": backlinks(source),
            "cite_text": PrintedReference.plain(preferredPrinted(source)),
        ]
        if let language = reference.language { entry["title_lang"] = language }
        if let translated = source.translatedTitle { entry["translated_title"] = translated }
        let variants = self.variants(source)
        if !variants.isEmpty { entry["variants"] = variants }
        return entry
    }

    /// notes, bibliography or both: the filter "where cited" reads it.
    static func whereCited(_ source: CitedSource) -> String {
        switch (source.isInNotes, source.isInBibliography) {
        case (true, true): "both"
        case (true, false): "notes"
        default: "bibliography"
        }
    }

    func label(_ place: CitationPlace) -> String {
        let key = "place_\(place.kind.rawValue)"
        return strings.format(key, place.number) + (place.part > 1 ? " (\(place.part))" : "")
    }

    func href(_ place: CitationPlace) -> String {
        (place.kind == .translatedBibliography ? SitePaths.english : SitePaths.text) + "#" + place.anchor
    }

    private func printedForms(_ source: CitedSource) -> [[String: Any]] {
        [edition.primaryLanguage, edition.translationLanguage].flatMap { language in
            source.printedForms(listLanguage: language).map { form -> [String: Any] in
                ["html": PrintedReference.html(form.printed), "list_lang": language,
                 "places": form.places.map(label).joined(separator: ", ")]
            }
        }
    }

    private func backlinks(_ source: CitedSource) -> [[String: Any]] {
        source.places.sorted(by: CitationPlace.inTextOrder).map { ["href": href($0), "label": label($0)] }
    }

    /// The form a reader would cite: the bibliography's if it lists the source, else the first note's.
    func preferredPrinted(_ source: CitedSource) -> String {
        (source.citations.first { $0.place.kind == .bibliography } ?? source.citations[0]).printed
    }

    private func fields(_ source: CitedSource) -> [[String: Any]] {
        let reference = source.reference
        var fields: [[String: Any]] = []
        func add(_ key: String, _ value: String?, link: String? = nil) {
            guard let value, !value.isEmpty else { return }
            var field: [String: Any] = ["label": strings["field_\(key)"], "value": value]
            if let link { field["link"] = link }
            fields.append(field)
        }
        add("authors", reference.authors.map { [$0.family, $0.given].compactMap { $0 }.joined(separator: " ") }.joined(separator: ", "))
        add("container", reference.containerTitle.map(PrintedReference.plain))
        add("publisher", [reference.publisher, reference.publisherPlace].compactMap { $0 }.joined(separator: ", "))
        add("issued", reference.issued.map(Self.date))
        add("volume", reference.volume)
        add("issue", reference.issue)
        add("pages", reference.pages)
        add("doi", reference.doi, link: reference.doi.map { "https://doi.org/" + (SourceIdentity.doi($0) ?? $0) })
        add("url", reference.url, link: reference.url)
        add("accessed", reference.accessed.map(Self.date))
        add("language", reference.language.map { strings["language_\($0)"] })
        return fields
    }

    private func variants(_ source: CitedSource) -> [[String: Any]] {
        source.variants.map { variant in
            [
                "field": strings["field_\(variant.field.lowercased())"],
                "discrepancy": variant.field != "accessed",
                "values": variant.values.map { value -> [String: Any] in
                    ["value": value.value, "places": value.places.map(label).joined(separator: ", ")]
                },
            ]
        }
    }

    static func date(_ date: ReferenceDate) -> String {
        [date.day.map { String(format: "%02d", $0) }, date.month.map { String(format: "%02d", $0) }, String(date.year)]
            .compactMap { $0 }.joined(separator: ".")
    }
}
