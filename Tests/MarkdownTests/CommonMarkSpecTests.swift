import Foundation
import Testing
@testable import Markdown

/// The Swift tree copied out of cmark, rendered back to HTML, must reproduce every example of the spec:
/// anything the copy dropped or mangled (a node kind, a list's start, a title, a literal) shows up here.
struct CommonMarkSpecTests {
    struct Example: Decodable {
        let markdown: String
        let html: String
        let example: Int
        let section: String
    }

    static let examples: [Example] = {
        let url = Bundle.module.url(forResource: "Fixtures/commonmark-spec-0.30", withExtension: "json")!
        return try! JSONDecoder().decode([Example].self, from: Data(contentsOf: url))
    }()

    @Test func theFixtureHoldsTheWholeSpec() {
        #expect(Self.examples.count == 652)
    }

    @Test func everyExampleRendersAsTheSpecSaysWithRawHTMLAllowed() {
        let renderer = CommonMarkHTMLRenderer(unsafe: true)
        var failures: [Int] = []
        for example in Self.examples {
            let tree = MarkdownParser().parse(example.markdown)
            if Self.normalise(renderer.render(tree)) != Self.normalise(example.html) {
                failures.append(example.example)
            }
        }
        #expect(failures.isEmpty, "examples that differ: \(failures)")
    }

    /// In safe mode raw HTML is omitted and dangerous URLs emptied, so only the examples without them agree.
    @Test func safeModePassesTheExamplesWithoutRawHTMLOrDangerousURLs() {
        let renderer = CommonMarkHTMLRenderer(unsafe: false)
        let passing = Self.examples.filter { example in
            Self.normalise(renderer.render(MarkdownParser().parse(example.markdown))) == Self.normalise(example.html)
        }
        #expect(passing.count == 581)
        let sample = MarkdownParser().parse("<script>x</script>\n\n[a](javascript:alert(1)) <b>b</b>")
        let html = renderer.render(sample)
        #expect(!html.contains("<script>") && !html.contains("javascript:") && !html.contains("<b>"))
    }

    /// The spec's own runner compares HTML after removing whitespace between tags; so do we.
    static func normalise(_ html: String) -> String {
        html.replacingOccurrences(of: ">\\s+<", with: "><", options: .regularExpression)
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
