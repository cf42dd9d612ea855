import Foundation
@testable import DiglotEdition

/// Paths and builders shared by the edition tests. The articles are read from the repository itself
/// (content/ and Tests/Fixtures/), so the tests need no ../shared.
enum TestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ relative: String) -> String {
        try! String(contentsOf: repository.appendingPathComponent(relative), encoding: .utf8)
    }

    static var firstArticle: String { text("content/melkonyan-2022/article.md") }
    static var secondArticle: String { text("Tests/Fixtures/second-article/article.md") }

    /// Runs the whole edition pipeline on an article held in memory.
    static var firstAnnotations: String { text("content/melkonyan-2022/annotations.yaml") }

    static func edition(_ article: String, slug: String = "test", editionYAML: String? = nil, annotationsYAML: String? = nil)
        -> (Edition, [Diagnostic]) {
        let source = EditionSource(
            slug: slug, article: SourceFile(path: "content/\(slug)/article.md", text: article),
            edition: editionYAML.map { SourceFile(path: "content/\(slug)/edition.yaml", text: $0) },
            annotations: annotationsYAML.map { SourceFile(path: "content/\(slug)/annotations.yaml", text: $0) })
        return EditionBuilder.build(source, site: SiteConfiguration())
    }

    static func blocks(_ markdown: String) -> [Block] {
        ArticleParser.parse(SourceFile(path: "t.md", text: markdown)).blocks
    }

    static func heal(_ markdown: String) -> HealedText {
        let source = SourceFile(path: "t.md", text: markdown)
        var counter = InterventionCounter()
        return PageBreakHealer.heal(ArticleParser.parse(source).blocks, profile: .farEasternStudies, source: source,
                                    words: WordStarts(markdown), counter: &counter)
    }
}
