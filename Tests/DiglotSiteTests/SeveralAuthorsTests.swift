import Foundation
import Testing
@testable import DiglotSite

/// An article by two authors: the front matter prints each author's name and affiliation by turns, and the
/// landing page gathers them into one group of names and one of affiliations.
struct SeveralAuthorsTests {
    static let article = SiteTestSupport.secondArticle
        .replacingOccurrences(of: "\n\n*Статья поступила", with: """


            **Ким Олег Игоревич**

            Научный сотрудник Центра корейских исследований ИКСА РАН. E-mail: kim-oi@example.org.

            *Статья поступила
            """)
        .replacingOccurrences(of: "\n\nReceived", with: """


            **Oleg I. Kim**

            Researcher, Center for Korean Studies, ICCA RAS. E-mail: kim-oi@example.org.

            Received
            """)
    static let site = SiteTestSupport.build(SiteTestSupport.fileSystem(editions: ["two": article]))
    var landing: String { Self.site.0["two/index.html"]! }

    @Test func eachKindOfPairIsOneGroupHeadedInThePlural() {
        #expect(Self.site.1.succeeded, "\(Self.site.1.diagnostics.map(\.message))")
        #expect(SiteTestSupport.count("id=\"group-author\"", in: landing) == 1)
        #expect(SiteTestSupport.count("id=\"group-affiliation\"", in: landing) == 1)
        let authors = landing.components(separatedBy: "id=\"group-author\"")[1].components(separatedBy: "</section>")[0]
        #expect(authors.contains("<span lang=\"ru\">Авторы</span>") && authors.contains("<span lang=\"en\">Authors</span>"))
        #expect(SiteTestSupport.matches("lang=\"ru\" data-pair=\"(author-[0-9])\"", in: authors) == ["author-1", "author-2"])
        #expect(authors.contains("Ким Олег Игоревич") && authors.contains("Oleg I. Kim"))
        let affiliations = landing.components(separatedBy: "id=\"group-affiliation\"")[1].components(separatedBy: "</section>")[0]
        #expect(affiliations.contains("Сведения об авторах") && affiliations.contains("kim-oi@example.org"))
    }

    @Test func aSingleAuthorsGroupKeepsTheSingular() {
        let single = SiteTestSupport.build(SiteTestSupport.fileSystem(editions: ["one": SiteTestSupport.secondArticle]))
        let page = single.0["one/index.html"]!
        #expect(page.contains("<span lang=\"ru\">Автор</span>") && !page.contains("Авторы"))
    }
}
