@testable import DiglotPreview
import Foundation
import Testing

/// Tests that start real servers: run one at a time, so that rebuild timings are not skewed by each other.
@Suite(.serialized) enum PreviewServerTests {}

extension PreviewServerTests {
    /// The checklist of robustness.md, item by item, against a running server.
    struct Security {
        static let attacks = [
            // Traversal, raw and encoded (Zola CVE-2023-40274), and through encoded slashes and backslashes.
            "/../../etc/passwd", "/melkonyan-2022/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
            "/melkonyan-2022/..%5c..%5cetc%5cpasswd", "/a\\..\\..\\etc\\passwd", "/./index.html", "//etc/passwd",
            // NUL, #, double encoding, overlong and invalid UTF-8, CR LF injection.
            "/index.html%00.md", "/index.html#/../../etc/passwd", "/%23", "/%252e%252e/%252e%252e/etc/passwd",
            "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/%c0%af%c0%afetc%c0%afpasswd", "/%e0%80%ae%e0%80%ae/", "/%ff",
            "/x%0d%0aSet-Cookie:%20a=b", "http://127.0.0.1/etc/passwd",
            // Sources, the repository and configuration, which are not part of the built output.
            "/.git/config", "/.diglot-output", "/content/melkonyan-2022/article.md", "/templates/layout.mustache",
            "/content/site.yaml", "/Package.swift", "/etc/passwd", "/proc/self/environ",
        ]

        /// Pieces of the sources behind the site, none of which a built page contains: a template's markup,
        /// the interface strings, the edition's and the site's settings, the package manifest, git's config.
        static let sourceTexts = ["{{$content}}", "not_found_title:", "publication_date:", "base_url:", "swift-tools-version", "[core]"]

        @Test func everyAttackOnThePathIsAnswered4xx() async throws {
            try await TestServer.with { server in
                for attack in Self.attacks {
                    let response = try await server.get(attack)
                    #expect((400..<500).contains(response.status), "\(attack) → \(response.status)")
                    #expect(!response.text.contains("root:x:0:0"), "\(attack) leaked /etc/passwd")
                    for source in Self.sourceTexts {
                        #expect(!response.text.contains(source), "\(attack) leaked a source")
                    }
                }
            }
        }

        @Test func symlinksOutOfTheSiteAreNotFollowed() async throws {
            try await TestServer.with { server in
                let site = server.server.site.root
                let fm = FileManager.default
                // A sibling whose name starts with the site's: a string-prefix containment check would let it through.
                let sibling = site + "-secret"
                try fm.createDirectory(atPath: sibling, withIntermediateDirectories: true)
                try Data("secret".utf8).write(to: URL(fileURLWithPath: sibling + "/secret.txt"))
                try fm.createSymbolicLink(atPath: site + "/sibling", withDestinationPath: sibling)
                try fm.createSymbolicLink(atPath: site + "/etc", withDestinationPath: "/etc")
                try fm.createSymbolicLink(atPath: site + "/passwd.html", withDestinationPath: "/etc/passwd")
                try fm.createSymbolicLink(atPath: site + "/relative.html", withDestinationPath: "../../../../../../etc/passwd")
                try fm.createSymbolicLink(atPath: site + "/home.html", withDestinationPath: "index.html")
                for path in ["/sibling/secret.txt", "/sibling/", "/etc/passwd", "/etc/", "/passwd.html", "/relative.html"] {
                    let response = try await server.get(path)
                    #expect(response.status == 404, "\(path) → \(response.status)")
                    #expect(!response.text.contains("secret") && !response.text.contains("root:x:0:0"), "\(path)")
                }
                // A link that stays inside the site is fine.
                #expect(try await server.get("/home.html").status == 200)
            }
        }

        @Test func theHostHeaderMustNameThisServer() async throws {
            try await TestServer.with { server in
                let port = server.port
                #expect(try await server.get("/").status == 200)
                #expect(try await server.get("/", host: "localhost:\(port)").status == 200)
                for host in ["evil.example:\(port)", "evil.example", "127.0.0.1:\(port &+ 1)", "127.0.0.1", "attacker.127.0.0.1.nip.io:\(port)"] {
                    #expect(try await server.get("/", host: .some(host)).status == 403, "\(host)")
                }
                #expect(try await server.get("/", host: .some(nil)).status == 403, "no Host")
                // X-Forwarded-Host is never read, neither to allow nor to build anything.
                let forwarded = try await server.get("/", host: "evil.example", headers: ["X-Forwarded-Host": "127.0.0.1:\(port)"])
                #expect(forwarded.status == 403)
                let ignored = try await server.get("/", headers: ["X-Forwarded-Host": "evil.example"])
                #expect(ignored.status == 200)
                #expect(!ignored.text.contains("evil.example"))
            }
        }

        @Test func noCORSAndOnlyReading() async throws {
            try await TestServer.with { server in
                let origin = ["Origin": "http://evil.example"]
                for path in ["/", "/assets/diglot.css", "/missing", "/__diglot/reload.js"] {
                    let response = try await server.get(path, headers: origin)
                    #expect(response.header("Access-Control-Allow-Origin") == nil, "\(path)")
                }
                for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
                    let response = try await server.get("/", headers: origin, method: method)
                    #expect(response.status == 405, "\(method)")
                    #expect(response.header("Access-Control-Allow-Origin") == nil, "\(method)")
                }
            }
        }

        @Test func theEventStreamRefusesForeignOrigins() async throws {
            try await TestServer.with { server in
                for origin in ["http://evil.example", "null", "http://127.0.0.1:\(server.port &+ 1)", "https://127.0.0.1:\(server.port)"] {
                    let response = try await server.get("/__diglot/events", headers: ["Origin": origin])
                    #expect(response.status == 403, "\(origin)")
                }
                let crossSite = try await server.get("/__diglot/events", headers: ["Sec-Fetch-Site": "cross-site"])
                #expect(crossSite.status == 403)
                let own = try EventListener(port: server.port)
                #expect(own.status == 200)
                own.close()
            }
        }

        @Test func servesTheBuiltSiteWithTheRightTypes() async throws {
            try await TestServer.with { server in
                let site = server.server.site.root
                for (name, text) in [("meta.json", "{}"), ("cite.bib", "@article{x}"), ("cite.ris", "TY  - JOUR")] {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: site + "/melkonyan-2022/" + name))
                }
                let expected = [
                    "/": "text/html; charset=utf-8", "/melkonyan-2022/": "text/html; charset=utf-8",
                    "/melkonyan-2022/text.html": "text/html; charset=utf-8", "/assets/diglot.css": "text/css; charset=utf-8",
                    "/assets/diglot.js": "text/javascript; charset=utf-8", "/assets/favicon.svg": "image/svg+xml",
                    "/sitemap.xml": "application/xml; charset=utf-8", "/melkonyan-2022/article.md": "text/markdown; charset=utf-8",
                    "/melkonyan-2022/meta.json": "application/json", "/melkonyan-2022/cite.bib": "text/plain; charset=utf-8",
                    "/melkonyan-2022/cite.ris": "text/plain; charset=utf-8",
                ]
                for (path, type) in expected {
                    let response = try await server.get(path)
                    #expect(response.status == 200, "\(path)")
                    #expect(response.header("Content-Type") == type, "\(path)")
                }
                let folder = try await server.get("/melkonyan-2022/")
                let index = try await server.get("/melkonyan-2022/index.html")
                #expect(folder.body == index.body)
                let bare = try await server.get("/melkonyan-2022")
                #expect(bare.status == 301)
                #expect(bare.header("Location") == "/melkonyan-2022/")
                // The query never reaches the file system.
                let queried = try await server.get("/melkonyan-2022/index.html?../../../etc/passwd")
                #expect(queried.status == 200)
                #expect(queried.body == index.body)
                let head = try await server.get("/melkonyan-2022/index.html", method: "HEAD")
                #expect(head.status == 200 && head.body.isEmpty)
                #expect(head.header("Content-Length") == String(index.body.count))
            }
        }

        @Test func htmlGetsTheReloadScriptAsServedNotOnDisk() async throws {
            try await TestServer.with { server in
                let page = try await server.get("/melkonyan-2022/text.html")
                #expect(page.text.contains("<script src=\"/__diglot/reload.js\" defer></script>\n</body>"))
                let onDisk = try String(contentsOfFile: server.server.site.root + "/melkonyan-2022/text.html", encoding: .utf8)
                #expect(!onDisk.contains("__diglot"))
                let css = try await server.get("/assets/diglot.css")
                #expect(!css.text.contains("__diglot"))
                let script = try await server.get("/__diglot/reload.js")
                #expect(script.status == 200 && script.text.contains("EventSource(\"/__diglot/events\")"))
            }
        }

        @Test func aMissingFileGetsTheSite404PageOrAnEscapedOne() async throws {
            try await TestServer.with { server in
                let missing = try await server.get("/melkonyan-2022/nope.html")
                #expect(missing.status == 404)
                #expect(missing.text.contains("page-404"))
                #expect(missing.text.contains("/__diglot/reload.js"))
                // Without a 404 page in the site, the server's own page echoes the path, escaped.
                try FileManager.default.removeItem(atPath: server.server.site.root + "/404.html")
                let hostile = try await server.get("/%3Cimg%20src=x%20onerror=alert(1)%3E%22")
                #expect(hostile.status == 404)
                #expect(hostile.text.contains("/&lt;img src=x onerror=alert(1)&gt;&quot;"))
                #expect(!hostile.text.contains("<img"))
            }
        }

        @Test func stoppingRemovesThePrivateFolderAndNothingElse() async throws {
            let server = try await TestServer.start()
            let folder = server.server.folder.path
            let copy = server.root
            #expect(FileManager.default.fileExists(atPath: folder + "/site/index.html"))
            #expect(!folder.hasPrefix(TestServer.repository.path))
            server.server.stop()
            try await Task.sleep(for: .milliseconds(1))
            #expect(await server.eventually(within: .seconds(10)) { !FileManager.default.fileExists(atPath: folder) })
            #expect(FileManager.default.fileExists(atPath: copy.appendingPathComponent("content/melkonyan-2022/article.md").path))
            #expect(!FileManager.default.fileExists(atPath: copy.appendingPathComponent("public").path))
            try await server.stop()
        }
    }
}
