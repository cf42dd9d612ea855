@testable import DiglotPreview
import DiglotEdition
import Foundation
import Testing

struct PageDecoratorTests {
    @Test func theScriptAndOverlayGoBeforeTheLastClosingBody() {
        let page = Data("<html><body><p>&lt;/body&gt;</p>\n</BODY>\n</html>\n".utf8)
        let decorated = String(decoding: PageDecorator.decorate(page, overlay: "<div>overlay</div>\n"), as: UTF8.self)
        #expect(decorated == "<html><body><p>&lt;/body&gt;</p>\n<script src=\"/__diglot/reload.js\" defer></script>\n<div>overlay</div>\n</BODY>\n</html>\n")
    }

    @Test func aPageWithoutBodyGetsTheScriptAtTheEnd() {
        let decorated = String(decoding: PageDecorator.decorate(Data("<p>x".utf8), overlay: nil), as: UTF8.self)
        #expect(decorated == "<p>x<script src=\"/__diglot/reload.js\" defer></script>\n")
    }

    @Test func theOverlayEscapesEverythingItEchoes() {
        let hostile = Diagnostic(.error, "note <b>99</b> & \"more\"", file: "content/<x>/article.md", line: 3, column: 5,
                                 stage: .notes, sourceLine: "text<sup>99</sup><script>alert(1)</script>")
        let failure = BuildOutcome(succeeded: false, diagnostics: [hostile], duration: .zero)
        let html = ErrorOverlay.html(for: failure, hasSite: true)
        #expect(html.contains("content/&lt;x&gt;/article.md:3:5: error: note &lt;b&gt;99&lt;/b&gt; &amp; &quot;more&quot;"))
        #expect(html.contains("text&lt;sup&gt;99&lt;/sup&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<sup>"))
        #expect(!html.contains("<b>"))
    }

    @Test func theServersOwnPagesEscapeWhatTheyEcho() {
        let html = ErrorPage.html(title: "Not found", detail: "Nothing is at /<img src=x onerror=alert(1)>.")
        #expect(html.contains("/&lt;img src=x onerror=alert(1)&gt;"))
        #expect(!html.contains("<img"))
    }
}
