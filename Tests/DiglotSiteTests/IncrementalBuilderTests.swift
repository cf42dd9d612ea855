import Foundation
import Testing
@testable import DiglotSite

/// The preview's builder on a real folder: what a rebuild after a change writes, and that a site whose first
/// build failed is built whole once the error is fixed, not patched from one edition.
struct IncrementalBuilderTests {
    /// A content folder with the second article as editions `a` and `b`, the repository's templates, an output
    /// folder beside them; removed when the test ends.
    final class Workspace {
        let root = NSTemporaryDirectory() + "diglot-incremental-\(UUID().uuidString)"
        var content: String { root + "/content" }
        var output: String { root + "/public" }

        init() throws {
            try FileManager.default.createDirectory(atPath: content, withIntermediateDirectories: true)
            try "base_url: https://example.org/\n".write(toFile: content + "/site.yaml", atomically: true, encoding: .utf8)
            for slug in ["a", "b"] { try write(slug, SiteTestSupport.secondArticle) }
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func write(_ slug: String, _ text: String) throws {
            try FileManager.default.createDirectory(atPath: content + "/" + slug, withIntermediateDirectories: true)
            try text.write(toFile: article(slug), atomically: true, encoding: .utf8)
        }

        func article(_ slug: String) -> String { content + "/" + slug + "/article.md" }

        func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: output + "/" + relative) }

        var builder: IncrementalBuilder {
            IncrementalBuilder(options: BuildOptions(contentPath: content, templatesPath: SiteTestSupport.repository.path + "/templates",
                                                     outputPath: output))
        }
    }

    /// A call to a note the article does not have: an error of that edition.
    static let broken = SiteTestSupport.secondArticle.replacingOccurrences(of: "от проектов к институтам", with: "от проектов к институтам<sup>99</sup>")

    @Test func anEditOfOneArticleRewritesOnlyTheFilesItChanges() throws {
        let workspace = try Workspace()
        let builder = workspace.builder
        let first = builder.rebuild(changes: [])
        #expect(first.succeeded)
        #expect(first.fileCount > 20)
        let otherPage = workspace.output + "/b/text.html"
        let before = try FileManager.default.attributesOfItem(atPath: otherPage)[.modificationDate] as? Date

        let edited = SiteTestSupport.secondArticle.replacingOccurrences(of: "Автор приходит к выводу", with: "Автор в итоге приходит к выводу")
        #expect(edited != SiteTestSupport.secondArticle)
        try workspace.write("a", edited)
        let second = builder.rebuild(changes: [workspace.article("a")])
        #expect(second.succeeded)
        #expect(second.fileCount > 0 && second.fileCount < first.fileCount / 4)
        #expect(try String(contentsOfFile: workspace.output + "/a/index.html", encoding: .utf8).contains("Автор в итоге приходит"))
        #expect(try FileManager.default.attributesOfItem(atPath: otherPage)[.modificationDate] as? Date == before)

        // Nothing changed: nothing written.
        #expect(builder.rebuild(changes: [workspace.article("a")]).fileCount == 0)
    }

    @Test func anEditionWithErrorsKeepsItsLastGoodPages() throws {
        let workspace = try Workspace()
        let builder = workspace.builder
        #expect(builder.rebuild(changes: []).succeeded)
        try workspace.write("a", Self.broken)
        let report = builder.rebuild(changes: [workspace.article("a")])
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.file.hasSuffix("a/article.md") })
        #expect(workspace.exists("a/text.html"))
    }

    @Test func afterAFailedFirstBuildTheFixBuildsTheWholeSite() throws {
        let workspace = try Workspace()
        try workspace.write("b", Self.broken)
        let builder = workspace.builder
        #expect(!builder.rebuild(changes: []).succeeded)
        #expect(!workspace.exists("a/text.html"))

        try workspace.write("b", SiteTestSupport.secondArticle)
        let report = builder.rebuild(changes: [workspace.article("b")])
        #expect(report.succeeded)
        for page in ["index.html", "assets/diglot.css", "a/text.html", "a/index.html", "b/text.html"] {
            #expect(workspace.exists(page), "\(page) is missing")
        }
    }
}
