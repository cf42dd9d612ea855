import DiglotEdition

extension EditionPages {
    /// The citation data: CSL-JSON (the master), BibLaTeX and RIS for the whole index, for each source, and
    /// for the article itself ("cite this article").
    func exportFiles() -> [OutputFile] {
        let sources = edition.citations.sources
        let exports = exportCache?.files(sources, edition: edition.slug) ?? CitationExports.files(sources)
        var files = [
            OutputFile(path: path("sources.json"), text: exports.index.cslJSON),
            OutputFile(path: path("sources.bib"), text: exports.index.bibLaTeX),
            OutputFile(path: path("sources.ris"), text: exports.index.ris),
            OutputFile(path: path("cite/article.json"), text: CitationExports.articleCSLJSON(edition)),
            OutputFile(path: path("cite/article.bib"), text: CitationExports.articleBibLaTeX(edition)),
            OutputFile(path: path("cite/article.ris"), text: CitationExports.articleRIS(edition)),
        ]
        for (source, formats) in zip(sources, exports.each) {
            files.append(OutputFile(path: path("sources/\(source.id).json"), text: formats.cslJSON))
            files.append(OutputFile(path: path("sources/\(source.id).bib"), text: formats.bibLaTeX))
            files.append(OutputFile(path: path("sources/\(source.id).ris"), text: formats.ris))
        }
        return files
    }
}
