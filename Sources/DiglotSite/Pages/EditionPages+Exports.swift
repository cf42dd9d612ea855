import DiglotEdition

extension EditionPages {
    /// The citation data: CSL-JSON (the master), BibLaTeX and RIS for the whole index, for each source, and
    /// for the article itself ("cite this article").
    func exportFiles() -> [OutputFile] {
        let sources = edition.citations.sources
        var files = [
            OutputFile(path: path("sources.json"), text: CitationExports.cslJSON(sources)),
            OutputFile(path: path("sources.bib"), text: CitationExports.bibLaTeX(sources)),
            OutputFile(path: path("sources.ris"), text: CitationExports.ris(sources)),
            OutputFile(path: path("cite/article.json"), text: CitationExports.articleCSLJSON(edition)),
            OutputFile(path: path("cite/article.bib"), text: CitationExports.articleBibLaTeX(edition)),
            OutputFile(path: path("cite/article.ris"), text: CitationExports.articleRIS(edition)),
        ]
        for source in sources {
            files.append(OutputFile(path: path("sources/\(source.id).json"), text: CitationExports.cslJSON([source])))
            files.append(OutputFile(path: path("sources/\(source.id).bib"), text: CitationExports.bibLaTeX([source])))
            files.append(OutputFile(path: path("sources/\(source.id).ris"), text: CitationExports.ris([source])))
        }
        return files
    }
}
