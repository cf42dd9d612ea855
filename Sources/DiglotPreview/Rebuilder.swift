import DiglotEdition
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a rebuild as a child process. libcmark cannot be interrupted in-process, so a build that runs into
/// one of its quadratic inputs must be a process the server can kill while it goes on answering.
struct Rebuilder: Sendable {
    let timeout: Duration
    /// Where problems of the build process itself (a timeout, a crash) are reported as being.
    let contentPath: String

    /// The outcome of `command`, or nil when the task was cancelled (the server is stopping).
    func run(_ command: RebuildCommand) async -> BuildOutcome? {
        let start = ContinuousClock.now
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errorPipe = Pipe()
        process.standardError = errorPipe
        let (exits, exited) = AsyncStream.makeStream(of: Exit.self, bufferingPolicy: .bufferingOldest(1))
        process.terminationHandler = { process in
            exited.yield(Exit(signalled: process.terminationReason == .uncaughtSignal, status: process.terminationStatus))
        }
        do {
            try process.run()
        } catch {
            return failure("cannot start the build process \(command.executable): \(error.localizedDescription)", since: start)
        }
        let pid = process.processIdentifier
        // The pipe is drained while the build runs: a build with many diagnostics would otherwise block on a
        // full pipe and look like a hang.
        let (outputs, collected) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingOldest(1))
        let reader = errorPipe.fileHandleForReading
        DispatchQueue.global().async { collected.yield(reader.readDataToEndOfFile()) }
        let watchdog = Task { [timeout] in
            try await Task.sleep(for: timeout)
            kill(pid, SIGKILL)
        }
        var exitIterator = exits.makeAsyncIterator()
        guard let exit = await exitIterator.next() else {
            watchdog.cancel()
            kill(pid, SIGKILL)
            return nil
        }
        watchdog.cancel()
        let timedOut = (try? await watchdog.value) != nil
        var outputIterator = outputs.makeAsyncIterator()
        guard let output = await outputIterator.next() else { return nil }
        if timedOut {
            return failure("the build took longer than \(timeout) and was stopped (\(command.reason)); libcmark 0.30 is "
                + "quadratic on some inputs, such as long runs of list markers, nested block quotes or `![[]()`", since: start)
        }
        let reported = Self.diagnostics(in: output)
        switch (exit.signalled, exit.status, reported) {
        case (false, 0, let diagnostics):
            return BuildOutcome(succeeded: true, diagnostics: diagnostics ?? [], duration: ContinuousClock.now - start)
        case (false, 1, let diagnostics?) where diagnostics.hasErrors:
            return BuildOutcome(succeeded: false, diagnostics: diagnostics, duration: ContinuousClock.now - start)
        default:
            let how = exit.signalled ? "was killed by signal \(exit.status)" : "exited with status \(exit.status)"
            let said = String(decoding: output, as: UTF8.self).split(separator: "\n").last.map { ": \($0)" } ?? ""
            return failure("the build process \(how)\(said)", since: start)
        }
    }

    private struct Exit: Sendable {
        let signalled: Bool
        let status: Int32
    }

    private func failure(_ message: String, since start: ContinuousClock.Instant) -> BuildOutcome {
        BuildOutcome(succeeded: false, diagnostics: [Diagnostic(.error, message, file: contentPath, stage: .load)],
                     duration: ContinuousClock.now - start)
    }

    /// The JSON array that `diglot build --diagnostics json` writes as one line of its stderr.
    static func diagnostics(in output: Data) -> [Diagnostic]? {
        let decoder = JSONDecoder()
        for line in output.split(separator: UInt8(ascii: "\n")) where line.first == UInt8(ascii: "[") {
            if let diagnostics = try? decoder.decode([Diagnostic].self, from: Data(line)) { return diagnostics }
        }
        return nil
    }
}
