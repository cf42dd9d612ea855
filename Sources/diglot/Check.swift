import ArgumentParser
import DiglotEdition
import DiglotSite
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Builds into a temporary folder and validates; writes nothing.")

    @OptionGroup var options: SharedOptions
    @Flag(help: "Fail on warnings too (for CI).") var warningsAsErrors = false

    func run() throws {
        let report = SiteChecker(options: options.buildOptions).check()
        Reporter().report(report.diagnostics)
        Reporter.say(report.editions.flatMap(\.consistencyLines).joined(separator: "\n"))
        let failed = report.diagnostics.hasErrors || (warningsAsErrors && report.diagnostics.contains { $0.severity == .warning })
        if failed {
            Reporter.say("diglot: check failed")
            throw ExitCode(1)
        }
        Reporter.say("diglot: check passed (\(report.editions.count) edition(s), \(report.fileCount) files)")
    }
}
