import DiglotEdition

/// Checks what Mustache itself forgives: a misspelt name renders as nothing and a missing partial as nothing,
/// so an editor's typo would silently blank part of a page. Every name must be one the pages provide, every
/// partial and parent must exist, and every `t.` string must be in `strings.yaml`.
public struct TemplateLinter {
    let templates: [String: (SourceFile, [TemplateTag])]
    let strings: UIStrings

    init(templates: [String: (SourceFile, [TemplateTag])], strings: UIStrings) {
        self.templates = templates
        self.strings = strings
    }

    public func lint() -> [Diagnostic] {
        let stringKeys = Set(strings.languages.values.flatMap(\.values.keys))
        var diagnostics: [Diagnostic] = []
        for (name, (file, tags)) in templates.sorted(by: { $0.key < $1.key }) {
            for tag in tags {
                let location = file.location(line: tag.line, column: tag.column)
                switch tag.kind {
                case .partial, .parent:
                    if templates[tag.name] == nil {
                        diagnostics.append(.error("\(name): no template named '\(tag.name)' (templates: \(templates.keys.sorted().joined(separator: ", ")))",
                                                  at: location, stage: .templates))
                    }
                case .block:
                    continue
                case .variable, .section, .invertedSection:
                    if let problem = check(tag.name, stringKeys: stringKeys) {
                        diagnostics.append(.error(problem, at: location, stage: .templates))
                    }
                }
            }
        }
        return diagnostics
    }

    private func check(_ name: String, stringKeys: Set<String>) -> String? {
        if name == "." { return nil }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        if first == "t" {
            // An unreadable strings.yaml is reported on its own; naming every string again would bury it.
            guard !stringKeys.isEmpty else { return nil }
            guard parts.count == 2 else { return "'\(name)': interface strings are named t.<name>" }
            return stringKeys.contains(parts[1]) ? nil : "no interface string '\(parts[1])' in strings.yaml"
        }
        return PageVocabulary.names.contains(first) ? nil : "unknown name '\(first)' (a page provides no such value)"
    }
}
