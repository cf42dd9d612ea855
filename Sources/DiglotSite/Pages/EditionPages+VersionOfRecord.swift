import DiglotEdition

extension EditionPages {
    /// `article.md` exactly as delivered, one numbered line each, so every intervention can point at its line.
    func versionOfRecordPage() -> OutputFile {
        let s = strings(primary)
        let frame = frame(page: SitePaths.versionOfRecord, language: primary,
                          title: s["version_of_record"] + " — " + edition.title, bodyClass: "page-source")
        let lines = (1...max(1, edition.source.lineCount)).map { number -> [String: Any] in
            ["number": number, "text": edition.source.lineText(number)]
        }
        return output(SitePaths.versionOfRecord, template: "source", frame: frame, ["lines": lines, "file_name": "article.md"])
    }
}
