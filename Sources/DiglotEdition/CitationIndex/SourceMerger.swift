import Foundation

/// Groups the printed strings of an article into sources: one source however many times and ways it is cited.
///
/// Strings are the same source when they share a DOI, a normalised URL, or authors, year and title; a
/// bibliography entry and its translated twin are one source by construction; and strings with one title
/// (and no contrary year or container) are one source even if their URLs differ — which is then reported as
/// a discrepancy, never merged in silence. A note that points back («Там же», «Указ. соч.», «См. прим. 4») joins
/// the source it points to.
public struct SourceMerger {
    /// Bibliography entry number pairs (primary, translation) that the pairing stage matched.
    let twins: [(Int, Int)]

    public init(twins: [(Int, Int)]) {
        self.twins = twins
    }

    public func merge(_ strings: [CitedString]) -> [CitedSource] {
        var groups = UnionFind(count: strings.count)
        func unite(by key: (SourceKeys) -> String?) {
            var first: [String: Int] = [:]
            for (index, string) in strings.enumerated() {
                guard let value = key(string.keys) else { continue }
                if let earlier = first[value] { groups.union(earlier, index) } else { first[value] = index }
            }
        }
        unite { $0.doi }
        unite { $0.url }
        unite { $0.authorYearTitle }
        for (a, b) in twins {
            let first = strings.firstIndex { $0.place.kind == .bibliography && $0.place.number == String(a) }
            let second = strings.firstIndex { $0.place.kind == .translatedBibliography && $0.place.number == String(b) }
            if let first, let second { groups.union(first, second) }
        }
        for index in strings.indices {
            if let target = Self.target(of: index, in: strings) { groups.union(target, index) }
        }
        uniteSameTitles(strings, &groups)

        var members: [Int: [Int]] = [:]
        for index in strings.indices { members[groups.find(index), default: []].append(index) }
        let ordered = members.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        return ordered.enumerated().map { number, indices in
            source(number: number + 1, citations: indices.map { strings[$0] })
        }
    }

    /// The string a note that points back names its source by; nil for a string that names its own, or points
    /// to nothing cited before it. A «Там же» after an «Указ. соч.» points to that note, which points further.
    public static func target(of index: Int, in strings: [CitedString]) -> Int? {
        let earlier = strings[..<index].lazy.filter { $0.place.kind == .note }
        switch strings[index].backReference {
        case nil:
            return nil
        case .previous:
            return earlier.indices.last { earlier[$0].backReference != .previous }
        case .earlierWork(let author):
            // The author may stand where the parser took no author («Подробнее см.: Смирнов А.П. …»); failing an
            // earlier note, the bibliography's one work of the author.
            func names(_ string: CitedString) -> Bool {
                string.parsed.authors.contains { $0.family.lowercased() == author.lowercased() }
                    || string.printed.lowercased().containsLiteral(author.lowercased())
            }
            if let note = earlier.indices.last(where: { earlier[$0].backReference == nil && names(earlier[$0]) }) { return note }
            let works = strings.indices.filter { strings[$0].place.kind == .bibliography && names(strings[$0]) }
            return works.count == 1 ? works[0] : nil
        case .note(let number):
            return strings.indices.first { strings[$0].place.kind == .note && strings[$0].place.number == number && $0 != index }
        }
    }

    /// Same title, no contradicting year or container: one source (even where the URLs disagree).
    /// Strings are compared within their title's group: the union of the pairs that agree does not depend on the
    /// order they are found in.
    private func uniteSameTitles(_ strings: [CitedString], _ groups: inout UnionFind) {
        var byTitle: [String: [Int]] = [:]
        for (index, string) in strings.enumerated() {
            guard let title = string.keys.title, title.characterCount >= 12 else { continue }
            byTitle[title, default: []].append(index)
        }
        for indices in byTitle.values where indices.count > 1 {
            for (position, i) in indices.enumerated() {
                for j in indices[(position + 1)...] where groups.find(i) != groups.find(j) {
                    let a = strings[i].parsed
                    let b = strings[j].parsed
                    let yearsAgree = a.issued?.year == nil || b.issued?.year == nil || a.issued?.year == b.issued?.year
                    let containersAgree = a.containerTitle == nil || b.containerTitle == nil
                        || strings[i].keys.containerTitle == strings[j].keys.containerTitle
                    let doisAgree = a.doi == nil || b.doi == nil || strings[i].keys.doi == strings[j].keys.doi
                    if yearsAgree && containersAgree && doisAgree { groups.union(i, j) }
                }
            }
        }
    }

    private func source(number: Int, citations: [CitedString]) -> CitedSource {
        let primary = citations.filter { $0.place.kind != .translatedBibliography }
        var reference = (primary.first { $0.place.kind == .bibliography } ?? primary.first ?? citations[0]).parsed
        let pool = primary.isEmpty ? citations : primary
        reference.url = majority(citations, \.url, key: \.url) ?? reference.url
        reference.doi = majority(citations, \.doi, key: \.doi) ?? reference.doi
        for citation in pool {
            let other = citation.parsed
            if reference.authors.isEmpty { reference.authors = other.authors }
            reference.title = reference.title ?? other.title
            reference.containerTitle = reference.containerTitle ?? other.containerTitle
            reference.issued = reference.issued ?? other.issued
            reference.volume = reference.volume ?? other.volume
            reference.issue = reference.issue ?? other.issue
            reference.pages = reference.pages ?? other.pages
            reference.accessed = reference.accessed ?? other.accessed
            reference.publisher = reference.publisher ?? other.publisher
        }
        let translated = citations.first { $0.place.kind == .translatedBibliography }
        let translatedTitle = translated?.parsed.titleTranslation ?? translated.flatMap { translated in
            translated.parsed.title.flatMap { translated.keys.title == SourceIdentity.title(reference.title) ? nil : $0 }
        }
        return CitedSource(number: number, citations: citations, reference: reference, translatedTitle: translatedTitle,
                           variants: variants(citations))
    }

    /// The value most places print; a tie goes to the bibliography, then the notes, then the figure.
    private func majority(_ citations: [CitedString], _ field: KeyPath<ParsedReference, String?>,
                          key: KeyPath<SourceKeys, String?>) -> String? {
        var tally: [String: (count: Int, rank: Int, value: String)] = [:]
        for citation in citations {
            guard let value = citation.parsed[keyPath: field], let key = citation.keys[keyPath: key] else { continue }
            let rank = Self.rank[citation.place.kind]!
            var entry = tally[key] ?? (0, Int.max, value)
            entry.count += 1
            if rank < entry.rank { entry.rank = rank; entry.value = value }
            tally[key] = entry
        }
        return tally.values.sorted { a, b in
            a.count != b.count ? a.count > b.count : a.rank != b.rank ? a.rank < b.rank : a.value < b.value
        }.first?.value
    }

    static let rank: [CitationPlace.Kind: Int] = [.bibliography: 0, .translatedBibliography: 1, .note: 2, .figure: 3, .table: 3]

    /// Fields whose values differ (after normalisation) between the strings of one source.
    private func variants(_ citations: [CitedString]) -> [CitedSource.Variant] {
        let fields: [(String, (ParsedReference) -> String?, (SourceKeys, String) -> String?)] = [
            ("URL", { $0.url }, { keys, _ in keys.url }),
            ("DOI", { $0.doi }, { keys, _ in keys.doi }),
            ("accessed", { $0.accessed?.dotted }, { _, value in value }),
        ]
        return fields.compactMap { name, read, normalised -> CitedSource.Variant? in
            var values: [(value: String, places: [CitationPlace])] = []
            var seen: [String] = []
            for citation in citations {
                guard let value = read(citation.parsed), let key = normalised(citation.keys, value) else { continue }
                if let index = seen.firstIndex(of: key) {
                    values[index].places.append(citation.place)
                } else {
                    seen.append(key)
                    values.append((value, [citation.place]))
                }
            }
            return values.count > 1 ? CitedSource.Variant(field: name, values: values) : nil
        }
    }
}

/// Disjoint sets over string indices; the smallest index of a set is its representative, so the grouping
/// does not depend on the order of the unions.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func find(_ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        var node = index
        while parent[node] != root {
            let next = parent[node]
            parent[node] = root
            node = next
        }
        return root
    }

    mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a)
        let rootB = find(b)
        guard rootA != rootB else { return }
        if rootA < rootB { parent[rootB] = rootA } else { parent[rootA] = rootB }
    }
}
