import DiglotEdition

/// Every interface string the page builders look up themselves rather than through a template's `t.` name:
/// the template linter never sees these, so `strings.yaml` is checked against this list instead, and a
/// string an editor deleted is an error at build time, not its bare name on a page.
enum StringVocabulary {
    /// Strings named literally in the page builders; a test keeps this list equal to the names in the code.
    static let named = [
        "apparatus_title", "back_to_call", "correction_hidden", "editorial_mark", "editorial_note", "figure_not_delivered",
        "filter_all", "filter_language", "filter_type", "filter_where", "glossary_title", "how_to_cite", "nav_apparatus",
        "nav_english", "nav_glossary", "nav_landing", "nav_sources", "nav_text", "not_found_title", "note_call", "notes_list",
        "received", "source_link", "sources_title", "use_abstract", "use_paragraph", "version_of_record",
    ]

    /// Strings whose names are made from a value (`type_<type>`), one for every value the code can give; the
    /// `use_` ones name the front-matter places the annotator marks.
    static var composed: [String] {
        Intervention.Kind.allCases.map { "intervention_" + $0.rawValue }
            + Pair.Kind.allCases.map { "pair_" + $0.rawValue }
            + EditionPages.pluralKinds.map { "pair_" + $0.rawValue + "_plural" }
            + ReferenceType.allCases.map { "type_" + $0.rawValue }
            + (ReferenceLanguageDetector.codes.sorted() + ["und"]).map { "language_" + $0 }
            + EditionPages.SourceOrder.allCases.map { "order_" + $0.rawValue }
            + SourceEntryContext.whereValues.map { "where_" + $0 }
            + SourceField.allCases.map { "field_" + $0.rawValue }
            + CitationPlace.Kind.allCases.map { "place_" + $0.rawValue }
            + ["affiliation", "funding"].map { "use_" + $0 }
    }

    static var all: [String] { named + composed }
}
