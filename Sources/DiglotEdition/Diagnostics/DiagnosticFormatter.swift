import Foundation

/// Writes diagnostics the way compilers do: `path:line:column: severity: message`, the source line, a caret.
public struct DiagnosticFormatter: Sendable {
    /// Lines longer than this are cut around the column, so a 2,000-character paragraph stays readable.
    public var excerptWidth: Int

    public init(excerptWidth: Int = 100) {
        self.excerptWidth = excerptWidth
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = header(diagnostic)
        out += excerpt(diagnostic)
        for related in diagnostic.related {
            out += header(related) + excerpt(related)
        }
        return out
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined()
    }

    /// One line summing up a build: what an editor or CI log reads last.
    public func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return "\(plural(errors, "error")), \(plural(warnings, "warning"))"
    }

    private func header(_ d: Diagnostic) -> String {
        var place = d.file
        if let line = d.line {
            place += ":\(line)"
            if let column = d.column { place += ":\(column)" }
        }
        return "\(place): \(d.severity.rawValue): \(d.message)\n"
    }

    private func excerpt(_ d: Diagnostic) -> String {
        guard let text = d.sourceLine, let line = d.line else { return "" }
        let characters = text.map { $0 == "\t" ? " " : $0 }
        let column = max(1, min(d.column ?? 1, characters.count + 1))
        var start = 0
        var end = characters.count
        if characters.count > excerptWidth {
            start = max(0, column - 1 - excerptWidth / 2)
            end = min(characters.count, start + excerptWidth)
            start = max(0, end - excerptWidth)
        }
        let prefix = start > 0 ? "…" : ""
        let suffix = end < characters.count ? "…" : ""
        let shown = prefix + String(characters[start..<end]) + suffix
        let gutter = String(line)
        let caretOffset = prefix.count + (column - 1 - start)
        let pad = String(repeating: " ", count: gutter.count)
        return " \(gutter) | \(shown)\n \(pad) | \(String(repeating: " ", count: max(0, caretOffset)))^\n"
    }
}
