import Foundation
import Testing
@testable import DiglotEdition
@testable import DiglotSite

/// The output promises: a failed build leaves the previous output byte for byte; nothing is written outside it.
final class SiteWriterTests {
    /// Each test's folders, removed when the test ends.
    private let root = NSTemporaryDirectory() + "diglot-writer-\(UUID().uuidString)"

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func temporaryFolder() -> String {
        let path = root + "/" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aSuccessfulBuildReplacesTheOutputWhole() throws {
        let root = temporaryFolder()
        let output = root + "/public"
        let first = try SiteWriter(output: output)
        try first.write(OutputFile(path: "old.html", text: "old"))
        try first.commit()
        let second = try SiteWriter(output: output)
        try second.write(OutputFile(path: "a/new.html", text: "new"))
        try second.commit()
        #expect(SiteTestSupport.files(under: output).keys.sorted() == [OutputSafety.marker, "a/new.html"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["public"])
    }

    /// A one-edition build writes its files from both cores: a thread must never write into a folder that another
    /// has claimed but not yet made.
    @Test func filesWrittenFromManyThreadsIntoNewFoldersAllArrive() throws {
        let output = temporaryFolder() + "/public"
        let writer = try SiteWriter(output: output)
        // Neighbouring files share a deep new folder, so that two threads reach it at once.
        let files = (0..<2000).map { OutputFile(path: "a/b/c/d/f\($0 / 50)/page-\($0).html", text: "page \($0)") }
        let failures = ParallelMap.map(files) { file -> String? in
            do {
                try writer.write(file)
                return nil
            } catch {
                return "\(file.path): \(error)"
            }
        }
        #expect(failures.compactMap { $0 } == [])
        try writer.commit()
        let written = SiteTestSupport.files(under: output)
        #expect(written.count == files.count + 1)
        for file in files { #expect(written[file.path] == Data(file.bytes)) }
    }

    @Test func aFailedBuildLeavesThePreviousOutputByteForByte() throws {
        let root = temporaryFolder()
        let fileSystem = SiteTestSupport.fileSystem(editions: ["a": SiteTestSupport.secondArticle])
        let disk = try materialise(fileSystem, at: root)
        let options = BuildOptions(contentPath: disk + "/content", templatesPath: disk + "/templates", outputPath: root + "/public")
        #expect(SiteBuilder(options: options).publish().succeeded)
        let before = SiteTestSupport.files(under: root + "/public")
        let broken = SiteTestSupport.secondArticle.replacingOccurrences(of: "<sup>5</sup>", with: "<sup>55</sup>")
        try broken.write(toFile: disk + "/content/a/article.md", atomically: true, encoding: .utf8)
        let report = SiteBuilder(options: options).publish()
        #expect(!report.succeeded)
        #expect(SiteTestSupport.files(under: root + "/public") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["public", "src"])
    }

    @Test func itRefusesToReplaceAFolderItDidNotMake() throws {
        let root = temporaryFolder()
        try "keep me".write(toFile: root + "/precious.txt", atomically: true, encoding: .utf8)
        #expect(OutputSafety.problem(output: root, protecting: []) != nil)
        let parent = temporaryFolder()
        try FileManager.default.createDirectory(atPath: parent + "/content", withIntermediateDirectories: true)
        #expect(OutputSafety.problem(output: parent + "/public", protecting: [parent + "/content"]) == nil)
        #expect(OutputSafety.problem(output: parent, protecting: [parent + "/content"])?.contains("over") == true)
        #expect(OutputSafety.problem(output: parent + "/content/public", protecting: [parent + "/content"])?.contains("inside") == true)
        #expect(OutputSafety.problem(output: "/", protecting: []) != nil)
    }

    @Test func pathsThatClimbOutOfTheOutputAreRefused() throws {
        let writer = try SiteWriter(output: temporaryFolder() + "/out")
        defer { writer.abandon() }
        for path in ["../escape.html", "/etc/x", "a/../../b", "a\\b", "", "a//b", "a/", ".", "a/./b", "a/..", "a\u{0}b"] {
            #expect(throws: Diagnostic.self) { try writer.write(OutputFile(path: path, text: "x")) }
        }
        for path in ["a/...", "..a/b.", "статья/.hidden", "a/b/c.html"] {
            #expect(OutputSafety.isSafeRelativePath(path), "\(path)")
        }
    }

    /// Writes an in-memory tree to disk under `root/src`.
    private func materialise(_ fileSystem: MemoryFileSystem, at root: String) throws -> String {
        let base = root + "/src"
        for (path, bytes) in fileSystem.files {
            let full = base + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        }
        return base
    }
}
