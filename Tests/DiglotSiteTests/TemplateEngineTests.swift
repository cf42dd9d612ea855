import Foundation
import Mustache
import Testing
@testable import DiglotEdition
@testable import DiglotSite

/// Diglot's own Mustache engine against swift-mustache, the reference: the same templates and values must give
/// the same bytes. (swift-mustache took most of a build's time, which is why Diglot renders with its own.)
struct TemplateEngineTests {
    static func reference(_ templates: [String: String]) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in templates { try! library.register(text, named: name) }
        return library
    }

    static func mine(_ templates: [String: String]) -> TemplateRenderer {
        TemplateRenderer(templates: templates.mapValues { try! TemplateParser.parse($0).get().nodes })
    }

    static func any(_ value: TemplateValue) -> Any {
        switch value {
        case .text(let text): text
        case .bool(let flag): flag
        case .number(let number): number
        case .list(let items): items.map(any)
        case .map(let values): values.mapValues(any)
        }
    }

    static var shippedTemplates: [String: String] {
        SiteTestSupport.templateFiles.filter { $0.key.hasSuffix(".mustache") }.reduce(into: [:]) { result, file in
            let name = String(file.key.dropFirst("templates/".count).dropLast(".mustache".count))
            result[name] = String(decoding: file.value, as: UTF8.self)
        }
    }

    @Test func everyPageOfBothArticlesRendersAsSwiftMustacheRendersIt() throws {
        let templates = Self.shippedTemplates
        let reference = Self.reference(templates)
        let mine = Self.mine(templates)
        let fileSystem = SiteTestSupport.fileSystem(editions: [:])
        let (set, problems) = TemplateSet.load(from: "templates", fileSystem: fileSystem)
        #expect(problems.isEmpty)
        var compared = 0
        for (slug, article) in [("first", SiteTestSupport.firstArticle), ("second", SiteTestSupport.secondArticle)] {
            let source = EditionSource(slug: slug, article: SourceFile(path: "a.md", text: article), edition: nil, annotations:
                SourceFile(path: "n.yaml", text: String(decoding: SiteTestSupport.read("content/melkonyan-2022/annotations.yaml"), as: UTF8.self)))
            let edition = EditionBuilder.build(source, site: SiteConfiguration()).0
            let pages = EditionPages(edition: edition, templates: try #require(set), site: SiteConfiguration()).pages()
            #expect(pages.count >= 9)
            for page in pages {
                let expected = reference.render(Self.any(.map(page.values)), withTemplate: page.template) ?? "<missing>"
                let actual = String(decoding: mine.render(page.template, page.values), as: UTF8.self)
                #expect(actual == expected, "\(slug)/\(page.path) differs")
                compared += 1
            }
        }
        #expect(compared >= 18)
    }

    static let featureCases: [(String, TemplateValues)] = [
        ("plain {{x}} and {{{x}}} and {{&x}}", ["x": "<b>&\"'"]),
        ("{{#list}}[{{.}}]{{/list}}{{^list}}none{{/list}}", ["list": ["a", "b"]]),
        ("{{#list}}[{{.}}]{{/list}}{{^list}}none{{/list}}", ["list": []]),
        ("{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}", ["flag": false]),
        ("{{a.b.c}} {{#a}}{{b.c}} {{x}}{{/a}}", ["a": ["b": ["c": "deep"]], "x": "outer"]),
        ("{{#a}}{{missing.c}}{{/a}}", ["a": ["b": 1], "missing": ["d": 2]]),
        ("Line\n  {{#s}}\n  inside\n  {{/s}}\nEnd\n", ["s": true]),
        ("  {{! a comment\n over lines }}\nafter", [:]),
        ("{{=<% %>=}}<% x %> {{x}}", ["x": "y"]),
        ("{{#items}}{{name}}:{{#tags}}{{.}},{{/tags}};{{/items}}", ["items": [["name": "a", "tags": ["1", "2"]], ["name": "b", "tags": []]]]),
        ("{{n}} {{#n}}has{{/n}}", ["n": 42]),
    ]

    @Test func eachFeatureAgreesWithTheReference() {
        for (template, values) in Self.featureCases {
            let expected = Self.reference(["t": template]).render(Self.any(.map(values)), withTemplate: "t")
            let actual = String(decoding: Self.mine(["t": template]).render("t", values), as: UTF8.self)
            #expect(actual == expected, "\(template.debugDescription)")
        }
    }

    @Test func partialsParentsAndBlocksAgreeWithTheReference() {
        let templates = [
            "layout": "<html>\n{{$head}}<title>default</title>{{/head}}\n<body>\n{{$content}}nothing{{/content}}\n</body>\n</html>\n",
            "page": "{{<layout}}\n{{$content}}\n{{> part}}\n{{#items}}\n- {{.}}\n{{/items}}\n{{/content}}\n{{/layout}}\n",
            "part": "<p>{{title}}</p>\n",
        ]
        let values: TemplateValues = ["title": "T & U", "items": ["a", "b"]]
        let expected = Self.reference(templates).render(Self.any(.map(values)), withTemplate: "page")
        #expect(String(decoding: Self.mine(templates).render("page", values), as: UTF8.self) == expected)
    }

    @Test func syntaxErrorsNameTheirLineAndColumn() {
        guard case .failure(let unclosed) = TemplateParser.parse("ok\n  {{#open}}\nno end") else { Issue.record("accepted"); return }
        #expect(unclosed.message == "the section 'open' is never closed" && unclosed.line == 2 && unclosed.column == 3)
        guard case .failure(let mismatched) = TemplateParser.parse("{{#a}}x{{/b}}") else { Issue.record("accepted"); return }
        #expect(mismatched.line == 1 && mismatched.column == 8)
        guard case .failure(let unterminated) = TemplateParser.parse("text {{name") else { Issue.record("accepted"); return }
        #expect(unterminated.message.hasPrefix("a tag is not closed"))
    }
}
