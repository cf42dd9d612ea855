import Foundation
import DiglotEdition

/// The words of the interface in each language, from `templates/strings.yaml`, so editors change them
/// without recompiling.
public struct UIStrings: Sendable {
    public struct Language: Sendable {
        public let code: String
        public let values: [String: String]
        /// The strings as a template value (`t.name`), made once per language, not once per page.
        public let templateValue: TemplateValue

        public init(code: String, values: [String: String]) {
            self.code = code
            self.values = values
            templateValue = .map(values.mapValues(TemplateValue.text))
        }

        /// The string for `key`; a key missing from the file shows as itself, which a reader notices.
        public subscript(key: String) -> String { values[key] ?? key }

        /// The string for `key` with `%1`, `%2`, … replaced by the arguments; `%` before anything else stays, with
        /// what follows it. In bytes: a page formats one string per note call and per citing place.
        public func format(_ key: String, _ arguments: String...) -> String {
            let template = self[key]
            guard template.containsByte(UInt8(ascii: "%")) else { return template }
            let bytes = Array(template.utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var index = 0
            while index < bytes.count {
                guard bytes[index] == UInt8(ascii: "%"), index + 1 < bytes.count else {
                    out.append(bytes[index])
                    index += 1
                    continue
                }
                let number = Int(bytes[index + 1]) - Int(UInt8(ascii: "0"))
                if number >= 1, number <= min(9, arguments.count) {
                    out.append(contentsOf: arguments[number - 1].utf8)
                } else {
                    out.append(contentsOf: bytes[index...index + 1])
                }
                index += 2
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    public let languages: [String: Language]

    /// The strings of one language; a build whose languages have no table has already stopped with an error.
    public func language(_ code: String) -> Language {
        languages[code] ?? Language(code: code, values: [:])
    }

    /// Reads the file; every language must define the same keys and all of `required`, or the missing ones
    /// are reported.
    public static func read(_ file: SourceFile, required: [String]) -> (UIStrings, [Diagnostic]) {
        let (yaml, syntax) = YAMLFile.parse(file, stage: .templates)
        var languages: [String: Language] = [:]
        var diagnostics = syntax
        var locations: [String: SourceLocation] = [:]
        var languageLocations: [String: SourceLocation] = [:]
        for (code, location, table) in yaml.root?.entries ?? [] {
            languageLocations[code] = location
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
        if languages.isEmpty && !syntax.hasErrors {
            diagnostics.append(.error("no languages: the file maps language codes (ru, en) to tables of strings",
                                      at: file.location(line: 1, column: 1), stage: .templates))
        }
        let allKeys = Set(languages.values.flatMap(\.values.keys)).union(required)
        for language in languages.values.sorted(by: { $0.code < $1.code }) {
            for key in allKeys.subtracting(language.values.keys).sorted() {
                diagnostics.append(.error("string '\(key)' has no '\(language.code)' text",
                                          at: locations[key] ?? languageLocations[language.code]!, stage: .templates))
            }
        }
        return (UIStrings(languages: languages), diagnostics)
    }
}
