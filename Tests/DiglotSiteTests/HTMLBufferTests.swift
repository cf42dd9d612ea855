import Testing
@testable import DiglotSite

/// The HTML every page writer shares: escaping, Russian spacing rules, and which links may be links.
struct HTMLBufferTests {
    @Test func textAndAttributesAreEscaped() {
        var buffer = HTMLBuffer()
        buffer.raw("<p")
        buffer.attribute("title", #"«A» & "B" 'C'"#)
        buffer.raw(">")
        buffer.text("x < y > z & w")
        buffer.raw("</p>")
        #expect(buffer.html == #"<p title="«A» &amp; &quot;B&quot; &#39;C&#39;">x &lt; y &gt; z &amp; w</p>"#)
    }

    @Test func russianTextKeepsDashesNumeroAndYearsWithTheirWords() {
        var buffer = HTMLBuffer()
        buffer.russianText("Это — № 5 от 2020 г. <b>")
        #expect(buffer.html == "Это\u{A0}— №\u{A0}5 от 2020\u{A0}г. &lt;b&gt;")
    }

    @Test func onlyWebAndMailLinksAreSafe() {
        #expect(HTML.isSafeLink("https://example.org/a:b"))
        #expect(HTML.isSafeLink("HTTP://EXAMPLE.ORG"))
        #expect(HTML.isSafeLink("mailto:editor@example.org"))
        #expect(HTML.isSafeLink("sources.html#s1"))
        #expect(HTML.isSafeLink("path/with:colon"))
        #expect(HTML.isSafeLink("?q=a:b"))
        #expect(!HTML.isSafeLink("javascript:alert(1)"))
        #expect(!HTML.isSafeLink("  JavaScript:alert(1)"))
        #expect(!HTML.isSafeLink("file:///etc/passwd"))
        #expect(!HTML.isSafeLink("data:text/html,x"))
    }
}
