import DiglotEdition

extension EditionPages {
    /// `article.md` exactly as delivered, one numbered line each, so every intervention can point at its line.
    func versionOfRecordPage() -> Page {
        let s = strings(primary)
        let frame = frame(page: SitePaths.versionOfRecord, language: primary,
                          title: s["version_of_record"] + " — " + edition.title, bodyClass: "page-source")
        let lines = (1...max(1, edition.source.lineCount)).map { number -> TemplateValues in
            ["number": .number(number), "text": .text(edition.source.lineText(number))]
        }
        return output(SitePaths.versionOfRecord, template: "source", frame: frame, ["lines": .maps(lines), "file_name": "article.md"])
    }
}
