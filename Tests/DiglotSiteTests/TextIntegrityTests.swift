import Foundation
import Testing
@testable import DiglotSite

/// Nothing of the author's text lost: every word of the article as delivered is on the edition's pages, either
/// in the text as edited or, where an intervention changed it, in the apparatus's record of the original form.
struct TextIntegrityTests {
    static func words(_ text: String) -> Set<String> {
        Set(SiteTestSupport.matches("[\\p{L}\\p{N}©]+", in: text))
    }

    /// What a reader sees of a page: its text without tags, with entities read.
    static func visible(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    @Test(arguments: [("first", SiteTestSupport.firstArticle), ("second", SiteTestSupport.secondArticle)])
    func everyWordOfTheArticleIsOnTheEditionsPages(slug: String, article: String) {
        let (files, report) = SiteTestSupport.build(SiteTestSupport.fileSystem(editions: [slug: article]))
        #expect(report.succeeded)
        let shown = ["text.html", "en.html", "apparatus.html"].map { Self.visible(files["\(slug)/\($0)"] ?? "") }.joined(separator: "\n")
        let delivered = article.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        #expect(Self.words(delivered).count > 300)
        #expect(Self.words(delivered).subtracting(Self.words(shown)).sorted() == [])
    }

    @Test func theCopyrightLineIsInTheFrontMatter() {
        let (files, _) = SiteTestSupport.build(SiteTestSupport.fileSystem(editions: ["a": SiteTestSupport.secondArticle]))
        #expect(files["a/text.html"]?.contains("<p class=\"copyright\">© 2023</p>") == true)
    }
}
