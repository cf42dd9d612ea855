/// Where an edition's files are; read one edition at a time, so memory does not grow with the archive.
public struct EditionLocation: Sendable, Equatable {
    public var slug: String
    public var folder: String

    public init(slug: String, folder: String) {
        self.slug = slug
        self.folder = folder
    }
}

/// The files of one edition, decoded.
public struct EditionSource: Sendable {
    public var slug: String
    public var article: SourceFile
    public var edition: SourceFile?
    public var annotations: SourceFile?
}

/// Finds the editions under `content/` and reads the site configuration.
public struct ContentLoader: Sendable {
    public let fileSystem: any FileSystem
    public let contentPath: String

    public init(fileSystem: any FileSystem, contentPath: String) {
        self.fileSystem = fileSystem
        self.contentPath = contentPath.hasSuffix("/") ? String(contentPath.dropLast()) : contentPath
    }

    /// The site configuration and the editions, sorted by slug.
    public func discover() -> (SiteConfiguration, [EditionLocation], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard fileSystem.isDirectory(contentPath) else {
            return (SiteConfiguration(), [], [Diagnostic(.error, "the content folder does not exist", file: contentPath, stage: .load)])
        }
        var site = SiteConfiguration()
        let siteFile = contentPath + "/site.yaml"
        if fileSystem.fileExists(siteFile) {
            switch readText(siteFile) {
            case .success(let file):
                let (config, problems) = SiteConfiguration.read(file)
                site = config
                diagnostics += problems
            case .failure(let problem):
                diagnostics.append(problem)
            }
        }
        let names = (try? fileSystem.contentsOfDirectory(contentPath)) ?? []
        var locations: [EditionLocation] = []
        for name in names where !name.hasPrefix(".") && fileSystem.isDirectory(contentPath + "/" + name) {
            let folder = contentPath + "/" + name
            guard Self.isValidSlug(name) else {
                diagnostics.append(Diagnostic(
                    .error, "'\(name)' cannot be an edition's address: use lower-case Latin letters, digits and hyphens",
                    file: folder, stage: .load))
                continue
            }
            guard !Self.reservedSlugs.contains(name) else {
                diagnostics.append(Diagnostic(
                    .error, "'\(name)' cannot be an edition's address: the site's own files live at \(name)/", file: folder, stage: .load))
                continue
            }
            guard fileSystem.fileExists(folder + "/article.md") else {
                diagnostics.append(Diagnostic(.error, "the edition folder has no article.md", file: folder + "/article.md", stage: .load))
                continue
            }
            locations.append(EditionLocation(slug: name, folder: folder))
        }
        if locations.isEmpty && !diagnostics.hasErrors {
            diagnostics.append(Diagnostic(.error, "no editions: add a folder with an article.md", file: contentPath, stage: .load))
        }
        return (site, locations, diagnostics)
    }

    public func load(_ location: EditionLocation) -> Result<EditionSource, Diagnostic> {
        let article: SourceFile
        switch readText(location.folder + "/article.md") {
        case .success(let file): article = file
        case .failure(let problem): return .failure(problem)
        }
        func optional(_ name: String) -> Result<SourceFile?, Diagnostic> {
            let path = location.folder + "/" + name
            guard fileSystem.fileExists(path) else { return .success(nil) }
            return readText(path).map { $0 }
        }
        do throws(Diagnostic) {
            let edition = try optional("edition.yaml").get()
            let annotations = try optional("annotations.yaml").get()
            return .success(EditionSource(slug: location.slug, article: article, edition: edition, annotations: annotations))
        } catch {
            return .failure(error)
        }
    }

    private func readText(_ path: String) -> Result<SourceFile, Diagnostic> {
        do {
            return SourceFile.decode(path: path, bytes: try fileSystem.readBytes(path))
        } catch {
            return .failure(Diagnostic(.error, "cannot be read", file: path, stage: .load))
        }
    }

    /// Folders of the output that the site itself fills (`assets/` from the templates).
    static let reservedSlugs: Set<String> = ["assets"]

    /// Slugs become folder names in the output and parts of URLs: ASCII, lower case, no dots or slashes, so no two
    /// sources can map to one output path and none can climb out of it.
    public static func isValidSlug(_ slug: String) -> Bool {
        guard let first = slug.unicodeScalars.first, ("a"..."z").contains(first) || ("0"..."9").contains(first) else { return false }
        return slug.count <= 100 && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
