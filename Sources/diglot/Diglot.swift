import ArgumentParser
import Foundation

@main
struct Diglot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diglot",
        abstract: "Builds bilingual annotated web editions of journal articles.",
        subcommands: [Build.self, Check.self, Serve.self, BuildWorker.self])

    /// Exit status: 0 success, 1 the content or templates have errors, 2 wrong usage.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success || code == ExitCode(1) {
                exit(withError: error)
            }
            // Parsing and validation problems are the caller's: usage, status 2.
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
