import ArgumentParser
import DiglotCommandLine
import DiglotSite
import Foundation

/// The preview's build worker: a process that stays alive between rebuilds, so a save costs a rebuild of
/// what changed and not a process start, template parsing and a full build. The preview kills it if a build
/// runs too long (libcmark can be quadratic) and starts another.
struct BuildWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-worker", abstract: "Rebuilds on request from standard input (used by serve).", shouldDisplay: false)

    @OptionGroup var options: SharedOptions

    func run() throws {
        let builder = IncrementalBuilder(options: options.buildOptions)
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        while let line = readLine() {
            let request = (try? decoder.decode(BuildWorkerRequest.self, from: Data(line.utf8))) ?? BuildWorkerRequest(changes: [])
            let report = builder.rebuild(changes: request.changes)
            let response = BuildWorkerResponse(succeeded: report.succeeded, diagnostics: report.diagnostics)
            FileHandle.standardOutput.write(try encoder.encode(response) + Data("\n".utf8))
        }
    }
}
