import Foundation
import Testing
@testable import DiglotEdition

/// Field-level precision and recall of the parser against the hand-checked gold file: every reference
/// string of the first edition (notes, «Литература», «References», the figure's source line).
struct ReferenceParserGoldTests {
    /// The fields of a gold entry; only those with a value are written in the file.
    struct Expected: Decodable {
        var authors: [PersonName]?
        var title: String?
        var titleTranslation: String?
        var containerTitle: String?
        var publisher: String?
        var publisherPlace: String?
        var issued: ReferenceDate?
        var volume: String?
        var issue: String?
        var pages: String?
        var locator: String?
        var doi: String?
        var url: String?
        var accessed: ReferenceDate?
        var language: String?
        var type: ReferenceType?
    }

    struct Entry: Decodable {
        var place: String
        var text: String
        var expected: Expected
    }

    struct Tally {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0

        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }

        mutating func count(gold: String?, parsed: String?) {
            if let gold, gold == parsed {
                truePositives += 1
                return
            }
            if parsed != nil { falsePositives += 1 }
            if gold != nil { falseNegatives += 1 }
        }

        static func + (a: Tally, b: Tally) -> Tally {
            Tally(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                  falseNegatives: a.falseNegatives + b.falseNegatives)
        }
    }

    /// Each compared field as a comparable string on both sides; authors as the whole list.
    typealias Field = (name: String, gold: (Expected) -> String?, parsed: (ParsedReference) -> String?)

    static var scoredFields: [Field] { [
        ("authors", { $0.authors.map(describe) }, { $0.authors.isEmpty ? nil : describe($0.authors) }),
        ("title", \.title, \.title),
        ("titleTranslation", \.titleTranslation, \.titleTranslation),
        ("containerTitle", \.containerTitle, \.containerTitle),
        ("issued", { $0.issued.map(describe) }, { $0.issued.map(describe) }),
        ("volume", \.volume, \.volume),
        ("issue", \.issue, \.issue),
        ("pages", \.pages, \.pages),
        ("doi", \.doi, \.doi),
        ("url", \.url, \.url),
        ("accessed", { $0.accessed.map(describe) }, { $0.accessed.map(describe) }),
        ("language", \.language, \.language),
        ("type", { $0.type?.rawValue }, { $0.type.rawValue }),
    ] }

    /// Shown beside the scored fields, outside the totals the thresholds apply to.
    static var reportedFields: [Field] { [
        ("publisher", \.publisher, \.publisher),
        ("publisherPlace", \.publisherPlace, \.publisherPlace),
        ("locator", \.locator, \.locator),
    ] }

    static func describe(_ names: [PersonName]) -> String {
        names.map { "\($0.family)|\($0.given ?? "")" }.joined(separator: "; ")
    }

    static func describe(_ date: ReferenceDate) -> String {
        "\(date.year)-\(date.month.map(String.init) ?? "?")-\(date.day.map(String.init) ?? "?")"
    }

    static func gold() throws -> [Entry] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/references-gold", withExtension: "json"))
        return try JSONDecoder().decode([Entry].self, from: Data(contentsOf: url))
    }

    @Test func goldFileHoldsEveryReferenceStringOfTheFirstEdition() throws {
        let entries = try Self.gold()
        #expect(entries.count == 72)
        #expect(Set(entries.map(\.place)).count == entries.count)
        #expect(entries.filter { $0.place.hasPrefix("note ") }.count == 37)
        #expect(entries.filter { $0.place.hasPrefix("Литература ") }.count == 17)
        #expect(entries.filter { $0.place.hasPrefix("References ") }.count == 17)
    }

    @Test func fieldPrecisionAndRecallReachTheBar() throws {
        let entries = try Self.gold()
        var tallies: [String: Tally] = [:]
        for entry in entries {
            let parsed = ReferenceParser.parse(entry.text)
            #expect(parsed.raw == entry.text)
            for field in Self.scoredFields + Self.reportedFields {
                let gold = field.gold(entry.expected)
                let value = field.parsed(parsed)
                tallies[field.name, default: Tally()].count(gold: gold, parsed: value)
                if gold != value {
                    print("\(entry.place) \(field.name): gold \(gold ?? "—") | parsed \(value ?? "—")")
                }
            }
        }
        var total = Tally()
        for field in Self.scoredFields {
            let tally = tallies[field.name] ?? Tally()
            total = total + tally
            print(Self.line(field.name, tally))
        }
        for field in Self.reportedFields {
            print(Self.line(field.name, tallies[field.name] ?? Tally()) + "  (not scored)")
        }
        print(Self.line("ALL (micro)", total))
        #expect(total.precision >= 0.95)
        #expect(total.recall >= 0.95)
    }

    static func line(_ name: String, _ tally: Tally) -> String {
        let padded = name.padding(toLength: 18, withPad: " ", startingAt: 0)
        return "\(padded) P \(String(format: "%.3f", tally.precision))  R \(String(format: "%.3f", tally.recall))"
            + "  (tp \(tally.truePositives), fp \(tally.falsePositives), fn \(tally.falseNegatives))"
    }
}

/// The byte clues that spare a sentence an area's pattern must be implied by every match of it: checked over every
/// sentence of the gold file's references and over each area's label in the forms the patterns accept.
struct AreaCluesTests {
    @Test func everyAreaThatMatchesASentenceHasItsClue() throws {
        let labelled = ["М.: Наука, 2019", "New York: Routledge, 2018", "Т. 16", "Том I", "T. I", "Tom 2", "Vol. 2",
                        "Volume 3", "№ 3", "No. 1 (50)", "Nr. 4", "Issue 6", "Iss. 2", "Вып. 2", "Выпуск 5", "С. 12–20",
                        "C. 5", "Pp. 5–9", "pp. 7", "P. 5", "p. 5", "320 с.", "245 p.", "12 pp", "88 стр.", "Paperback",
                        "x, hardcover", "HARDBACK", "hardback\n", "paperbac\u{212A}"]
        let sentences = try ReferenceParserGoldTests.gold().flatMap { entry in
            ReferenceSentenceSplitter.split(entry.text.replacingAll("*", with: "")).map(String.init)
        } + labelled
        var matched = Set<ReferenceArea>()
        for sentence in sentences {
            let clues = AreaClues(sentence)
            for area in ReferenceArea.allCases where area.pattern.firstMatch(in: sentence) != nil {
                matched.insert(area)
                #expect(clues.allows(area), "\(area) matches «\(sentence)» without its clue")
            }
        }
        #expect(matched == Set(ReferenceArea.allCases))
    }

    @Test func aSentenceWithoutAClueIsSparedThePattern() {
        let clues = AreaClues("Журнал")
        #expect(ReferenceArea.allCases.filter(clues.allows) == [])
        #expect(AreaClues("Наука, М: 2019").allows(.imprint))
        #expect(!AreaClues("Наука 2019").allows(.imprint))
    }
}

/// A pattern's clue and initials only spare ICU the texts it could not match: the answers stay the same.
struct TextPatternClueTests {
    @Test func aCluedPatternAnswersAsThePatternAlone() throws {
        let texts = try ReferenceParserGoldTests.gold().map(\.text) + ["Там же. С. 5", "Ibid.", "См.: Иванов", " Там же", ""]
        let pairs = [
            (TextPattern("(https?://\\S+)", caseInsensitive: true, clue: "://"), TextPattern("(https?://\\S+)", caseInsensitive: true)),
            (TextPattern("doi\\s*:?\\s*(10\\.\\d{4,9}/\\S+)", caseInsensitive: true, clue: "10."),
             TextPattern("doi\\s*:?\\s*(10\\.\\d{4,9}/\\S+)", caseInsensitive: true)),
            (TextPattern("^(?:Там же|Ibid\\.?)", initials: "ТI"), TextPattern("^(?:Там же|Ibid\\.?)")),
            (TextPattern("^(?:См\\.|See)\\s*:", initials: "СS"), TextPattern("^(?:См\\.|See)\\s*:")),
        ]
        var matched = 0
        for text in texts {
            for (clued, plain) in pairs {
                #expect(clued.firstMatch(in: text)?.range == plain.firstMatch(in: text)?.range, "«\(text)»")
                #expect(clued.matches(in: text).map(\.range) == plain.matches(in: text).map(\.range), "«\(text)»")
                if plain.matches(text) { matched += 1 }
            }
        }
        #expect(matched > 10)
    }
}
