import Foundation
import Testing
@testable import DiglotEdition
@testable import DiglotSite

/// A pipe table in the article (cmark here has no table extension): read from its paragraph into a table on
/// the page and in the JATS export, with note calls in its cells.
struct PipeTableTests {
    static let table = """
        | Год | Газовозы, *шт.* | Доля, % |
        |:----|:-------:|------:|
        | 2019 | 5 | 12,5<sup>2</sup> |
        | 2021 | 15 |
        """
    static let article = SiteTestSupport.secondArticle
        .replacingOccurrences(of: "\n\n### Проекты\n", with: "\n\n\(table)\n\n### Проекты\n")
    static let site = SiteTestSupport.build(SiteTestSupport.fileSystem(editions: ["t": article]))

    @Test func theTableIsATableWithItsAlignmentsAndCalls() throws {
        #expect(Self.site.1.succeeded, "\(Self.site.1.diagnostics.map(\.message))")
        let text = try #require(Self.site.0["t/text.html"])
        let table = try #require(text.components(separatedBy: "<div class=\"table-scroll\">").dropFirst().first?
            .components(separatedBy: "</table>").first)
        #expect(table.contains("<thead>\n<tr><th class=\"align-left\">Год</th><th class=\"align-center\">Газовозы, <em>шт.</em></th><th class=\"align-right\">Доля, %</th></tr>"))
        #expect(table.contains("<td class=\"align-left\">2019</td><td class=\"align-center\">5</td><td class=\"align-right\">12,5<sup class=\"noteref\"><a role=\"doc-noteref\""))
        // A short row is filled out with empty cells.
        #expect(table.contains("<td class=\"align-left\">2021</td><td class=\"align-center\">15</td><td class=\"align-right\"></td></tr>"))
        #expect(!text.contains("|:----|"))
    }

    @Test func theExportCarriesTheTableAndValidates() throws {
        let xml = JATSExportTests.export(Self.article)
        #expect(xml.contains("<table-wrap>\n<table>\n<thead>\n<tr><th align=\"left\">Год</th>"))
        #expect(try JATSExportTests.validate(xml) == "")
    }

    @Test func pipesWithoutADelimiterRowAreText() {
        #expect(PipeTableReader.delimiterRow("|---|:--:|--:|") == [nil, .center, .right])
        #expect(PipeTableReader.delimiterRow("| a | b |") == nil)
        let blocks = ArticleParser.parse(SourceFile(path: "t.md", text: "| a | b |\n| c | d |\n")).blocks
        #expect(blocks.map(\.isParagraph) == [true])
    }
}
