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
}
