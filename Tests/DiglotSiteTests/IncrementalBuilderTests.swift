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

        // A new title changes the site's index of editions, which is made anew.
        let siteIndex = workspace.output + "/index.html"
        #expect(try String(contentsOfFile: siteIndex, encoding: .utf8).contains("Республики Корея в Арктике"))
        try workspace.write("a", edited.replacingOccurrences(of: "Республики Корея в Арктике", with: "Республики Корея в Северной Арктике"))
        #expect(builder.rebuild(changes: [workspace.article("a")]).succeeded)
        #expect(try String(contentsOfFile: siteIndex, encoding: .utf8).contains("Республики Корея в Северной Арктике"))

        // The exports kept between rebuilds are made anew when a source's record changes.
        let exports = workspace.output + "/a/sources.bib"
        #expect(try String(contentsOfFile: exports, encoding: .utf8).contains("Arctic Shipping and Korean Shipbuilders"))
        try workspace.write("a", edited.replacingOccurrences(of: "Arctic Shipping and Korean Shipbuilders", with: "Arctic Shipping and Korean Shipyards"))
        #expect(builder.rebuild(changes: [workspace.article("a")]).succeeded)
        #expect(try String(contentsOfFile: exports, encoding: .utf8).contains("Arctic Shipping and Korean Shipyards"))
    }

    /// After its first rebuild, the builder knows an edition's files from what it wrote: files the edition no
    /// longer has must still go, and come back when it has them again.
    @Test func filesOfASourceNoLongerCitedAreRemovedAndComeBack() throws {
        let workspace = try Workspace()
        let builder = workspace.builder
        #expect(builder.rebuild(changes: []).succeeded)
        #expect(builder.rebuild(changes: [workspace.article("a")]).fileCount == 0)
        func sourceFiles() throws -> Set<String> {
            Set(try FileManager.default.contentsOfDirectory(atPath: workspace.output + "/a/sources"))
        }
        let all = try sourceFiles()

        // Note 5 made to cite what note 1 cites: one source fewer.
        let note = "5. The Northern Sea Route and Korea // *The Korea Herald*. June 5, 2022. URL: <https://www.koreaherald.com/view.php?ud=20220605000000> (дата обращения: 14.02.2023)."
        let sameAsFirst = "5. Ямал СПГ: история проекта // *Официальный сайт ПАО «НОВАТЭК»*. 15.01.2020. URL: <https://www.novatek.ru/ru/business/yamal-lng/> (дата обращения: 10.02.2023)."
        let edited = SiteTestSupport.secondArticle.replacingOccurrences(of: note, with: sameAsFirst)
        #expect(edited != SiteTestSupport.secondArticle)
        try workspace.write("a", edited)
        #expect(builder.rebuild(changes: [workspace.article("a")]).succeeded)
        let fewer = try sourceFiles()
        #expect(fewer.isSubset(of: all) && fewer.count == all.count - 3)

        try workspace.write("a", SiteTestSupport.secondArticle)
        #expect(builder.rebuild(changes: [workspace.article("a")]).succeeded)
        #expect(try sourceFiles() == all)
    }

    /// What rebuilds leave behind is what a whole build of the same content makes, byte for byte: every file
    /// replaced in place, none left over, no temporary left beside them.
    @Test func afterEditsTheOutputIsAWholeBuildOfTheEditedContent() throws {
        let workspace = try Workspace()
        let builder = workspace.builder
        #expect(builder.rebuild(changes: []).succeeded)
        let edits = [("Автор приходит к выводу", "Автор в итоге приходит к выводу"),
                     ("Арктика остается", "Арктика всё ещё остается")]
        var text = SiteTestSupport.secondArticle
        for (before, after) in edits {
            text = text.replacingOccurrences(of: before, with: after)
            try workspace.write("a", text)
            #expect(builder.rebuild(changes: [workspace.article("a")]).fileCount > 0)
        }
        let whole = workspace.root + "/whole"
        #expect(SiteBuilder(options: BuildOptions(contentPath: workspace.content, templatesPath: SiteTestSupport.repository.path + "/templates",
                                                  outputPath: whole)).publish().succeeded)
        let kept = SiteTestSupport.files(under: workspace.output)
        #expect(!kept.keys.contains { $0.contains(".tmp-") })
        #expect(kept.keys.sorted() == SiteTestSupport.files(under: whole).keys.sorted())
        #expect(kept == SiteTestSupport.files(under: whole))
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
