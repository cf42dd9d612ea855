import DiglotEdition
import DiglotSite

/// The diagnostics of a failed build as a panel over the page: each one as the terminal shows it (place,
/// message, source line, caret), every character of it escaped.
enum ErrorOverlay {
    static func html(for failure: BuildOutcome, hasSite: Bool) -> String {
        let errors = failure.errorCount
        let situation = hasSite ? "this is the last good build" : "no build has succeeded yet"
        var html = "<link rel=\"stylesheet\" href=\"\(PreviewAssets.stylesheetPath)\">\n"
        html += "<details id=\"diglot-overlay\" open role=\"alert\" lang=\"en\">\n"
        html += "<summary>The rebuild failed with \(errors) error\(errors == 1 ? "" : "s"); \(situation).</summary>\n"
        let formatter = DiagnosticFormatter()
        for diagnostic in failure.diagnostics.sortedForDisplay() {
            html += "<pre>" + HTML.escape(formatter.format(diagnostic)) + "</pre>\n"
        }
        return html + "</details>\n"
    }
}
