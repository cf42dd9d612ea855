import ArgumentParser
import DiglotCommandLine
import DiglotSite
import Foundation

/// `serve` is run by `diglot-serve`, which this process becomes (see `CompanionExecutable`).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Builds, serves the edition locally and rebuilds on save.")

    @OptionGroup var options: SharedOptions
    @OptionGroup var serve: ServeOptions

    func run() throws {
        let server = CompanionExecutable.path(CompanionExecutable.server)
        let arguments = [server] + options.arguments + serve.arguments
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(server, &pointers)
        let failure = errno
        // `swift run diglot` builds this executable alone.
        let hint = failure == ENOENT ? " (build both executables: make, or swift build)" : ""
        Reporter.say("diglot: cannot serve: cannot run \(server): \(String(cString: strerror(failure)))\(hint)")
        throw ExitCode(1)
    }
}
