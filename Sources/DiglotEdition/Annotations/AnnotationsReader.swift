/// Reads `annotations.yaml`; every problem is reported at its line in that file.
public enum AnnotationsReader {
    public static func read(_ file: SourceFile) -> (Annotations, [Diagnostic]) {
        let (yaml, syntax) = YAMLFile.parse(file, stage: .annotations)
        var annotations = Annotations()
        guard let root = yaml.root else { return (annotations, syntax) }
        var diagnostics = syntax + root.unknownKeys(allowed: ["glosses", "notes", "corrections"], stage: .annotations)
        for (index, item) in (root["glosses"]?.sequence ?? []).enumerated() {
            diagnostics += item.unknownKeys(allowed: ["term", "forms", "expansion", "english", "note"], stage: .annotations)
            guard let term = item["term"]?.string, !term.isEmpty else {
                diagnostics.append(.error("a gloss needs a term", at: item.location, stage: .annotations))
                continue
            }
            let forms = [term] + (item["forms"]?.strings ?? []).filter { $0 != term }
            annotations.glosses.append(Annotations.Gloss(
                id: "gl-\(index + 1)", term: term, forms: forms, expansion: item["expansion"]?.string,
                english: item["english"]?.string, note: item["note"]?.string, location: item.location))
        }
        for (index, item) in (root["notes"]?.sequence ?? []).enumerated() {
            diagnostics += item.unknownKeys(allowed: ["quote", "note", "place"], stage: .annotations)
            guard let quote = item["quote"]?.string, !quote.isEmpty, let text = item["note"]?.string else {
                diagnostics.append(.error("an editorial note needs a quote and a note", at: item.location, stage: .annotations))
                continue
            }
            annotations.notes.append(Annotations.Note(
                id: "ed-note-\(index + 1)", quote: quote, place: place(item, &diagnostics), text: text,
                location: item["quote"]?.location ?? item.location))
        }
        for (index, item) in (root["corrections"]?.sequence ?? []).enumerated() {
            diagnostics += item.unknownKeys(allowed: ["quote", "correction", "reason", "place"], stage: .annotations)
            guard let quote = item["quote"]?.string, !quote.isEmpty, let corrected = item["correction"]?.string,
                  let reason = item["reason"]?.string else {
                diagnostics.append(.error("a correction needs a quote, a correction and a reason", at: item.location, stage: .annotations))
                continue
            }
            annotations.corrections.append(Annotations.Correction(
                id: "cor-\(index + 1)", quote: quote, place: place(item, &diagnostics), corrected: corrected, reason: reason,
                location: item["quote"]?.location ?? item.location))
        }
        return (annotations, diagnostics)
    }

    private static func place(_ item: YAMLValue, _ diagnostics: inout [Diagnostic]) -> Annotations.PlaceFilter? {
        guard let value = item["place"] else { return nil }
        if let filter = value.string.flatMap(Annotations.PlaceFilter.init) { return filter }
        diagnostics.append(.error("place must name a kind and a number: note 31, bibliography 10, references 10, figure 1, paragraph 12 or abstract 2",
                                  at: value.location, stage: .annotations))
        return nil
    }
}
