@testable import DiglotPreview
import Foundation
import Testing

extension PreviewServerTests {
    /// Saves in the content folder, rebuilds in a child process, and the reload signal to open tabs.
    struct LiveReload {
        @Test func aSaveRebuildsAndSendsReload() async throws {
            try await TestServer.with { server in
                let tab = try EventListener(port: server.port)
                defer { tab.close() }
                #expect(await server.eventually { await server.server.broadcaster.count == 1 })
                var article = try String(contentsOf: server.articlePath, encoding: .utf8)
                article = article.replacingOccurrences(of: "пандемии COVID-19", with: "пандемии COVID-19 (правка редактора)")
                let saved = ContinuousClock.now
                try article.write(to: server.articlePath, atomically: false, encoding: .utf8)
                #expect(await server.eventually { tab.reloads == 1 })
                let latency = try #require(tab.times.first) - saved
                let build = try #require(await server.server.state.snapshot.lastBuild)
                #expect(build.succeeded)
                let page = try await server.get("/melkonyan-2022/text.html")
                #expect(page.text.contains("(правка редактора)"))
                #expect(!tab.text.contains("data: ") || tab.text.components(separatedBy: "data: ").dropFirst().allSatisfy { $0.hasPrefix("reload\n") })
                // What the server adds to a build (noticing the save, the quiet period, starting the child, the
                // signal) stays small; the build itself is the rest.
                let overhead = latency - build.duration
                print("save-to-reload: \(Self.milliseconds(latency)) ms (build \(build.milliseconds) ms, server overhead \(Self.milliseconds(overhead)) ms)")
                #expect(overhead < .milliseconds(150))
            }
        }

        @Test func aBrokenEditShowsTheDiagnosticsOverTheLastGoodSiteUntilFixed() async throws {
            try await TestServer.with { server in
                let tab = try EventListener(port: server.port)
                defer { tab.close() }
                let good = try String(contentsOf: server.articlePath, encoding: .utf8)
                let before = try await server.get("/melkonyan-2022/text.html")
                let broken = good.replacingOccurrences(of: "COVID-19<sup>1</sup>.", with: "COVID-19<sup>1</sup> <b>&</b> \"x\"<sup>99</sup>.")
                #expect(broken != good)
                try broken.write(to: server.articlePath, atomically: true, encoding: .utf8)
                #expect(await server.eventually { tab.reloads == 1 })
                let failed = try await server.get("/melkonyan-2022/text.html")
                #expect(failed.status == 200)
                let start = try #require(failed.text.range(of: "<link rel=\"stylesheet\" href=\"/__diglot/overlay.css\">"))
                let end = try #require(failed.text.range(of: "</details>\n"))
                let overlay = String(failed.text[start.lowerBound..<end.upperBound])
                #expect(overlay.contains("article.md:46:"))
                #expect(overlay.contains("error: note 99 is called here but never defined"))
                #expect(overlay.contains("COVID-19&lt;sup&gt;1&lt;/sup&gt; &lt;b&gt;&amp;&lt;/b&gt; &quot;x&quot;&lt;sup&gt;99&lt;/sup&gt;."))
                #expect(!overlay.contains("<sup>") && !overlay.contains("<b>"))
                // The page under the overlay is still the last good build.
                #expect(failed.text.replacingOccurrences(of: overlay, with: "") == before.text)
                let otherPage = try await server.get("/melkonyan-2022/en.html")
                #expect(otherPage.text.contains("diglot-overlay"))

                try good.write(to: server.articlePath, atomically: true, encoding: .utf8)
                #expect(await server.eventually { tab.reloads == 2 })
                let fixed = try await server.get("/melkonyan-2022/text.html")
                #expect(!fixed.text.contains("diglot-overlay"))
                #expect(fixed.body == before.body)
            }
        }

        @Test func editorTempFilesDoNotRebuild() async throws {
            try await TestServer.with { server in
                let tab = try EventListener(port: server.port)
                defer { tab.close() }
                let folder = server.articlePath.deletingLastPathComponent()
                let templates = server.root.appendingPathComponent("templates")
                let names = [".article.md.swp", ".article.md.swx", "article.md~", ".#article.md", "#article.md#", "article.md.tmp",
                             "4913", "article.md___jb_tmp___", "article.md___jb_old___"]
                for name in names {
                    for place in [folder, templates] {
                        try Data("scratch".utf8).write(to: place.appendingPathComponent(name))
                        try Data("scratch again".utf8).write(to: place.appendingPathComponent(name))
                        try FileManager.default.removeItem(at: place.appendingPathComponent(name))
                    }
                }
                // A rebuild the scratch files started may not have finished yet; a real save queues behind it,
                // so the count of builds once everything has settled tells whether there was one.
                try await Task.sleep(for: .milliseconds(200))
                let text = try Data(contentsOf: server.articlePath)
                try (text + Data("\n".utf8)).write(to: server.articlePath)
                #expect(await server.eventually { await server.buildCount >= 2 })
                // Long enough for a second debug build to finish behind the first.
                try await Task.sleep(for: .seconds(3))
                #expect(await server.buildCount == 2)
                #expect(tab.reloads == 1)
            }
        }

        @Test func aBurstOfSavesGivesOneRebuild() async throws {
            // Quiet and settle periods that a busy test machine cannot overshoot between two writes of the burst.
            try await TestServer.with(quietPeriod: .milliseconds(300), settlePeriod: .milliseconds(300)) { server in
                let tab = try EventListener(port: server.port)
                defer { tab.close() }
                let article = server.articlePath
                let text = try Data(contentsOf: article)
                let folder = article.deletingLastPathComponent()
                // vim's save: a probe file, the original renamed to a backup, a new file written, the backup removed.
                try Data().write(to: folder.appendingPathComponent("4913"))
                try FileManager.default.removeItem(at: folder.appendingPathComponent("4913"))
                try FileManager.default.moveItem(at: article, to: folder.appendingPathComponent("article.md~"))
                try text.write(to: article)
                try FileManager.default.removeItem(at: folder.appendingPathComponent("article.md~"))
                // Then a few quick saves of two files, as "save all" does.
                for round in 0..<5 {
                    try (text + Data("\n\(round)".utf8)).write(to: article)
                    try Data("title:\n  ru: \"Диглот\"\n  en: \"Diglot\"\nbase_url: https://diglot.example.org/\n".utf8)
                        .write(to: server.root.appendingPathComponent("content/site.yaml"))
                    try await Task.sleep(for: .milliseconds(5))
                }
                #expect(await server.eventually { await server.buildCount == 2 })
                try await Task.sleep(for: .milliseconds(800))
                #expect(await server.buildCount == 2)
                #expect(tab.reloads == 1)
            }
        }

        @Test func aCompletedSaveIsBuiltWithoutWaitingOutTheQuietPeriod() async throws {
            try await TestServer.with(quietPeriod: .seconds(3)) { server in
                let tab = try EventListener(port: server.port)
                defer { tab.close() }
                #expect(await server.eventually { await server.server.broadcaster.count == 1 })
                let article = try String(contentsOf: server.articlePath, encoding: .utf8)
                let saved = ContinuousClock.now
                // Written beside and renamed into place: the rename is the save's last event.
                try (article + "\n").write(to: server.articlePath, atomically: true, encoding: .utf8)
                #expect(await server.eventually { tab.reloads == 1 })
                let latency = try #require(tab.times.first) - saved
                #expect(latency < .seconds(3), "the rebuild waited for the quiet period: \(latency)")
            }
        }

        @Test func aFileStillBeingWrittenIsNotBuiltHalfWritten() async throws {
            try await TestServer.with(quietPeriod: .milliseconds(600)) { server in
                let tab = try EventListener(port: server.port)
                defer { tab.close() }
                #expect(await server.eventually { await server.server.broadcaster.count == 1 })
                var article = try String(contentsOf: server.articlePath, encoding: .utf8)
                article = article.replacingOccurrences(of: "пандемии COVID-19", with: "пандемии COVID-19 (правка редактора)")
                let bytes = Data(article.utf8)
                // Written in place in two parts, with a pause far longer than the settle period between them.
                let handle = try FileHandle(forWritingTo: server.articlePath)
                try handle.truncate(atOffset: 0)
                try handle.write(contentsOf: bytes.prefix(bytes.count / 2))
                try await Task.sleep(for: .milliseconds(150))
                try handle.write(contentsOf: bytes.dropFirst(bytes.count / 2))
                try handle.close()
                #expect(await server.eventually { await server.buildCount == 2 })
                try await Task.sleep(for: .milliseconds(1500))
                #expect(await server.buildCount == 2)
                #expect(tab.reloads == 1)
                let page = try await server.get("/melkonyan-2022/text.html")
                #expect(page.text.contains("(правка редактора)"))
                #expect(!page.text.contains("diglot-overlay"))
            }
        }

        @Test func aFileRenamedIntoPlaceBeforeItIsClosedIsBuiltOnce() async throws {
            try await TestServer.with { server in
                let tab = try EventListener(port: server.port)
                defer { tab.close() }
                #expect(await server.eventually { await server.server.broadcaster.count == 1 })
                let article = try String(contentsOf: server.articlePath, encoding: .utf8)
                // Foundation's atomic write: a hidden temporary written, renamed over the file, then closed.
                let temporary = server.articlePath.deletingLastPathComponent().appendingPathComponent(".article.md.partial")
                #expect(FileManager.default.createFile(atPath: temporary.path, contents: nil))
                let handle = try FileHandle(forWritingTo: temporary)
                try handle.write(contentsOf: Data((article + "\n").utf8))
                guard rename(temporary.path, server.articlePath.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
                try await Task.sleep(for: .milliseconds(150))
                try handle.close()
                #expect(await server.eventually { await server.buildCount == 2 })
                try await Task.sleep(for: .milliseconds(1500))
                #expect(await server.buildCount == 2)
                #expect(tab.reloads == 1)
            }
        }

        @Test func newSubfoldersAreWatchedToo() async throws {
            try await TestServer.with { server in
                let extra = server.root.appendingPathComponent("templates/assets/extra")
                try FileManager.default.createDirectory(at: extra, withIntermediateDirectories: true)
                #expect(await server.eventually { await server.buildCount == 2 })
                try Data("p { color: teal }".utf8).write(to: extra.appendingPathComponent("more.css"))
                #expect(await server.eventually { await server.buildCount == 3 })
                let css = try await server.get("/assets/extra/more.css")
                #expect(css.status == 200 && css.text == "p { color: teal }")
            }
        }

        @Test func aTabThatGoesAwayIsForgottenAndTheServerCarriesOn() async throws {
            try await TestServer.with(heartbeat: .milliseconds(50)) { server in
                let broadcaster = server.server.broadcaster
                let gone = try EventListener(port: server.port)
                let rude = try EventListener(port: server.port)
                let staying = try EventListener(port: server.port)
                defer { staying.close() }
                #expect(await server.eventually { await broadcaster.count == 3 })
                gone.close()
                rude.close(abruptly: true)
                #expect(await server.eventually(within: .seconds(10)) { await broadcaster.count == 1 })
                #expect(try await server.get("/").status == 200)
                try Data("\n".utf8).write(to: server.articlePath, options: [])
                #expect(await server.eventually { staying.reloads == 1 })
                #expect(staying.text.contains(":\n\n"))
                #expect(try await server.get("/melkonyan-2022/").status == 200)
            }
        }

        @Test func aBuildThatHangsIsKilledWhileTheServerKeepsAnswering() async throws {
            // Long enough for a debug build of the real edition on a busy machine; the quadratic input takes minutes.
            try await TestServer.with(rebuildTimeout: .seconds(8)) { server in
                let tab = try EventListener(port: server.port)
                defer { tab.close() }
                // A known quadratic input of libcmark 0.30: minutes of parsing at this size.
                let count = 40_000
                let quadratic = String(repeating: "- ", count: count) + "x" + String(repeating: "\n", count: count)
                try quadratic.write(to: server.articlePath, atomically: true, encoding: .utf8)
                try await Task.sleep(for: .milliseconds(300))
                for _ in 0..<5 {
                    let start = ContinuousClock.now
                    #expect(try await server.get("/melkonyan-2022/text.html").status == 200)
                    #expect(ContinuousClock.now - start < .milliseconds(500))
                    try await Task.sleep(for: .milliseconds(200))
                }
                #expect(await server.eventually(within: .seconds(20)) { tab.reloads == 1 })
                let page = try await server.get("/melkonyan-2022/text.html")
                #expect(page.text.contains("took longer than 8.0 seconds and was stopped"))
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: server.server.folder.path)
                #expect(leftovers == ["site"])
            }
        }

        private static func milliseconds(_ duration: Duration) -> Int64 {
            duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        }
    }
}
