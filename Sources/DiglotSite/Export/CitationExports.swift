import DiglotEdition

/// The citation exports the site offers: the whole citation index, one entry (the same functions called with
/// one source), and the article itself. Every format is written from the CSL record of a source, so that the
/// three say the same.
public enum CitationExports {
    public static func cslJSON(_ sources: [CitedSource]) -> String {
        CSLJSONWriter.write(sources.map(CSLRecord.init(source:)))
    }

    public static func bibLaTeX(_ sources: [CitedSource]) -> String {
        BibLaTeXWriter.write(sources.map(CSLRecord.init(source:)))
    }

    public static func ris(_ sources: [CitedSource]) -> String {
        RISWriter.write(sources.map(CSLRecord.init(source:)))
    }

    /// One record in an array, as CSL-JSON files always hold.
    public static func articleCSLJSON(_ edition: Edition) -> String {
        CSLJSONWriter.write([CSLRecord(article: edition)])
    }

    public static func articleBibLaTeX(_ edition: Edition) -> String {
        BibLaTeXWriter.write([CSLRecord(article: edition)])
    }

    public static func articleRIS(_ edition: Edition) -> String {
        RISWriter.write([CSLRecord(article: edition)])
    }
}
