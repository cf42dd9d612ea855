import Foundation
import DiglotEdition

extension EditionPages {
    /// The orders the citation index can be read in, one static page each, so sorting needs no script.
    enum SourceOrder: String, CaseIterable {
        case cited, title, year

        var page: String {
            switch self {
            case .cited: SitePaths.sources
            case .title: "sources-by-title.html"
            case .year: "sources-by-year.html"
            }
        }
    }

    /// The same entries in each order: their values are built once and only arranged per page. The filters'
    /// rules go in a stylesheet of their own, so no page carries CSS in its body.
    func sourcesPages() -> [Page] {
        let entryContext = SourceEntryContext(edition: edition, strings: strings(primary))
        let entries = Dictionary(uniqueKeysWithValues: edition.citations.sources.map { ($0.number, TemplateValue.map(entryContext.context($0))) })
        let shared = sourcesPageValues()
        let filters = Page(path: path("sources-filters.css"), template: "sources-filters.css", values: ["filter_rules": shared["filter_rules"]!])
        return SourceOrder.allCases.map { sourcesPage($0, entries: entries, shared: shared) } + [filters]
    }

    private func sourcesPage(_ order: SourceOrder, entries: [Int: TemplateValue], shared: TemplateValues) -> Page {
        let s = strings(primary)
        var frame = frame(page: order.page, language: primary, title: s["sources_title"] + " — " + edition.title,
                          bodyClass: "page-sources")
        if order != .cited { frame.canonical = SitePaths.absolute(path(SitePaths.sources), base: site.baseURL) }
        let orders = SourceOrder.allCases.map { other -> TemplateValues in
            ["href": .text(other.page), "label": .text(s["order_\(other.rawValue)"]), "current": .bool(other == order)]
        }
        var values = shared
        values["entries"] = .list(EditionPages.sorted(edition.citations.sources, by: order).compactMap { entries[$0.number] })
        values["orders"] = .maps(orders)
        return output(order.page, template: "sources", frame: frame, values)
    }

    /// What the three orders of the index share: its filters and its consistency report.
    private func sourcesPageValues() -> TemplateValues {
        let s = strings(primary)
        let sources = edition.citations.sources
        let filters: [(String, String, [String])] = [
            ("type", s["filter_type"], ReferenceType.allCases.map(\.rawValue).filter { type in sources.contains { $0.reference.type.rawValue == type } }),
            ("language", s["filter_language"], Array(Set(sources.map { $0.reference.language ?? "und" })).sorted()),
            ("where", s["filter_where"], SourceEntryContext.whereValues.filter { value in sources.contains { SourceEntryContext.whereCited($0) == value } }),
        ]
        let groups = filters.map { name, legend, values -> TemplateValues in
            let all: TemplateValues = ["input_id": .text("f-\(name)-all"), "value": "all", "label": .text(s["filter_all"]),
                                       "checked": true, "name": .text(name)]
            let options = [all] + values.map { value -> TemplateValues in
                let key = name == "type" ? "type_\(value)" : name == "language" ? "language_\(value)" : "where_\(value)"
                return ["input_id": .text("f-\(name)-\(value)"), "value": .text(value), "label": .text(s[key]), "checked": false,
                        "name": .text(name)]
            }
            return ["name": .text(name), "legend": .text(legend), "options": .maps(options)]
        }
        let rules = filters.flatMap { name, _, values in
            values.map { value -> TemplateValues in
                ["input_id": .text("f-\(name)-\(value)"), "attribute": .text(name), "value": .text(value)]
            }
        }
        return [
            "filter_groups": .maps(groups), "filter_rules": .maps(rules),
            "report": .map(consistency(s)),
        ]
    }

    static func sorted(_ sources: [CitedSource], by order: SourceOrder) -> [CitedSource] {
        switch order {
        case .cited:
            return sources
        case .title:
            let keys = Dictionary(uniqueKeysWithValues: sources.map { ($0.number, sortKey($0)) })
            return sources.sorted { (keys[$0.number]!, $0.number) < (keys[$1.number]!, $1.number) }
        case .year:
            return sources.sorted { a, b in
                let ya = a.reference.issued?.year ?? Int.max
                let yb = b.reference.issued?.year ?? Int.max
                return ya == yb ? a.number < b.number : ya < yb
            }
        }
    }

    /// Authors' family name, else the title: how a reference list is alphabetised.
    private static func sortKey(_ source: CitedSource) -> String {
        (source.reference.authors.first?.family ?? source.reference.title ?? "").lowercased()
            .trimming { $0.isPunctuation || $0.isHorizontalSpace }
    }

    /// The consistency report of the sources, as the citation index and the apparatus show it.
    func consistency(_ s: UIStrings.Language) -> TemplateValues {
        let report = edition.citations.report
        let labels = SourceEntryContext(edition: edition, strings: s)
        let discrepancies = report.discrepancies.map { discrepancy -> TemplateValues in
            [
                "source_href": .text(SitePaths.sources + "#" + Anchors.source(discrepancy.source)),
                "source": .number(discrepancy.source), "field": .text(discrepancy.field),
                "values": .maps(zip(discrepancy.values, discrepancy.places).map { value, places -> TemplateValues in
                    ["value": .text(value), "places": .text(places.map(labels.label).joined(separator: ", "))]
                }),
            ]
        }
        return [
            "discrepancies": .maps(discrepancies), "has_discrepancies": .bool(!discrepancies.isEmpty),
            "repeated": .maps(report.repeatedNotes.map {
                ["note": .text($0.note), "repeats": .text($0.repeats), "note_href": .text(SitePaths.text + "#" + Anchors.note($0.note)),
                 "repeats_href": .text(SitePaths.text + "#" + Anchors.note($0.repeats))]
            }),
            "uncited": .maps(report.uncitedBibliographyEntries.map {
                ["number": .number($0), "href": .text(SitePaths.text + "#" + Anchors.bibliographyEntry($0))]
            }),
            "outside": .maps(report.notesOutsideBibliography.map { ["label": .text($0), "href": .text(SitePaths.text + "#" + Anchors.note($0))] }),
            "unparsed": .maps(report.unparsed.map { ["label": .text(labels.label($0)), "href": .text(labels.href($0))] }),
        ]
    }
}
