import Testing
@testable import DiglotEdition
@testable import DiglotSite

struct TemplateLinterTests {
    func problems(_ templates: [String: String]) -> [Diagnostic] {
        let fileSystem = SiteTestSupport.fileSystem(editions: [:], templates: templates)
        return TemplateSet.load(from: "templates", fileSystem: fileSystem).1
    }

    @Test func theShippedTemplatesAreClean() {
        #expect(problems([:]).isEmpty)
    }

    @Test func aMisspeltNameIsAnErrorAtItsLineAndColumn() {
        let found = problems(["text.mustache": "{{<layout}}{{$content}}\n<p>{{bodyhtml}}</p>\n{{/content}}{{/layout}}\n"])
        #expect(found.map(\.message) == ["unknown name 'bodyhtml' (a page provides no such value)"])
        #expect(found.first?.file == "templates/text.mustache")
        #expect(found.first?.line == 2 && found.first?.column == 4)
    }

    @Test func aMissingPartialAndAnUnknownStringAreErrors() {
        let found = problems(["english.mustache": "{{> partials/nope}}\n{{t.no_such_string}}\n"])
        #expect(found.count == 2)
        #expect(found[0].message.hasPrefix("english: no template named 'partials/nope'"))
        #expect(found[1].message == "no interface string 'no_such_string' in strings.yaml")
    }

    @Test func aSyntaxErrorIsAnErrorWithItsPosition() {
        let found = problems(["apparatus.mustache": "<ol>\n{{#interventions}}\n<li>{{id}}</li>\n{{/intervention}}\n</ol>\n"])
        #expect(found.count == 1)
        #expect(found.first?.message == "template syntax: a section is closed with another name than it was opened with ('interventions' is open, 'intervention' is closed)")
        #expect(found.first?.line == 4)
    }

    @Test func aStringMissingInOneLanguageIsAnError() {
        let strings = String(decoding: SiteTestSupport.read("templates/strings.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "  notes: Notes\n", with: "")
        let found = problems(["strings.yaml": strings])
        #expect(found.map(\.message) == ["string 'notes' has no 'en' text"])
    }

    @Test func aStringThePagesComposeIsRequiredInEveryLanguage() {
        let strings = String(decoding: SiteTestSupport.read("templates/strings.yaml"), as: UTF8.self)
            .replacingOccurrences(of: "  language_ko: корейский\n", with: "")
            .replacingOccurrences(of: "  language_ko: Korean\n", with: "")
        let found = problems(["strings.yaml": strings])
        #expect(found.map(\.message) == ["string 'language_ko' has no 'en' text", "string 'language_ko' has no 'ru' text"])
        #expect(found.first?.file == "templates/strings.yaml" && found.first?.line == strings.split(separator: "\n", omittingEmptySubsequences: false).firstIndex(of: "en:")! + 1)
    }

    @Test func stringsWithoutLanguagesAreAnError() {
        let found = problems(["strings.yaml": "# nothing yet\n"])
        #expect(found.map(\.message) == ["no languages: the file maps language codes (ru, en) to tables of strings"])
    }

    @Test func aBuildInALanguageTheStringsLackStopsWithAnError() {
        let strings = String(decoding: SiteTestSupport.read("templates/strings.yaml"), as: UTF8.self)
        let russianOnly = String(strings[..<strings.range(of: "\nen:")!.lowerBound]) + "\n"
        let fileSystem = SiteTestSupport.fileSystem(editions: ["a": SiteTestSupport.secondArticle], templates: ["strings.yaml": russianOnly])
        let (files, report) = SiteTestSupport.build(fileSystem)
        #expect(!report.succeeded)
        #expect(report.diagnostics.map(\.message).contains("no 'en' strings: the editions are in en, so the interface needs its words"))
        #expect(files.isEmpty)
    }
}
