@testable import DiglotPreview
import DiglotEdition
import Foundation
import Testing

struct RebuildCommandTests {
    @Test func theWorkerIsTheDiglotBesideThisExecutableBuildingIntoThePrivateFolder() {
        let configuration = PreviewConfiguration(contentPath: "content", templatesPath: "templates")
        let command = RebuildCommand(configuration: configuration, output: "/tmp/diglot-serve-x/site", baseURL: "http://127.0.0.1:8000/")
        // The test build puts `diglot` beside the test bundle, as the release build puts it beside `diglot-serve`.
        #expect(URL(fileURLWithPath: command.executable).lastPathComponent == "diglot")
        #expect(FileManager.default.isExecutableFile(atPath: command.executable))
        #expect(command.arguments == ["build-worker", "--content", "content", "--templates", "templates", "--output",
                                      "/tmp/diglot-serve-x/site", "--base-url", "http://127.0.0.1:8000/"])
        #expect(RebuildCommand.reason(["content/a/article.md"]) == "content/a/article.md changed")
        #expect(RebuildCommand.reason([]) == "first build")
    }

    @Test func aWorkerThatCrashesOrRunsTooLongIsReportedAsAnErrorAndReplaced() async throws {
        var configuration = PreviewConfiguration()
        configuration.executable = "/bin/sh"
        // sh takes the first argument, `build-worker`, for a script and fails on it: the worker dies at once.
        let crashing = RebuildCommand(configuration: configuration, output: "/nonexistent", baseURL: "http://x/")
        let crashed = try #require(await Rebuilder(command: crashing, timeout: .seconds(5), contentPath: "content").run(changes: []))
        #expect(!crashed.succeeded)
        #expect(crashed.diagnostics.first?.message.contains("the build worker stopped") == true)
        // A worker that dies before its request is written must make the write fail, not end this process
        // (or the server) with SIGPIPE; the race is won often enough in a few dozen tries.
        for _ in 0..<40 {
            let outcome = try #require(await Rebuilder(command: crashing, timeout: .seconds(5), contentPath: "content").run(changes: []))
            #expect(!outcome.succeeded)
        }

        let script = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-sleeper-\(UUID().uuidString).sh")
        defer { try? FileManager.default.removeItem(at: script) }
        try Data("#!/bin/sh\nexec sleep 60\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        configuration.executable = script.path
        let hanging = RebuildCommand(configuration: configuration, output: "/nonexistent", baseURL: "http://x/")
        let rebuilder = Rebuilder(command: hanging, timeout: .milliseconds(300), contentPath: "content")
        let start = ContinuousClock.now
        let outcome = try #require(await rebuilder.run(changes: []))
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.first?.message.contains("took longer than") == true)
        #expect(ContinuousClock.now - start < .seconds(5))
        // The hung worker was killed; the next rebuild starts another one, and it too is stopped in time.
        let again = try #require(await rebuilder.run(changes: ["content/a/article.md"]))
        #expect(again.diagnostics.first?.message.contains("took longer than") == true)
        #expect(ContinuousClock.now - start < .seconds(5))
    }
}
