import DiglotEdition
import Foundation

/// Checks what Mustache itself forgives: a misspelt name renders as nothing and a missing partial as nothing,
/// so an editor's typo would silently blank part of a page. Every name must be one the pages provide, every
/// partial and parent must exist, and every `t.` string must be in `strings.yaml`.
public struct TemplateLinter {
    let templates: [String: SourceFile]
    let strings: UIStrings

    public init(templates: [String: SourceFile], strings: UIStrings) {
        self.templates = templates
        self.strings = strings
    }

    static let tag = try! NSRegularExpression(pattern: "\\{\\{(\\{?)\\s*([#^/>!<$&=]?)\\s*([^}]*?)\\s*\\}?\\}\\}")

    public func lint() -> [Diagnostic] {
        let stringKeys = Set(strings.languages.values.flatMap(\.values.keys))
        var diagnostics: [Diagnostic] = []
        for (name, file) in templates.sorted(by: { $0.key < $1.key }) {
            var blockNames = Set<String>()
            for line in 1...max(1, file.lineCount) {
                let text = file.lineText(line)
                let range = NSRange(text.startIndex..., in: text)
                for match in Self.tag.matches(in: text, range: range) {
                    guard let sigilRange = Range(match.range(at: 2), in: text), let nameRange = Range(match.range(at: 3), in: text)
                    else { continue }
                    let sigil = String(text[sigilRange])
                    let tagName = String(text[nameRange])
                    let column = text.distance(from: text.startIndex, to: Range(match.range, in: text)!.lowerBound) + 1
                    let location = file.location(line: line, column: column)
                    switch sigil {
                    case "!", "=", "/":
                        continue
                    case ">", "<":
                        if templates[tagName] == nil {
                            diagnostics.append(.error("\(name): no template named '\(tagName)' (partials: \(templates.keys.sorted().joined(separator: ", ")))",
                                                      at: location, stage: .templates))
                        }
                    case "$":
                        blockNames.insert(tagName)
                    default:
                        if let problem = check(tagName, stringKeys: stringKeys) {
                            diagnostics.append(.error(problem, at: location, stage: .templates))
                        }
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
