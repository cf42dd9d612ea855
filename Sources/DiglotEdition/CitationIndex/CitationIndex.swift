import Markdown

/// Every source of an edition once, with the places citing it, and what does not fit: strings that cannot be
/// read, strings of one source that disagree, notes that repeat another, bibliography entries no note cites.
public struct CitationIndex: Sendable {
    public let sources: [CitedSource]
    public var report: ConsistencyReport
    /// The positions in `sources` by the anchor of each place that cites them: the pages ask for every note.
    private let positionsByAnchor: [String: [Int]]

    public init(sources: [CitedSource], report: ConsistencyReport) {
        self.sources = sources
        self.report = report
        var positions: [String: [Int]] = [:]
        for (position, source) in sources.enumerated() {
            for anchor in Set(source.places.map(\.anchor)) { positions[anchor, default: []].append(position) }
        }
        positionsByAnchor = positions
    }

    public func source(citedAt place: CitationPlace) -> CitedSource? {
        sources.first { $0.places.contains(place) }
    }

    /// The sources a place cites (a note may cite several), in order.
    public func sources(atAnchor anchor: String) -> [CitedSource] {
        (positionsByAnchor[anchor] ?? []).map { sources[$0] }
    }

    public static let empty = CitationIndex(sources: [], report: ConsistencyReport())
}

/// The consistency of an article's citations, for `diglot check` and the apparatus.
public struct ConsistencyReport: Sendable, Equatable {
    /// One source printed with two different URLs or DOIs.
    public struct Discrepancy: Sendable, Equatable {
        public var source: Int
        public var field: String
        public var values: [String]
        public var places: [[CitationPlace]]
    }

    public var discrepancies: [Discrepancy] = []
    /// Notes all of whose sources an earlier note already cites: (note, the earlier note).
    public var repeatedNotes: [(note: String, repeats: String)] = []
    /// Bibliography entries (by number) that no note cites.
    public var uncitedBibliographyEntries: [Int] = []
    /// Notes (by label) citing a source the bibliography does not list.
    public var notesOutsideBibliography: [String] = []
    /// Places whose string could not be read as a reference.
    public var unparsed: [CitationPlace] = []
    /// Notes that are the author's remarks, with no reference in them: not sources.
    public var remarks: [CitationPlace] = []

    public init() {}

    public static func == (a: ConsistencyReport, b: ConsistencyReport) -> Bool {
        a.discrepancies == b.discrepancies && a.repeatedNotes.map(\.note) == b.repeatedNotes.map(\.note)
            && a.repeatedNotes.map(\.repeats) == b.repeatedNotes.map(\.repeats)
            && a.uncitedBibliographyEntries == b.uncitedBibliographyEntries
            && a.notesOutsideBibliography == b.notesOutsideBibliography && a.unparsed == b.unparsed
            && a.remarks == b.remarks
    }
}
