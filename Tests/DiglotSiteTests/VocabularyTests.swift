import Foundation
import Testing
@testable import DiglotEdition
@testable import DiglotSite

/// The lists the template linter checks against, kept equal to what the code really gives and names: a name
/// missing from a list would make a valid template an error, an extra one would let a typo render as nothing.
struct VocabularyTests {
    /// Every page of both articles' editions and of the site, as their templates are given them, with a third
    /// edition whose front matter has a line Diglot does not recognise.
    static let pages: [Page] = {
        let unrecognised = SiteTestSupport.secondArticle.replacingOccurrences(of: "© 2023", with: "УДК 327\n\n© 2023")
        let fileSystem = SiteTestSupport.fileSystem(
            editions: ["first": SiteTestSupport.firstArticle, "second": SiteTestSupport.secondArticle, "third": unrecognised],
            extra: ["content/first/edition.yaml": SiteTestSupport.firstEditionYAML,
                    "content/first/annotations.yaml": String(decoding: SiteTestSupport.read("content/melkonyan-2022/annotations.yaml"), as: UTF8.self)])
        let prepared = SiteBuilder(fileSystem: fileSystem, options: BuildOptions()).prepare()
        let templates = prepared.templates!
        let editions = prepared.locations.map { location in
            EditionBuilder.build(try! prepared.loader.load(location).get(), site: prepared.site).0
        }
        return editions.flatMap { EditionPages(edition: $0, templates: templates, site: prepared.site).pages() }
            + SitePages(editions: editions.map(EditionSummary.init), templates: templates, site: prepared.site).pages()
    }()

    /// The names of a value at every depth, leaving out the interface strings under `t`.
    static func names(_ values: TemplateValues) -> Set<String> {
        values.reduce(into: Set<String>()) { found, entry in
            found.insert(entry.key)
            if entry.key != "t" { found.formUnion(names(entry.value)) }
        }
    }

    static func names(_ value: TemplateValue) -> Set<String> {
        switch value {
        case .map(let values): names(values)
        case .list(let items): items.reduce(into: Set<String>()) { $0.formUnion(names($1)) }
        default: []
        }
    }

    /// Every name a shipped template uses, each part of a dotted name counted.
    static let used: Set<String> = {
        let fileSystem = SiteTestSupport.fileSystem(editions: [:])
        var used = Set<String>()
        for (path, bytes) in fileSystem.files where path.hasSuffix(".mustache") {
            guard case .success(let template) = TemplateParser.parse(String(decoding: bytes, as: UTF8.self)) else { continue }
            for tag in template.tags where [.variable, .section, .invertedSection].contains(tag.kind) {
                used.formUnion(tag.name.split(separator: ".").map(String.init))
            }
        }
        return used
    }()

    @Test func thePageVocabularyIsExactlyTheNamesThePagesGive() {
        let given = Self.pages.reduce(into: Set<String>()) { $0.formUnion(Self.names($1.values)) }
        #expect(given.subtracting(PageVocabulary.names).sorted() == [])
        #expect(PageVocabulary.names.subtracting(given).sorted() == [])
    }

    @Test func everyNameThePagesGiveIsUsedByATemplate() {
        let given = Self.pages.reduce(into: Set<String>()) { $0.formUnion(Self.names($1.values)) }
        #expect(given.subtracting(Self.used).sorted() == [])
    }

    @Test func theStringVocabularyIsExactlyTheStringsTheCodeNames() throws {
        let pattern = try NSRegularExpression(pattern: #"(?:\b(?:s|t|strings)\[|\.format\()"([A-Za-z_]+)""#)
        var named = Set<String>()
        let folder = SiteTestSupport.repository.path + "/Sources/DiglotSite"
        for file in FileManager.default.enumerator(atPath: folder)!.compactMap({ $0 as? String }) where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                named.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        #expect(named.count > 20)
        #expect(named.subtracting(StringVocabulary.all).sorted() == [])
        #expect(Set(StringVocabulary.named).subtracting(named).sorted() == [])
    }
}
