import Foundation
import DiglotEdition

/// The words of the interface in each language, from `templates/strings.yaml`, so editors change them
/// without recompiling.
public struct UIStrings: Sendable {
    public struct Language: Sendable {
        public let code: String
        public let values: [String: String]

        /// The string for `key`; a key missing from the file shows as itself, which a reader notices.
        public subscript(key: String) -> String { values[key] ?? key }

        /// The string for `key` with `%1`, `%2`, … replaced by the arguments.
        public func format(_ key: String, _ arguments: String...) -> String {
            var text = self[key]
            for (index, argument) in arguments.enumerated() {
                text = text.replacingOccurrences(of: "%\(index + 1)", with: argument)
            }
            return text
        }
    }

    public let languages: [String: Language]

    public func language(_ code: String) -> Language {
        languages[code] ?? languages.values.sorted { $0.code < $1.code }.first ?? Language(code: code, values: [:])
    }

    /// Reads the file; every language must define the same keys, or the missing ones are reported.
    public static func read(_ file: SourceFile) -> (UIStrings, [Diagnostic]) {
        let (yaml, syntax) = YAMLFile.parse(file, stage: .templates)
        var languages: [String: Language] = [:]
        var diagnostics = syntax
        var locations: [String: SourceLocation] = [:]
        for (code, location, table) in yaml.root?.entries ?? [] {
            var values: [String: String] = [:]
            for (key, keyLocation, value) in table.entries ?? [] {
                values[key] = value.string ?? ""
                locations[key] = locations[key] ?? keyLocation
            }
            if table.entries == nil {
                diagnostics.append(.error("'\(code)' must map string names to texts", at: location, stage: .templates))
            }
            languages[code] = Language(code: code, values: values)
        }
        let allKeys = Set(languages.values.flatMap(\.values.keys))
        for language in languages.values.sorted(by: { $0.code < $1.code }) {
            for key in allKeys.subtracting(language.values.keys).sorted() {
                diagnostics.append(.error("string '\(key)' has no '\(language.code)' text", at: locations[key]!, stage: .templates))
            }
        }
        return (UIStrings(languages: languages), diagnostics)
    }
}
