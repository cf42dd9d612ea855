@testable import DiglotPreview
import Foundation
import Testing

/// A preview server running on a free loopback port over a temporary copy of the repository's `content/`
/// and `templates/`, so that tests edit files freely and never touch the repository's own.
final class TestServer: Sendable {
    let root: URL
    let server: PreviewServer
    let port: UInt16
    private let running: Task<Void, any Error>
    private let lines: LogLines

    static func start(rebuildTimeout: Duration = .seconds(20), heartbeat: Duration = .seconds(15),
                      quietPeriod: Duration = .milliseconds(20), settlePeriod: Duration = .milliseconds(1)) async throws -> TestServer {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-serve-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["content", "templates"] {
            try FileManager.default.copyItem(at: repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        let lines = LogLines()
        let configuration = PreviewConfiguration(
            contentPath: root.appendingPathComponent("content").path, templatesPath: root.appendingPathComponent("templates").path,
            port: 0, executable: try diglotExecutable(), rebuildTimeout: rebuildTimeout, quietPeriod: quietPeriod,
            settlePeriod: settlePeriod, heartbeat: heartbeat, log: { lines.append($0) })
        let server = try PreviewServer(configuration: configuration)
        let running = Task { try await server.run() }
        let started = ContinuousClock.now
        while await server.state.buildCount == 0 {
            guard ContinuousClock.now - started < .seconds(60) else { throw TestServerError.notStarted(lines.all) }
            try await Task.sleep(for: .milliseconds(20))
        }
        guard let port = await server.state.snapshot.policy?.port else { throw TestServerError.notStarted(lines.all) }
        return TestServer(root: root, server: server, port: port, running: running, lines: lines)
    }

    /// Runs `body` against a fresh server, and stops the server (removing its folders) however `body` ends.
    static func with(rebuildTimeout: Duration = .seconds(20), heartbeat: Duration = .seconds(15),
                     quietPeriod: Duration = .milliseconds(20), settlePeriod: Duration = .milliseconds(1),
                     _ body: (TestServer) async throws -> Void) async throws {
        let server = try await start(rebuildTimeout: rebuildTimeout, heartbeat: heartbeat, quietPeriod: quietPeriod,
                                     settlePeriod: settlePeriod)
        do {
            try await body(server)
        } catch {
            try await server.stop()
            throw error
        }
        try await server.stop()
    }

    private init(root: URL, server: PreviewServer, port: UInt16, running: Task<Void, any Error>, lines: LogLines) {
        self.root = root
        self.server = server
        self.port = port
        self.running = running
        self.lines = lines
    }

    func stop() async throws {
        server.stop()
        try await running.value
        try? FileManager.default.removeItem(at: root)
    }

    var log: String { lines.all.joined(separator: "\n") }
    var buildCount: Int { get async { await server.state.buildCount } }
    var articlePath: URL { root.appendingPathComponent("content/melkonyan-2022/article.md") }

    func get(_ path: String, host: String?? = .none, headers: [String: String] = [:], method: String = "GET") async throws -> RawHTTPClient.Response {
        try await RawHTTPClient.get(path, port: port, method: method, host: host, headers: headers)
    }

    /// Waits until `condition` holds, for at most `timeout`; false when it never did.
    func eventually(within timeout: Duration = .seconds(30), _ condition: () async throws -> Bool) async rethrows -> Bool {
        let start = ContinuousClock.now
        while ContinuousClock.now - start < timeout {
            if try await condition() { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return try await condition()
    }

    /// The repository this test file belongs to.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `diglot` that the test build made next to the test bundle; `DIGLOT_EXECUTABLE` overrides it (to
    /// measure a release build, say).
    static func diglotExecutable() throws -> String {
        if let given = ProcessInfo.processInfo.environment["DIGLOT_EXECUTABLE"] { return given }
        let places = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL,
                      Bundle.main.bundleURL.deletingLastPathComponent()]
        for place in places {
            let candidate = place.appendingPathComponent("diglot").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw TestServerError.noExecutable(places.map(\.path))
    }
}

enum TestServerError: Error {
    case notStarted([String])
    case noExecutable([String])
}

/// What the server printed, kept for assertions and for failure messages.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
