import DiglotEdition
import Foundation

/// Where a build reads and writes.
public struct BuildOptions: Sendable {
    public var contentPath: String
    public var templatesPath: String
    public var outputPath: String
    /// Overrides `base_url` of `site.yaml`.
    public var baseURL: String?

    public init(contentPath: String = "content", templatesPath: String = "templates", outputPath: String = "public", baseURL: String? = nil) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.outputPath = outputPath
        self.baseURL = baseURL
    }
}

/// What a build did: its diagnostics, and what it wrote.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var editions: [EditionSummary] = []
    public var fileCount = 0
    public var byteCount = 0
    public var succeeded: Bool { !diagnostics.hasErrors }
}

/// Builds the whole site: templates, then each edition (load, pipeline, pages), then the site-wide pages.
/// Files go to a sink as they are made; nothing of an edition is kept once its pages are written.
public struct SiteBuilder: Sendable {
    public let fileSystem: any FileSystem
    public let options: BuildOptions

    public init(fileSystem: any FileSystem = LocalFileSystem(), options: BuildOptions) {
        self.fileSystem = fileSystem
        self.options = options
    }

    /// What building one edition gave: its summary for the site pages, its diagnostics, what it wrote.
    struct EditionResult: Sendable {
        var summary: EditionSummary?
        var diagnostics: [Diagnostic]
        var fileCount = 0
        var byteCount = 0
    }

    /// What every build starts from: the templates, the site's settings and the editions to build.
    public struct Preparation: Sendable {
        public var templates: TemplateSet?
        public var site: SiteConfiguration
        public var locations: [EditionLocation]
        public var loader: ContentLoader
        public var diagnostics: [Diagnostic]
    }

    public func prepare() -> Preparation {
        ReferenceParser.warmUpInBackground()
        let (templates, templateProblems) = TemplateSet.load(from: options.templatesPath, fileSystem: fileSystem)
        let loader = ContentLoader(fileSystem: fileSystem, contentPath: options.contentPath)
        var (site, locations, contentProblems) = loader.discover()
        if let baseURL = options.baseURL { site.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        var diagnostics = templateProblems + contentProblems
        if let templates {
            for language in [site.profile.primary.language, site.profile.translation.language]
            where templates.strings.languages[language] == nil {
                diagnostics.append(Diagnostic(.error, "no '\(language)' strings: the editions are in \(language), so the interface needs its words",
                                              file: options.templatesPath + "/strings.yaml", stage: .templates))
            }
        }
        return Preparation(templates: templates, site: site, locations: locations, loader: loader, diagnostics: diagnostics)
    }

    public func build(into sink: @escaping @Sendable (OutputFile) throws -> Void) -> BuildReport {
        build(prepare(), into: sink)
    }

    /// Renders everything into `sink`. Editions are built in parallel and written as soon as they are rendered,
    /// so memory holds a few editions, never the archive; an edition with errors is checked but not written,
    /// so all problems of all editions are reported in one run.
    public func build(_ prepared: Preparation, into sink: @escaping @Sendable (OutputFile) throws -> Void) -> BuildReport {
        var report = BuildReport()
        report.diagnostics = prepared.diagnostics
        let (templates, site, loader) = (prepared.templates, prepared.site, prepared.loader)
        let render = templates != nil && !report.diagnostics.hasErrors
        let results = ParallelMap.map(prepared.locations) { location in
            buildEdition(location, loader: loader, site: site, templates: templates, render: render, sink: sink)
        }
        for result in results {
            report.diagnostics += result.diagnostics
            if let summary = result.summary { report.editions.append(summary) }
            report.fileCount += result.fileCount
            report.byteCount += result.byteCount
        }
        guard let templates, !report.diagnostics.hasErrors else { return report }
        var siteFiles = SitePages(editions: report.editions, templates: templates, site: site).render()
        siteFiles += templates.assets.map { OutputFile(path: "assets/" + $0.path, bytes: $0.bytes) }
        var siteResult = EditionResult(diagnostics: [])
        write(siteFiles, into: sink, result: &siteResult)
        report.diagnostics += siteResult.diagnostics
        report.fileCount += siteResult.fileCount
        report.byteCount += siteResult.byteCount
        if site.baseURL == nil {
            report.diagnostics.append(Diagnostic(
                .warning, "no base_url: sitemap.xml and absolute addresses in metadata are left out",
                file: options.contentPath + "/site.yaml", stage: .render))
        }
        return report
    }

    /// One edition through the pipeline and, when it has no errors, its pages, written at once.
    func buildEdition(_ location: EditionLocation, loader: ContentLoader, site: SiteConfiguration, templates: TemplateSet?,
                      render: Bool, cache: EditionCache? = nil, exportCache: ExportCache? = nil,
                      sink: @Sendable (OutputFile) throws -> Void) -> EditionResult {
        let source: EditionSource
        switch loader.load(location) {
        case .success(let loaded): source = loaded
        case .failure(let problem): return EditionResult(summary: nil, diagnostics: [problem])
        }
        let (edition, problems) = EditionBuilder.build(source, site: site, cache: cache)
        var result = EditionResult(summary: EditionSummary(edition), diagnostics: problems)
        guard render, !problems.hasErrors, let templates else { return result }
        var files = EditionPages(edition: edition, templates: templates, site: site, exportCache: exportCache).render()
        files.append(OutputFile(path: SitePaths.editionFile(edition.slug, "article.md"), text: source.article.text))
        write(files, into: sink, result: &result)
        return result
    }

    /// Writes the files; on a build of one edition (a cold build, the preview's rebuild) on both cores. A file
    /// that cannot be written fails the build: the first such, in the files' order, is reported.
    private func write(_ files: [OutputFile], into sink: @Sendable (OutputFile) throws -> Void, result: inout EditionResult) {
        let outputPath = options.outputPath
        let failures = ParallelMap.map(files) { file -> Diagnostic? in
            do {
                try sink(file)
                return nil
            } catch let problem as Diagnostic {
                return problem
            } catch {
                return Diagnostic(.error, "\(error)", file: outputPath, stage: .write)
            }
        }
        if let failure = failures.lazy.compactMap({ $0 }).first {
            result.diagnostics.append(failure)
            return
        }
        result.fileCount += files.count
        result.byteCount += files.reduce(0) { $0 + $1.bytes.count }
    }

    /// Builds into a staging folder and swaps it in place of the output only if the build succeeded.
    public func publish() -> BuildReport {
        publish(prepare())
    }

    public func publish(_ prepared: Preparation) -> BuildReport {
        if let problem = OutputSafety.problem(output: options.outputPath, protecting: [options.contentPath, options.templatesPath]) {
            var report = BuildReport()
            report.diagnostics = [Diagnostic(.error, problem, file: options.outputPath, stage: .write)]
            return report
        }
        let writer: SiteWriter
        do {
            writer = try SiteWriter(output: options.outputPath)
        } catch {
            var report = BuildReport()
            report.diagnostics = [Diagnostic(.error, "cannot prepare the output: \(error)", file: options.outputPath, stage: .write)]
            return report
        }
        var report = build(prepared) { try writer.write($0) }
        guard report.succeeded else {
            writer.abandon()
            return report
        }
        do {
            try writer.commit()
        } catch let problem as Diagnostic {
            writer.abandon()
            report.diagnostics.append(problem)
        } catch {
            writer.abandon()
            report.diagnostics.append(Diagnostic(.error, "\(error)", file: options.outputPath, stage: .write))
        }
        return report
    }
}
