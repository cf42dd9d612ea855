import DiglotEdition

/// The citation exports the site offers: the whole citation index, one entry (the same functions called with
/// one source), and the article itself. Every format is written from the CSL record of a source, so that the
/// three say the same.
public enum CitationExports {
    /// One file's text in each format.
    public struct Formats: Sendable {
        public var cslJSON: String
        public var bibLaTeX: String
        public var ris: String
    }

    /// The exports of the whole index and of each source.
    public typealias Files = (index: Formats, each: [Formats])

    /// The files of the whole index and of each source, every record written once: the same records make both.
    public static func files(_ sources: [CitedSource]) -> Files {
        files(records: sources.map(CSLRecord.init(source:)))
    }

    static func files(records: [CSLRecord]) -> Files {
        let json = records.map(CSLJSONWriter.item)
        let bib = records.map(BibLaTeXWriter.entry)
        let ris = records.map(RISWriter.record)
        let index = Formats(cslJSON: CSLJSONWriter.array(json), bibLaTeX: BibLaTeXWriter.file(bib), ris: RISWriter.file(ris))
        let each = records.indices.map { Formats(cslJSON: CSLJSONWriter.array([json[$0]]), bibLaTeX: bib[$0], ris: ris[$0]) }
        return (index, each)
    }

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
