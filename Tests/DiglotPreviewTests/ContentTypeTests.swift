@testable import DiglotPreview
import Testing

struct ContentTypeTests {
    @Test func typesFollowTheExtension() {
        #expect(ContentType.of("/s/a/text.html") == "text/html; charset=utf-8")
        #expect(ContentType.of("/s/assets/diglot.css") == "text/css; charset=utf-8")
        #expect(ContentType.of("/s/assets/diglot.js") == "text/javascript; charset=utf-8")
        #expect(ContentType.of("/s/assets/favicon.svg") == "image/svg+xml")
        #expect(ContentType.of("/s/sitemap.xml") == "application/xml; charset=utf-8")
        #expect(ContentType.of("/s/a/meta.json") == "application/json")
        #expect(ContentType.of("/s/a/article.md") == "text/markdown; charset=utf-8")
        #expect(ContentType.of("/s/a/cite.bib") == "text/plain; charset=utf-8")
        #expect(ContentType.of("/s/a/cite.RIS") == "text/plain; charset=utf-8")
        #expect(ContentType.of("/s/a.b/noextension") == "application/octet-stream")
    }
}
