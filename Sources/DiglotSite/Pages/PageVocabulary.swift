/// Every name a page gives its template, at any depth. The template linter checks names against it, so a
/// misspelt name is an error at its line instead of a silently empty spot on the page; VocabularyTests keep this
/// list equal to the names the page builders actually give, and every one of them used by a shipped template.
public enum PageVocabulary {
    public static let names: Set<String> = [
        // The frame of every page (PageFrame).
        "lang", "page_title", "site_title", "root", "body_class", "t", "nav", "has_nav", "alternates", "meta", "properties",
        "language_switch", "canonical", "json_ld", "edition_title", "home", "meta_lang",
        "href", "label", "current", "hreflang", "name", "content", "property",
        // The article's pieces (ArticleContext).
        "front", "title_html", "authors", "name_html", "pair", "affiliation_html", "affiliation_pair",
        "received_html", "received_label", "abstract", "html", "has_abstract", "keywords", "has_keywords", "citation_html",
        "funding_html", "copyright", "unrecognised_html", "notes", "has_notes", "id", "backlinks", "aria_label",
        "bibliography", "heading_html", "entries", "number", "body_html",
        // The landing page.
        "primary_lang", "translation_lang", "translation", "groups", "kind", "label_en", "is_abstract", "rows", "key", "primary_html",
        "translation_html", "how_to_cite", "counts", "interventions", "doi", "doi_url",
        "published", "published_iso",
        // The English page.
        "text_href",
        // The apparatus.
        "kind_label", "lines", "source_href", "original", "text", "line", "result", "edition_href", "intervention_counts",
        "count", "total",
        // The version of record.
        "file_name",
        // The citation index and the consistency report.
        "sources", "filter_groups", "legend", "options", "input_id", "value", "checked", "filter_rules", "attribute", "orders",
        "report", "type", "type_label", "language", "where", "title_lang", "printed", "list_lang", "places",
        "fields", "link", "variants", "discrepancy", "values", "cite_text", "discrepancies", "has_discrepancies",
        "source_href", "source", "field", "repeated", "note_href", "repeats_href", "note", "repeats", "uncited", "outside",
        "unparsed",
        // The editorial layer: glossary, editor's notes, corrections.
        "editorial_notes", "has_editorial_notes", "gloss_store", "glosses", "has_glosses", "term", "expansion",
        "english", "gloss_note", "uses", "use_count", "quote", "back_href", "corrections", "has_corrections", "corrected",
        "reason", "place_label",
        // The site index.
        "editions", "title", "translated_title", "translated_authors", "year", "english_href",
    ]
}
