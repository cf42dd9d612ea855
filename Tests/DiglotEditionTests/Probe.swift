import Testing
import Foundation
@testable import DiglotEdition

@Test func probe() throws {
    let loader = ContentLoader(fileSystem: LocalFileSystem(), contentPath: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../content").standardized.path)
    let (site, locations, d0) = loader.discover()
    print(locations, d0)
    let source = try loader.load(locations[0]).get()
    let (e, diags) = EditionBuilder.build(source, site: site)
    print("DIAGS", diags.map { DiagnosticFormatter().format($0) }.joined())
    let p = e.sections.primary
    print("title", p.title?.text ?? "-"); print("authors", p.authors.map { ($0.name.text, $0.orcid, $0.email) }); print("aff", p.authors.first?.affiliation?.text ?? "")
    print("received", p.received?.text ?? "-", "doi", p.doi ?? "-", "©", p.copyright?.text ?? "-")
    print("abstract", p.abstract.count, "kw", p.keywords, "cit", p.citationLine as Any, "fund", p.funding?.text.prefix(40) ?? "-")
    let t = e.sections.translation!
    print("EN title", t.title?.text ?? "-"); print("authors", t.authors.map { ($0.name.text, $0.orcid, $0.email) })
    print("received", t.received?.text ?? "-", "abstract", t.abstract.count, "kw", t.keywords, "cit", t.citationLine as Any, "fund", t.funding?.text.prefix(40) ?? "-", "unrec", t.unrecognised.count)
    print("body", e.sections.body.count, e.sections.body.first!.plainText.prefix(50), "|", e.sections.body.last!.plainText.prefix(50))
    print("bib", e.sections.primaryBibliography?.entries.count ?? 0, e.sections.translationBibliography?.entries.count ?? 0, "trailing", e.sections.trailing.count)
    print("pairs", e.pairs.map(\.key))
    for b in e.sections.body { if case .figure(let f) = b.kind { print("FIG", f.number, f.captions.map { "\($0.label)|\($0.inlines.plainText)" }, f.source?.inlines.plainText ?? "") } ; if case .sectionBreak = b.kind { print("BREAK at", b.range.start.line) } }
    print("interventions", e.interventions.count, Dictionary(grouping: e.interventions, by: \.kind).mapValues(\.count))
}
