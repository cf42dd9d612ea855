import ArgumentParser
import DiglotCommandLine
import DiglotEdition
import DiglotSite
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Builds the site into the output folder, atomically.")

    @OptionGroup var options: SharedOptions
    @Option(help: "How diagnostics are written: text (for people) or json (for tools).") var diagnostics: DiagnosticFormat = .text

    func run() throws {
        let start = Date()
        let report = SiteBuilder(options: options.buildOptions).publish()
        let reporter = Reporter(format: diagnostics)
        reporter.report(report.diagnostics)
        guard report.succeeded else {
            reporter.note("diglot: build failed; \(options.output)/ was left as it was")
            throw ExitCode(1)
        }
        let milliseconds = Int(Date().timeIntervalSince(start) * 1000)
        reporter.note("diglot: built \(report.editions.count) edition(s), \(report.fileCount) files (\(report.byteCount / 1024) KiB) into \(options.output)/ in \(milliseconds) ms")
    }
}
