import Foundation
import Testing
@testable import DiglotEdition
@testable import DiglotSite

/// The JATS export, validated against the JATS 1.3 Archiving DTD with xmllint (Debian's libxml2-utils).
struct JATSExportTests {
    static func export(_ article: String, editionYAML: String? = nil) -> String {
        let source = EditionSource(slug: "a", article: SourceFile(path: "a.md", text: article),
                                   edition: editionYAML.map { SourceFile(path: "e.yaml", text: $0) }, annotations: nil)
        return JATSExporter(edition: EditionBuilder.build(source, site: SiteConfiguration()).0).export()
    }

    /// Runs `xmllint --valid` with the DTD fixtures; returns its complaints (empty when valid).
    static func validate(_ xml: String) throws -> String {
        let dtd = SiteTestSupport.repository.appendingPathComponent("Tests/DiglotSiteTests/Fixtures/jats-1.3").path
        let file = NSTemporaryDirectory() + "jats-\(UUID().uuidString).xml"
        try xml.write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        process.arguments = ["--noout", "--valid", "--nonet", "--path", dtd, file]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return process.terminationStatus == 0 ? "" : output.isEmpty ? "xmllint exit \(process.terminationStatus)" : output
    }

    @Test func theFirstEditionValidatesAgainstTheDTD() throws {
        let xml = Self.export(SiteTestSupport.firstArticle, editionYAML: SiteTestSupport.firstEditionYAML)
        #expect(try Self.validate(xml) == "")
        #expect(xml.contains("<trans-title-group xml:lang=\"en\"><trans-title>Japan&apos;s Approaches") || xml.contains("<trans-title-group xml:lang=\"en\"><trans-title>Japan's Approaches"))
        #expect(xml.contains("<trans-abstract xml:lang=\"en\">"))
        #expect(xml.contains("<article-id pub-id-type=\"doi\">10.31857/S013128120019300-1</article-id>"))
        #expect(SiteTestSupport.count("<fn id=\"fn-", in: xml) == 36)
        #expect(SiteTestSupport.count("<xref ref-type=\"fn\"", in: xml) == 36)
        #expect(SiteTestSupport.count("<ref id=\"ref-", in: xml) == 17)
        #expect(SiteTestSupport.count("<mixed-citation xml:lang=\"en\">", in: xml) == 17)
        #expect(xml.contains("<kwd-group xml:lang=\"ru\">") && xml.contains("<kwd-group xml:lang=\"en\">"))
        // Russian names are western in JATS's sense, though lists print the family name first.
        #expect(xml.contains("<name xml:lang=\"ru\" name-style=\"western\"><surname>Мелконян</surname>"))
        #expect(!xml.contains("name-style=\"eastern\""))
    }

    @Test func theSecondArticleValidatesToo() throws {
        let xml = Self.export(SiteTestSupport.secondArticle)
        #expect(try Self.validate(xml) == "")
        // Its table with both captions, its cells and its source; its figure beside it.
        #expect(xml.contains("<table-wrap id=\"table-1\">\n<label>Таблица 1</label>\n<caption xml:lang=\"ru\">"))
        #expect(xml.contains("<td align=\"right\">15</td></tr>\n</tbody>\n</table>\n<attrib>Источник:"))
        #expect(xml.contains("<fig id=\"fig-1\">"))
    }

    @Test func aNoteWithAListOfItsOwnValidates() throws {
        let article = SiteTestSupport.secondArticle.replacingOccurrences(
            of: "\n2. *Ким С.*", with: " Направления:\n1) судостроение;\n2) газ.\n2. *Ким С.*")
        let xml = Self.export(article)
        #expect(xml.contains("<p><list list-type=\"order\">"))
        #expect(try Self.validate(xml) == "")
    }

    @Test func theValidatorRejectsABrokenDocument() throws {
        let broken = Self.export(SiteTestSupport.secondArticle).replacingOccurrences(of: "<front>", with: "<front><bogus/>")
        #expect(try Self.validate(broken) != "")
    }

    /// Controls that PDF conversion leaves behind (a form feed at a page end) cannot appear in XML at all.
    @Test func charactersXMLForbidsAreLeftOutAndTheRestEscaped() throws {
        #expect(XMLText.escape("a\u{0C}b\u{1}\tc <&> \"d\"\u{FFFE}") == "ab\tc &lt;&amp;&gt; &quot;d&quot;")
        let article = SiteTestSupport.secondArticle.replacingOccurrences(of: "\n\n", with: "\u{0C}\n\n", options: [], range: nil)
        #expect(try Self.validate(Self.export(article)) == "")
    }
}
