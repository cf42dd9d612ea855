@testable import DiglotPreview
import DiglotEdition
import Foundation
import Testing

struct RebuildCommandTests {
    @Test func rebuildsEverythingIntoThePrivateFolderWithJSONDiagnostics() {
        let configuration = PreviewConfiguration(contentPath: "content", templatesPath: "templates")
        let command = RebuildCommand(changes: ["content/a/article.md"], configuration: configuration,
                                     output: "/tmp/diglot-serve-x/site", baseURL: "http://127.0.0.1:8000/")
        #expect(command.executable == "/proc/self/exe")
        #expect(command.arguments == ["build", "--content", "content", "--templates", "templates", "--output", "/tmp/diglot-serve-x/site",
                                      "--base-url", "http://127.0.0.1:8000/", "--diagnostics", "json"])
        #expect(command.reason == "content/a/article.md changed")
    }

    @Test func readsTheDiagnosticsLineOfTheBuild() throws {
        let output = Data("""
            [{"column":7,"file":"content\\/a\\/article.md","line":3,"message":"note 99 is called here but never defined","related":[],"severity":"error","sourceLine":"x<sup>99<\\/sup>","stage":"notes"}]
            diglot: build failed; public/ was left as it was

            """.utf8)
        let diagnostics = try #require(Rebuilder.diagnostics(in: output))
        #expect(diagnostics == [Diagnostic(.error, "note 99 is called here but never defined", file: "content/a/article.md", line: 3,
                                           column: 7, stage: .notes, sourceLine: "x<sup>99</sup>")])
        #expect(Rebuilder.diagnostics(in: Data("Error: something else\n".utf8)) == nil)
    }

    @Test func aBuildThatCrashesOrRunsTooLongIsReportedAsAnError() async throws {
        var configuration = PreviewConfiguration()
        configuration.executable = "/bin/sh"
        // sh takes the first argument, `build`, for a script and fails on it: a crash of the build process.
        let crashing = RebuildCommand(changes: [], configuration: configuration, output: "/nonexistent", baseURL: "http://x/")
        let crashed = try #require(await Rebuilder(timeout: .seconds(5), contentPath: "content").run(crashing))
        #expect(!crashed.succeeded)
        #expect(crashed.diagnostics.first?.message.contains("exited with status") == true)

        let script = FileManager.default.temporaryDirectory.appendingPathComponent("diglot-sleeper-\(UUID().uuidString).sh")
        defer { try? FileManager.default.removeItem(at: script) }
        try Data("#!/bin/sh\nexec sleep 60\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        configuration.executable = script.path
        let hanging = RebuildCommand(changes: [], configuration: configuration, output: "/nonexistent", baseURL: "http://x/")
        let start = ContinuousClock.now
        let outcome = try #require(await Rebuilder(timeout: .milliseconds(300), contentPath: "content").run(hanging))
        #expect(!outcome.succeeded)
        #expect(outcome.diagnostics.first?.message.contains("took longer than") == true)
        #expect(ContinuousClock.now - start < .seconds(5))
    }
}
