/// The parsed fields a citation-index entry shows, each labelled by the interface string `field_<name>`;
/// the fields whose values can differ between strings of one source (`url`, `doi`, `accessed`) are among them.
enum SourceField: String, CaseIterable {
    case authors, container, publisher, issued, volume, issue, pages, doi, url, accessed, language
}
