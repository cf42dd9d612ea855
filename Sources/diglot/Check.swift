import ArgumentParser
import DiglotCommandLine
import DiglotEdition
import DiglotSite
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Builds in memory and validates what it built; writes nothing.")

    @OptionGroup var options: SharedOptions
    @Flag(help: "Fail on warnings too (for CI).") var warningsAsErrors = false
    @Option(help: "How diagnostics are written: text (for people) or json (for tools).") var diagnostics: DiagnosticFormat = .text

    func run() throws {
        let report = SiteChecker(options: options.buildOptions).check()
        let reporter = Reporter(format: diagnostics)
        reporter.report(report.diagnostics)
        reporter.note(report.editions.flatMap(\.consistencyLines).joined(separator: "\n"))
        let failed = report.diagnostics.hasErrors || (warningsAsErrors && report.diagnostics.contains { $0.severity == .warning })
        if failed {
            reporter.note("diglot: check failed")
            throw ExitCode(1)
        }
        reporter.note("diglot: check passed (\(report.editions.count) edition(s), \(report.fileCount) files)")
    }
}
