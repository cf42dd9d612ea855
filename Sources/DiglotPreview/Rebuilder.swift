import DiglotEdition
import DiglotSite
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs rebuilds in a build worker, a child process kept between rebuilds. libcmark cannot be interrupted
/// in-process, so a build that runs into one of its quadratic inputs must be a process the server can kill
/// while it goes on answering; keeping the process alive makes an ordinary rebuild cost only what changed.
actor Rebuilder {
    let command: RebuildCommand
    let timeout: Duration
    /// Where problems of the worker itself (a timeout, a crash) are reported as being.
    let contentPath: String
    private var worker: WorkerProcess?

    init(command: RebuildCommand, timeout: Duration, contentPath: String) {
        self.command = command
        self.timeout = timeout
        self.contentPath = contentPath
    }

    /// The outcome of a rebuild after `changes`, or nil when the task was cancelled (the server is stopping).
    func run(changes: Set<String>) async -> BuildOutcome? {
        let start = ContinuousClock.now
        let current: WorkerProcess
        if let worker {
            current = worker
        } else {
            do {
                current = try WorkerProcess(command)
            } catch {
                return failure("cannot start the build worker \(command.executable): \(error.localizedDescription)", since: start)
            }
            worker = current
        }
        let request = BuildWorkerRequest(changes: changes.sorted())
        guard current.send(request) else {
            discardWorker()
            return failure("the build worker stopped (\(current.lastWords))", since: start)
        }
        let answer = await current.nextLine(within: timeout)
        if Task.isCancelled {
            discardWorker()
            return nil
        }
        switch answer {
        case .line(let line):
            guard let response = try? JSONDecoder().decode(BuildWorkerResponse.self, from: Data(line.utf8)) else {
                discardWorker()
                return failure("the build worker answered something unreadable: \(line.prefix(200))", since: start)
            }
            return BuildOutcome(succeeded: response.succeeded, diagnostics: response.diagnostics, duration: ContinuousClock.now - start)
        case .timedOut:
            discardWorker()
            return failure("the build took longer than \(timeout) and was stopped (\(RebuildCommand.reason(changes))); libcmark 0.30 is "
                + "quadratic on some inputs, such as long runs of list markers, nested block quotes or `![[]()`", since: start)
        case .ended:
            discardWorker()
            return failure("the build worker stopped (\(current.lastWords))", since: start)
        }
    }

    /// Stops the worker; the next rebuild starts a new one, which builds everything.
    func stop() {
        discardWorker()
    }

    private func discardWorker() {
        worker?.kill()
        worker = nil
    }

    private func failure(_ message: String, since start: ContinuousClock.Instant) -> BuildOutcome {
        BuildOutcome(succeeded: false, diagnostics: [Diagnostic(.error, message, file: contentPath, stage: .load)],
                     duration: ContinuousClock.now - start)
    }
}

/// A running build worker: requests go to its standard input, answers come from its standard output one line
/// each, read on a thread of their own so that a worker that hangs never blocks the server.
final class WorkerProcess: @unchecked Sendable {
    enum Answer: Sendable { case line(String), timedOut, ended }

    private let process = Process()
    private let input: FileHandle
    private let answers = LineQueue()
    private let errors = Pipe()

    init(_ command: RebuildCommand) throws {
        // A worker can end between the check that it runs and a write to it: the write must then fail with
        // EPIPE, not end the server (or the tests) with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = errors
        input = stdin.fileHandleForWriting
        try process.run()
        let reader = stdout.fileHandleForReading
        let answers = self.answers
        Thread.detachNewThread {
            var buffer = Data()
            while true {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
                while let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    answers.push(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
                    buffer.removeSubrange(buffer.startIndex...newline)
                }
            }
            answers.finish()
        }
    }

    func send(_ request: BuildWorkerRequest) -> Bool {
        guard process.isRunning, let data = try? JSONEncoder().encode(request) else { return false }
        do {
            try input.write(contentsOf: data + Data("\n".utf8))
            return true
        } catch {
            return false
        }
    }

    /// The worker's next answer; past the timeout the worker is killed, which also ends the wait for it.
    func nextLine(within timeout: Duration) async -> Answer {
        await withTaskGroup(of: Answer.self) { group in
            group.addTask { await self.answers.next().map(Answer.line) ?? .ended }
            group.addTask {
                do {
                    try await Task.sleep(for: timeout)
                    return .timedOut
                } catch {
                    return .ended
                }
            }
            let first = await group.next() ?? .ended
            // Without an answer (timed out, or the server is stopping) the worker is killed, which also ends the
            // reader's wait: the group cannot finish while a child still waits for a line.
            if case .line = first {} else { kill() }
            group.cancelAll()
            return first
        }
    }

    /// The end of what the worker wrote to its standard error, for a report of why it stopped.
    var lastWords: String {
        let said = String(decoding: errors.fileHandleForReading.availableData.suffix(400), as: UTF8.self)
        let last = said.split(separator: "\n").last.map(String.init) ?? ""
        return last.isEmpty ? "exit status \(process.isRunning ? 0 : process.terminationStatus)" : last
    }

    func kill() {
        if process.isRunning { Glibc.kill(process.processIdentifier, SIGKILL) }
        try? input.close()
    }
}

/// Lines from the worker, waited for one at a time.
final class LineQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    private var ended = false
    private var waiter: CheckedContinuation<String?, Never>?

    func push(_ line: String) {
        lock.lock()
        if let waiter {
            self.waiter = nil
            lock.unlock()
            waiter.resume(returning: line)
        } else {
            lines.append(line)
            lock.unlock()
        }
    }

    func finish() {
        lock.lock()
        ended = true
        let waiter = self.waiter
        self.waiter = nil
        lock.unlock()
        waiter?.resume(returning: nil)
    }

    func next() async -> String? {
        await withCheckedContinuation { continuation in
            lock.lock()
            if !lines.isEmpty {
                let line = lines.removeFirst()
                lock.unlock()
                continuation.resume(returning: line)
            } else if ended {
                lock.unlock()
                continuation.resume(returning: nil)
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }
}
