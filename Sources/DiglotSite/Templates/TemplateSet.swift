import DiglotEdition
import Mustache

/// Everything in `templates/`: the Mustache templates by name (`layout`, `partials/notes`), the interface
/// strings, and the static assets copied to `public/assets/`.
public struct TemplateSet: Sendable {
    public let library: MustacheLibrary
    public let sources: [String: SourceFile]
    public let strings: UIStrings
    /// Asset paths relative to `templates/assets/`, with their bytes.
    public let assets: [(path: String, bytes: [UInt8])]

    /// Loads and checks the templates; syntax errors, unknown names and missing partials are diagnostics.
    public static func load(from path: String, fileSystem: any FileSystem) -> (TemplateSet?, [Diagnostic]) {
        guard fileSystem.isDirectory(path) else {
            return (nil, [Diagnostic(.error, "the templates folder does not exist", file: path, stage: .templates)])
        }
        var diagnostics: [Diagnostic] = []
        var library = MustacheLibrary()
        var sources: [String: SourceFile] = [:]
        var assets: [(String, [UInt8])] = []
        for relative in files(under: path, fileSystem: fileSystem) {
            let full = path + "/" + relative
            guard let bytes = try? fileSystem.readBytes(full) else { continue }
            if relative.hasPrefix("assets/") {
                assets.append((String(relative.dropFirst("assets/".count)), bytes))
                continue
            }
            guard relative.hasSuffix(".mustache") else { continue }
            let name = String(relative.dropLast(".mustache".count))
            switch SourceFile.decode(path: full, bytes: bytes) {
            case .failure(let problem):
                diagnostics.append(problem)
            case .success(let file):
                sources[name] = file
                do {
                    library.register(try MustacheTemplate(string: file.text), named: name)
                } catch let error as MustacheTemplate.ParserError {
                    let location = file.location(line: error.context.lineNumber, column: error.context.columnNumber + 1)
                    diagnostics.append(.error("template syntax: \(describe(error.error))", at: location, stage: .templates))
                } catch {
                    diagnostics.append(Diagnostic(.error, "template syntax: \(error)", file: full, stage: .templates))
                }
            }
        }
        var strings = UIStrings(languages: [:])
        let stringsPath = path + "/strings.yaml"
        if let bytes = try? fileSystem.readBytes(stringsPath) {
            switch SourceFile.decode(path: stringsPath, bytes: bytes) {
            case .success(let file):
                let (read, problems) = UIStrings.read(file)
                strings = read
                diagnostics += problems
            case .failure(let problem):
                diagnostics.append(problem)
            }
        } else {
            diagnostics.append(Diagnostic(.error, "the interface strings are missing", file: stringsPath, stage: .templates))
        }
        diagnostics += TemplateLinter(templates: sources, strings: strings).lint()
        let set = TemplateSet(library: library, sources: sources, strings: strings, assets: assets)
        return (diagnostics.hasErrors ? nil : set, diagnostics)
    }

    /// Renders a template; the linter has already made sure the name and every partial exist.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
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

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        return switch error {
        case .sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
        case .unfinishedName: "a tag is not closed"
        case .expectedSectionEnd: "a section is never closed"
        default: "\(error)"
        }
    }
}
