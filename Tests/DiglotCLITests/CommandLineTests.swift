import Foundation
import Testing

/// The command line as editors and CI use it: exit statuses, diagnostics, and what is written where.
struct CommandLineTests {
    @Test func buildWritesTheSiteAndSucceeds() throws {
        let project = try CLI()
        defer { project.remove() }
        let result = try project.run(["build"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("built 1 edition(s)"))
        #expect(try project.read("public/melkonyan-2022/text.html").contains("role=\"doc-noteref\""))
    }

    /// Editions, and the parts of each edition, are built concurrently: the files must not depend on how the
    /// threads interleave, here all on one core or spread over every core.
    @Test func theSiteIsTheSameBuiltOnOneCoreAsOnAll() throws {
        let project = try CLI { folder in
            for slug in ["copy-a", "copy-b"] {
                try FileManager.default.copyItem(atPath: folder + "/content/melkonyan-2022", toPath: folder + "/content/" + slug)
            }
            let second = CLI.repository.appendingPathComponent("Tests/Fixtures/second-article").path
            try FileManager.default.createDirectory(atPath: folder + "/content/second", withIntermediateDirectories: true)
            for name in ["article.md", "edition.yaml"] {
                try FileManager.default.copyItem(atPath: second + "/" + name, toPath: folder + "/content/second/" + name)
            }
        }
        defer { project.remove() }
        let pinned = try project.run(["build", "--output", "one-core"], launcher: ["/usr/bin/taskset", "-c", "0"])
        #expect(pinned.status == 0, "\(pinned.stderr)")
        #expect(pinned.stderr.contains("built 4 edition(s)"))
        #expect(try project.run(["build", "--output", "all-cores"]).status == 0)
        let one = project.snapshot("one-core")
        #expect(one.count > 300)
        #expect(one == project.snapshot("all-cores"))
    }

    @Test func aContentErrorExitsOneWithCompilerStyleDiagnosticsAndLeavesTheOutputAlone() throws {
        let project = try CLI()
        defer { project.remove() }
        #expect(try project.run(["build"]).status == 0)
        let before = project.snapshot("public")
        let article = try project.read("content/melkonyan-2022/article.md")
        try project.write("content/melkonyan-2022/article.md", article.replacingOccurrences(of: "COVID-19<sup>1</sup>", with: "COVID-19<sup>99</sup>"))
        let result = try project.run(["build"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("content/melkonyan-2022/article.md:46:"))
        #expect(result.stderr.contains(": error: note 99 is called here but never defined\n"))
        #expect(result.stderr.contains("COVID-19<sup>99</sup>"))
        #expect(result.stderr.contains("^\n"))
        #expect(result.stderr.contains("public/ was left as it was"))
        #expect(project.snapshot("public") == before)
    }

    @Test func jsonDiagnosticsAreOneArrayOnStdoutAndNothingElse() throws {
        let project = try CLI()
        defer { project.remove() }
        let article = try project.read("content/melkonyan-2022/article.md")
        try project.write("content/melkonyan-2022/article.md", article.replacingOccurrences(of: "COVID-19<sup>1</sup>", with: "COVID-19<sup>99</sup>"))
        for command in ["build", "check"] {
            let result = try project.run([command, "--diagnostics", "json"])
            #expect(result.status == 1)
            #expect(result.stderr == "")
            let diagnostics = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
            #expect(diagnostics?.contains { ($0["message"] as? String) == "note 99 is called here but never defined" && ($0["line"] as? Int) == 46 } == true)
        }
    }

    @Test func wrongUsageExitsTwo() throws {
        let project = try CLI()
        defer { project.remove() }
        for arguments in [["frobnicate"], ["build", "--no-such-option"], ["build", "--base-url", "ftp://x"], ["serve", "--port", "many"]] {
            let result = try project.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
        }
        #expect(try project.run(["--help"]).status == 0)
    }

    @Test func serveHandsOverToTheServerBesideItWhichChecksTheHostAndNamesItselfAsServe() throws {
        let project = try CLI()
        defer { project.remove() }
        let refused = try project.run(["serve", "--host", "preview.example"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("--host must be an IP address or localhost"))
        #expect(refused.stderr.contains("Usage: diglot serve "))
        let help = try project.run(["serve", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--port <port>") && help.stdout.contains("--base-url <base-url>"))
    }

    @Test func aDiglotWithoutItsServerSaysSoAndFails() throws {
        let project = try CLI()
        defer { project.remove() }
        let alone = project.folder + "/bin/diglot"
        try FileManager.default.createDirectory(atPath: project.folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: CLI.executable, toPath: alone)
        let result = try project.run(["serve"], executable: alone)
        #expect(result.status == 1)
        #expect(result.stderr.contains("diglot: cannot serve: cannot run \(project.folder)/bin/diglot-serve"))
        #expect(result.stderr.contains("build both executables"))
        #expect(try project.run(["build"], executable: alone).status == 0, "a build needs no server")
    }

    @Test func checkValidatesTheFirstEditionStrictlyAndWritesNothing() throws {
        let project = try CLI()
        defer { project.remove() }
        let result = try project.run(["check", "--warnings-as-errors"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("melkonyan-2022: 38 sources"))
        #expect(result.stderr.contains("notes repeating an earlier note: 9 = 8, 20 = 19, 23 = 1"))
        #expect(!FileManager.default.fileExists(atPath: project.folder + "/public"))
    }

    @Test func checkCatchesABrokenAnchorAMissingNoteAndAnUnpairedFieldAllAtOnce() throws {
        let project = try CLI { folder in
            let path = folder + "/content/melkonyan-2022/article.md"
            var article = try String(contentsOfFile: path, encoding: .utf8)
            article = article.replacingOccurrences(of: "на фоне пандемии COVID-19<sup>1</sup>.",
                                                   with: "на фоне пандемии COVID-19<sup>1</sup> (см. [выше](#no-such-place)).")
            article = article.replacingOccurrences(of: "Сил самообороны<sup>2</sup>", with: "Сил самообороны<sup>37</sup>")
            article = article.replacingOccurrences(of: "*Funding sources:*\n\nThis article was prepared", with: "This article was prepared")
            try article.write(toFile: path, atomically: true, encoding: .utf8)
        }
        defer { project.remove() }
        let result = try project.run(["check"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("article.md:48:") && result.stderr.contains("error: note 37 is called here but never defined"))
        #expect(result.stderr.contains("warning: note 2 is never called in the text"))
        #expect(result.stderr.contains("warning: funding has no counterpart in the English part"))
        #expect(!FileManager.default.fileExists(atPath: project.folder + "/public"))

        // Without the missing note the build goes through, and the output check finds the broken anchor.
        let article = try project.read("content/melkonyan-2022/article.md")
        try project.write("content/melkonyan-2022/article.md", article.replacingOccurrences(of: "<sup>37</sup>", with: "<sup>2</sup>"))
        let anchors = try project.run(["check"])
        #expect(anchors.status == 1)
        #expect(anchors.stderr.contains("content/melkonyan-2022/article.md:46:"))
        #expect(anchors.stderr.contains("error: the link '#no-such-place' points to #no-such-place, which melkonyan-2022/text.html does not have"))
        let strict = try project.run(["check", "--warnings-as-errors"])
        #expect(strict.status == 1)
    }

    @Test func twoBuildsAreIdenticalWhateverTheTimeZoneAndLocale() throws {
        let project = try CLI()
        defer { project.remove() }
        #expect(try project.run(["build", "--output", "one"]).status == 0)
        #expect(try project.run(["build", "--output", "two"], environment: ["TZ": "Pacific/Kiritimati", "LANG": "ru_RU.UTF-8", "LC_ALL": "ru_RU.UTF-8"]).status == 0)
        let one = project.snapshot("one")
        #expect(one.count > 100)
        #expect(one == project.snapshot("two"))
    }

    @Test func itRefusesToReplaceAFolderItDidNotMake() throws {
        let project = try CLI()
        defer { project.remove() }
        let result = try project.run(["build", "--output", "templates"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("refusing"))
        #expect(FileManager.default.fileExists(atPath: project.folder + "/templates/layout.mustache"))
    }
}

/// The preview's build worker: one process, one line per request and per answer, rebuilding only what changed.
struct BuildWorkerTests {
    @Test func itRebuildsOnlyTheEditionThatChangedAndKeepsTheLastGoodOneOnErrors() throws {
        let project = try CLI { folder in
            try FileManager.default.copyItem(atPath: CLI.repository.appendingPathComponent("Tests/Fixtures/second-article").path,
                                             toPath: folder + "/content/second")
            try FileManager.default.removeItem(atPath: folder + "/content/second/README.md")
        }
        defer { project.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.executable)
        process.arguments = ["build-worker", "--output", "site"]
        process.currentDirectoryURL = URL(fileURLWithPath: project.folder)
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        var pending = Data()
        func ask(_ changes: [String]) throws -> [String: Any] {
            let request = try JSONSerialization.data(withJSONObject: ["changes": changes])
            input.fileHandleForWriting.write(request + Data("\n".utf8))
            while !pending.contains(UInt8(ascii: "\n")) { pending.append(output.fileHandleForReading.availableData) }
            let line = pending.prefix { $0 != UInt8(ascii: "\n") }
            pending.removeFirst(line.count + 1)
            return try JSONSerialization.jsonObject(with: line) as! [String: Any]
        }

        #expect(try ask([])["succeeded"] as? Bool == true)
        let firstText = project.folder + "/site/melkonyan-2022/text.html"
        let secondText = project.folder + "/site/second/text.html"
        let untouched = try FileManager.default.attributesOfItem(atPath: firstText)[.modificationDate] as! Date

        let article = project.folder + "/content/second/article.md"
        let original = try String(contentsOfFile: article, encoding: .utf8)
        try original.replacingOccurrences(of: "Арктика остается", with: "Арктика всё ещё остается").write(toFile: article, atomically: true, encoding: .utf8)
        #expect(try ask([article])["succeeded"] as? Bool == true)
        #expect(try String(contentsOfFile: secondText, encoding: .utf8).contains("Арктика всё ещё остается"))
        #expect(try FileManager.default.attributesOfItem(atPath: firstText)[.modificationDate] as! Date == untouched)

        try original.replacingOccurrences(of: "<sup>5</sup>", with: "<sup>55</sup>").write(toFile: article, atomically: true, encoding: .utf8)
        let failed = try ask([article])
        #expect(failed["succeeded"] as? Bool == false)
        let messages = (failed["diagnostics"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        #expect(messages.contains("note 55 is called here but never defined"))
        #expect(try String(contentsOfFile: secondText, encoding: .utf8).contains("Арктика всё ещё остается"), "the last good edition stays")
    }
}
