import Foundation

/// Reads what follows the title: the source (journal, site, series) and the areas after it — date, volume,
/// issue, pages, imprint — in any order and with either «. » or «. – » between them. Text that is no area
/// becomes the source, then the publisher; what is left over is kept as a note or reported, never lost.
enum ReferenceAreaReader {
    struct Areas {
        var container: String?
        var publisher: String?
        var publisherPlace: String?
        var issued: ReferenceDate?
        var volume: String?
        var issue: String?
        var pages: String?
        var notes: [String] = []
        var unread: [String] = []
        /// An imprint («М.: Наука, 2019»), an extent («320 с.») or a binding: the marks of a book.
        var bookLike = false
    }

    /// `afterSlashes` says the source was introduced by «//», where a corporate name is the source itself;
    /// without it a university or institute is the publisher of a report.
    static func read(_ text: String, afterSlashes: Bool) -> Areas {
        var areas = Areas()
        var rest = Substring(text).drop { $0.isWhitespace || separators.contains($0) }
        if rest.first == "*", let close = rest.dropFirst().firstIndex(of: "*") {
            areas.container = containerWithoutBinding(rest[rest.index(after: rest.startIndex)..<close], areas: &areas)
            rest = rest[rest.index(after: close)...]
        }
        for sentence in ReferenceSentenceSplitter.split(rest.replacingAll("*", with: "")) {
            read(String(sentence), into: &areas, afterSlashes: afterSlashes)
        }
        return areas
    }

    private static func read(_ sentence: String, into areas: inout Areas, afterSlashes: Bool) {
        var taken: [Range<String.Index>] = []
        // Most areas print an Arabic number, and each its label: a sentence without either is spared the pattern.
        let hasDigits = sentence.utf8.contains { (0x30...0x39).contains($0) }
        let clues = AreaClues(sentence)
        for area in ReferenceArea.allCases where (hasDigits || !area.needsDigits) && clues.allows(area) {
            for match in area.pattern.matches(in: sentence) where !taken.contains(where: { $0.overlaps(match.range) }) {
                if record(area, match, into: &areas) { taken.append(match.range) }
            }
        }
        for date in ReferenceDateReader.dates(in: sentence) where !taken.contains(where: { $0.overlaps(date.range) }) {
            if date.date.precision > (areas.issued?.precision ?? 0) { areas.issued = date.date }
            taken.append(date.range)
        }
        taken.sort { $0.lowerBound < $1.lowerBound }
        guard let first = taken.first else {
            if let free = ReferenceHeadReader.cleaned(sentence) { readFree(free, into: &areas, afterSlashes: afterSlashes) }
            return
        }
        let before = sentence[..<first.lowerBound]
        if let text = ReferenceHeadReader.cleaned(before) {
            if areas.container == nil, !afterSlashes, before.trimmedWhitespace.hasSuffix(","), placeName.matches(text),
               sentence[first].utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
                // «Улан-Батор, 2014»: a place and a year, GOST's imprint of a book without its publisher.
                areas.publisherPlace = text
                areas.bookLike = true
            } else if areas.container == nil {
                areas.container = text
            } else if before.trimmedWhitespace.hasSuffix(","), placeName.matches(text) {
                areas.publisherPlace = text
            } else {
                areas.notes.append(text)
            }
        }
        let bounds = taken.map(\.upperBound)
        let nextStarts = taken.dropFirst().map(\.lowerBound) + [sentence.endIndex]
        for (start, end) in zip(bounds, nextStarts) where start < end {
            guard let text = ReferenceHeadReader.cleaned(sentence[start..<end]) else { continue }
            if text.hasPrefix("("), text.hasSuffix(")") {
                areas.notes.append(String(text.dropFirst().dropLast()))
            } else if areas.publisher == nil {
                areas.publisher = text
            } else {
                areas.notes.append(text)
            }
        }
    }

    /// A sentence that is no area: the source if none is known yet, else the publisher — but after a serial's
    /// volume, issue or pages only an institution (a think tank's series) is one: other text there is the
    /// author's remark («… С. 81–90. Автор подробно рассматривает …»).
    private static func readFree(_ text: String, into areas: inout Areas, afterSlashes: Bool) {
        let institutional = InstitutionName.matches(text)
        if areas.container == nil, afterSlashes || !institutional {
            areas.container = text
        } else if areas.pages != nil || areas.volume != nil || areas.issue != nil, !areas.bookLike, !institutional {
            areas.notes.append(text)
        } else if areas.publisher == nil {
            if institutional, let match = trailingPlace.firstMatch(in: text) {
                areas.publisher = match[1]
                areas.publisherPlace = match[2]
            } else {
                areas.publisher = text
            }
        } else {
            areas.unread.append(text)
        }
    }

    /// Records one area; false when the match is no area after all and its text must stay free.
    private static func record(_ area: ReferenceArea, _ match: TextPattern.Match, into areas: inout Areas) -> Bool {
        switch area {
        case .imprint:
            guard areas.publisher == nil else { return false }
            areas.publisherPlace = match[1]
            areas.publisher = match[2]
            if let year = match[3].flatMap({ Int($0) }), areas.issued == nil { areas.issued = ReferenceDate(year: year) }
            areas.bookLike = true
        case .volume:
            if areas.volume == nil { areas.volume = match[1] }
        case .issue:
            if areas.issue == nil { areas.issue = match[1] }
        case .pages:
            if areas.pages == nil { areas.pages = match[1] }
        case .extent, .binding:
            areas.bookLike = true
        }
        return true
    }

    private static func containerWithoutBinding(_ text: Substring, areas: inout Areas) -> String? {
        guard let match = ReferenceArea.binding.pattern.firstMatch(in: String(text)) else { return ReferenceHeadReader.cleaned(text) }
        areas.bookLike = true
        return ReferenceHeadReader.cleaned(String(text)[..<match.range.lowerBound])
    }

    private static let separators: Set<Character> = [".", ",", ";", ":", "–", "—", "-"]
    private static let trailingPlace = TextPattern("^(.+?),\\s*(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)?)$")
    private static let placeName = TextPattern("^\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?$")
}
