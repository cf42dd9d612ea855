import Testing
@testable import DiglotEdition

/// The front matter as other articles of the journal print it: the title over two headings, a second paragraph
/// of affiliation, labels set in bold or ending in a full stop, the abstract begun on its label's line. Each
/// must keep every field in the front matter, and the body must begin where it did.
struct FrontMatterVariantsTests {
    static let second = TestSupport.text("Tests/Fixtures/second-article/article.md")
    static let bodyStart = "Арктика остается одним из немногих регионов"

    static func sections(_ edits: [(String, String)]) -> ArticleSections {
        var article = second
        for (old, new) in edits {
            #expect(article.contains(old), "«\(old)»")
            article = article.replacingOccurrences(of: old, with: new)
        }
        return TestSupport.edition(article).0.sections
    }

    static func expectWhole(_ sections: ArticleSections) {
        let front = sections.primary
        #expect(front.abstract.count == 3)
        #expect(front.abstract.first?.text.hasPrefix("В статье рассматривается") == true)
        #expect(front.keywords.count == 6)
        #expect(front.citation != nil && front.funding != nil && front.received != nil)
        #expect(sections.body.first?.plainText.hasPrefix(bodyStart) == true, "\(sections.body.first?.plainText.prefix(40) ?? "")")
    }

    @Test(arguments: [
        [("*Аннотация:*", "*Аннотация.*")],
        [("*Аннотация:*", "**Аннотация:**")],
        [("*Ключевые слова:*", "**Ключевые слова:**"), ("*Для цитирования:*", "**Для цитирования:**")],
    ])
    func aLabelInBoldOrWithAFullStopIsStillALabel(edits: [(String, String)]) {
        let sections = Self.sections(edits)
        Self.expectWhole(sections)
        #expect(sections.primary.keywords.first == "Россия")
    }

    @Test func anAbstractBegunOnItsLabelsLineGoesOnToTheNextLabel() {
        let sections = Self.sections([("*Аннотация:*\n\nВ статье", "*Аннотация:* В статье")])
        Self.expectWhole(sections)
    }

    @Test func aSecondParagraphOfAffiliationIsMoreOfIt() {
        let sections = Self.sections([("ORCID: 0000-0002-1825-0097.  \nE-mail:", "ORCID: 0000-0002-1825-0097.\n\nE-mail:")])
        Self.expectWhole(sections)
        #expect(sections.primary.authors.first?.email == "petrova-as@example.org")
        #expect(sections.primary.authors.first?.affiliation?.text.hasSuffix("E-mail: petrova-as@example.org.") == true)
    }

    @Test func aTitleOverTwoHeadingsIsOneTitle() {
        let sections = Self.sections([("## Энергетическое сотрудничество России и Республики Корея в Арктике: от проектов к институтам",
                                       "## Энергетическое сотрудничество России и Республики Корея в Арктике:\n\n### от проектов к институтам")])
        Self.expectWhole(sections)
        #expect(sections.primary.title?.text == "Энергетическое сотрудничество России и Республики Корея в Арктике: от проектов к институтам")
    }

    @Test(arguments: [
        // The translator joined the second and third paragraphs.
        ("(NSR) and the role of Korean shipyards in building ice-class gas carriers. Sanctions pressure after 2022 slowed the interaction down but did not stop it.\n\nThe author",
         "(NSR) and the role of Korean shipyards in building ice-class gas carriers. Sanctions pressure after 2022 slowed the interaction down but did not stop it. The author",
         ["1 ↔ 1", "2–3 ↔ 2"]),
        // The translator joined the first two.
        ("by intergovernmental mechanisms.\n\nSpecial attention", "by intergovernmental mechanisms. Special attention", ["1–2 ↔ 1", "3 ↔ 2"]),
    ])
    func anAbstractWhoseTranslationJoinedParagraphsIsPairedByLength(old: String, new: String, expected: [String]) {
        let article = Self.second.replacingOccurrences(of: old, with: new)
        #expect(article != Self.second)
        let (edition, diagnostics) = TestSupport.edition(article)
        let pairs = edition.pairs.filter { $0.kind == .abstract }
        #expect(pairs.count == 2)
        #expect(pairs.allSatisfy { $0.isComplete })
        #expect(!diagnostics.contains { $0.severity != .note }, "\(diagnostics.map(\.message))")
        let note = diagnostics.first { $0.message.hasPrefix("the abstract has 3 paragraph(s)") }
        #expect(note?.message.hasSuffix("paired by length as " + expected.joined(separator: ", ")) == true, "\(note?.message ?? "")")
        #expect(note?.line == 19)
    }
}
