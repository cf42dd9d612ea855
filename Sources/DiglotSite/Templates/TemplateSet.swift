import DiglotEdition

/// Everything in `templates/`: the Mustache templates by name (`layout`, `partials/notes`), the interface
/// strings, and the static assets copied to `public/assets/`.
public struct TemplateSet: Sendable {
    let renderer: TemplateRenderer
    public let strings: UIStrings
    /// Asset paths relative to `templates/assets/`, with their bytes.
    public let assets: [(path: String, bytes: [UInt8])]

    /// Loads and checks the templates; syntax errors, unknown names and missing partials are diagnostics.
    public static func load(from path: String, fileSystem: any FileSystem) -> (TemplateSet?, [Diagnostic]) {
        guard fileSystem.isDirectory(path) else {
            return (nil, [Diagnostic(.error, "the templates folder does not exist", file: path, stage: .templates)])
        }
        // The templates and the interface strings are read side by side: a cold build waits for both.
        let (read, (strings, stringProblems)) = ParallelMap.both({ templates(under: path, fileSystem: fileSystem) }, {
            Self.strings(at: path + "/strings.yaml", fileSystem: fileSystem)
        })
        var diagnostics = read.diagnostics + stringProblems
        diagnostics += TemplateLinter(templates: read.tags, strings: strings).lint()
        let set = TemplateSet(renderer: TemplateRenderer(templates: read.parsed), strings: strings, assets: read.assets)
        return (diagnostics.hasErrors ? nil : set, diagnostics)
    }

    private struct ReadTemplates: Sendable {
        var parsed: [String: [TemplateNode]] = [:]
        var tags: [String: (SourceFile, [TemplateTag])] = [:]
        var assets: [(String, [UInt8])] = []
        var diagnostics: [Diagnostic] = []
    }

    private static func templates(under path: String, fileSystem: any FileSystem) -> ReadTemplates {
        var read = ReadTemplates()
        for relative in files(under: path, fileSystem: fileSystem) {
            let full = path + "/" + relative
            guard let bytes = try? fileSystem.readBytes(full) else { continue }
            if relative.hasPrefix("assets/") {
                read.assets.append((String(relative.dropFirst("assets/".count)), bytes))
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            let name = String(relative.dropLast(".mustache".count))
            switch SourceFile.decode(path: full, bytes: bytes) {
            case .failure(let problem):
                read.diagnostics.append(problem)
            case .success(let file):
                switch TemplateParser.parse(file.text) {
                case .success(let template):
                    read.parsed[name] = template.nodes
                    read.tags[name] = (file, template.tags)
                case .failure(let failure):
                    read.diagnostics.append(.error("template syntax: \(failure.message)",
                                                   at: file.location(line: failure.line, column: failure.column), stage: .templates))
                }
            }
        }
        return read
    }

    private static func strings(at stringsPath: String, fileSystem: any FileSystem) -> (UIStrings, [Diagnostic]) {
        guard let bytes = try? fileSystem.readBytes(stringsPath) else {
            return (UIStrings(languages: [:]), [Diagnostic(.error, "the interface strings are missing", file: stringsPath, stage: .templates)])
        }
        switch SourceFile.decode(path: stringsPath, bytes: bytes) {
        case .success(let file):
            return UIStrings.read(file, required: StringVocabulary.all)
        case .failure(let problem):
            return (UIStrings(languages: [:]), [problem])
        }
    }

    /// Renders a template; the linter has already made sure the name and every partial exist.
    public func render(_ name: String, _ values: TemplateValues) -> [UInt8] {
        renderer.render(name, values)
    }

    private static func files(under path: String, fileSystem: any FileSystem, prefix: String = "") -> [String] {
        let names = (try? fileSystem.contentsOfDirectory(path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.flatMap { name -> [String] in
            let full = path + "/" + name
            return fileSystem.isDirectory(full)
                ? files(under: full, fileSystem: fileSystem, prefix: prefix + name + "/")
                : [prefix + name]
        }
    }
}
