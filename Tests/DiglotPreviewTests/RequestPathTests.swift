@testable import DiglotPreview
import Testing

struct RequestPathTests {
    @Test func decodesOnceIntoComponents() throws {
        #expect(try RequestPath.parse("/") == RequestPath(components: [], isFolder: true))
        #expect(try RequestPath.parse("/melkonyan-2022/") == RequestPath(components: ["melkonyan-2022"], isFolder: true))
        #expect(try RequestPath.parse("/a/b%20c.html") == RequestPath(components: ["a", "b c.html"], isFolder: false))
        #expect(try RequestPath.parse("/%D1%82%D0%B5%D0%BA%D1%81%D1%82") == RequestPath(components: ["текст"], isFolder: false))
    }

    @Test(arguments: [
        "/../../etc/passwd", "/a/../../etc/passwd", "/./index.html", "/a/./b", "/%2e%2e/etc/passwd", "/%2E%2e/",
        "/a%2fb", "/a%2F..%2Fb", "/a%5cb", "/a\\b", "/%00", "/index.html%00.md", "/a#b", "/%23", "/%252e%252e/",
        "/%25", "/%", "/%zz", "/%4", "/%c0%ae%c0%ae/etc/passwd", "/%c0%af", "/%e0%80%ae", "/%ed%a0%80", "/%ff",
        "/a%0d%0aSet-Cookie:x", "//etc/passwd", "/a//b", "etc/passwd", "http://127.0.0.1/", "*", "",
        "/\u{e9}", "/" + String(repeating: "a", count: 3000),
    ])
    func refusesWhatOnlyAnAttackSends(raw: String) {
        #expect(throws: RequestPath.Rejection.self) { try RequestPath.parse(raw) }
    }
}
