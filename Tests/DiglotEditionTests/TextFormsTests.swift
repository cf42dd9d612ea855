import Foundation
import Testing
@testable import DiglotEdition

/// The small text forms the exports and pages share: dates as precise as the source, padded numbers, one-line
/// values.
struct TextFormsTests {
    @Test func aReferenceDateIsWrittenNoMorePreciselyThanItWasPrinted() {
        #expect(ReferenceDate(year: 2021, month: 3, day: 5).iso == "2021-03-05")
        #expect(ReferenceDate(year: 2021, month: 11).iso == "2021-11")
        #expect(ReferenceDate(year: 2021).iso == "2021")
        #expect(ReferenceDate(year: 2021, month: 3, day: 5).dotted == "05.03.2021")
        #expect(ReferenceDate(year: 2021, month: 11).dotted == "11.2021")
        #expect(ReferenceDate(year: 2021).dotted == "2021")
    }

    @Test func numbersArePaddedLikePrintfWouldPadThem() {
        #expect(7.zeroPadded(to: 2) == "07")
        #expect(12.zeroPadded(to: 2) == "12")
        #expect(123.zeroPadded(to: 2) == "123")
        #expect(99.zeroPadded(to: 4) == "0099")
        #expect((-7).zeroPadded(to: 3) == "-07")
    }

    @Test func whiteSpaceOfAnyKindCollapsesToOneSpace() {
        #expect(" a\u{A0}\u{A0}b\n\n\tc\u{2009}d \r\n".collapsedWhitespace == "a b c d")
        #expect("   ".collapsedWhitespace == "")
        #expect("слово".collapsedWhitespace == "слово")
        // Text already on one line comes back as it is; one stray space anywhere does not.
        #expect("два слова".collapsedWhitespace == "два слова")
        #expect("два  слова".collapsedWhitespace == "два слова")
        #expect("два слова ".collapsedWhitespace == "два слова")
        #expect(" два".collapsedWhitespace == "два")
        #expect("".collapsedWhitespace == "")
    }

    @Test func literalReplacementReplacesEveryOccurrenceByteForByte() {
        #expect("*Известия*, 2020".replacingAll("*", with: "") == "Известия, 2020")
        #expect("a\r\nb\rc".replacingAll("\r\n", with: "\n") == "a\nb\rc")
        #expect("10.1000–1–2".replacingAll("–", with: "-") == "10.1000-1-2")
        #expect("аааа".replacingAll("аа", with: "б") == "бб")
        #expect("без замен".replacingAll("x", with: "y") == "без замен")
        #expect("ab".replacingAll("", with: "y") == "ab")
        #expect("конец;".replacingAll(";", with: ",") == "конец,")
    }

    @Test func literalSearchFindsTheFirstOccurrenceByteForByte() {
        let text = "Название / И. Иванов // Журнал"
        let slash = text.firstRange(ofLiteral: " / ")
        #expect(slash.map { String(text[..<$0.lowerBound]) } == "Название")
        #expect(text.firstRange(ofLiteral: "//").map { String(text[$0.upperBound...]) } == " Журнал")
        #expect(text.firstRange(ofLiteral: "///") == nil)
        #expect(text.firstRange(ofLiteral: "") == nil)
        #expect("ааб".firstRange(ofLiteral: "аб").map { String("ааб"[$0]) } == "аб")
        #expect(Substring("x[^1]")[...].containsLiteral("[^"))
        #expect(!"x[1]^".containsLiteral("[^"))
    }

    @Test func literalContainmentChecksEveryCandidateAndTheLastPlace() {
        #expect("ааб".containsLiteral("аб"))
        #expect("https://x.org".containsLiteral("://"))
        #expect("a:/ b:// c".containsLiteral("://"))
        #expect("конец10.".containsLiteral("10."))
        #expect(!"конец10".containsLiteral("10."))
        #expect(!"1 0.".containsLiteral("10."))
        #expect("((".containsLiteral("("))
        #expect(!"".containsLiteral("("))
        #expect(!"abc".containsLiteral(""))
        #expect(Substring("xx(y)").dropFirst(2).containsLiteral("(y"))
        #expect(!Substring("(y)xx").dropFirst(1).containsLiteral("(y"))
    }

    /// The native trims stand in for Foundation's character sets: they must pick the same characters.
    @Test func nativeTrimsAgreeWithFoundationsCharacterSets() {
        let samples = [" \t«Текст», — \u{A0}", "...doi:10.1000/x;,", "\u{2003}(слово)\u{3000}", "—", "", " \n слово\n ",
                       "¿Qué?", "a_b_", "\u{202F}«»‹›„“”‘’"]
        for sample in samples {
            #expect(sample.trimming { $0.isHorizontalSpace } == sample.trimmingCharacters(in: .whitespaces))
            #expect(sample.trimming { $0.isPunctuation } == sample.trimmingCharacters(in: .punctuationCharacters))
            #expect(sample.trimming { $0.isPunctuation || $0.isHorizontalSpace }
                == sample.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)))
        }
        for value in UInt32(0)...0x3100 {
            // Marks added to Unicode after Foundation's tables were made are punctuation to one and not the other.
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age.major < 15 else { continue }
            #expect(scalar.isHorizontalSpace == CharacterSet.whitespaces.contains(scalar), "U+\(String(value, radix: 16))")
            #expect(scalar.isPunctuation == CharacterSet.punctuationCharacters.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    /// The fast count must agree with `count` for every scalar between letters and beside itself (a scalar it
    /// counts alone that joined a neighbour would count one too many), and on texts whose scalars join (marks,
    /// joiners, CR LF, Hangul, flags), which it leaves to `count`.
    @Test func theCharacterCountAgreesWithCount() {
        for value in UInt32(0)...0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            for sample in ["x" + text + "x", text + text, "ж" + text + "—"] {
                #expect(sample.characterCount == sample.count, "U+\(String(value, radix: 16))")
            }
        }
        let samples = ["Кибербезопасность — «один» из…", "e\u{301}té", "й", "и\u{306}", "a\r\nb", "a\rb", "한국어", "\u{1100}\u{1161}",
                       "👩\u{200D}💻 код", "🇷🇺🇰🇷", "\u{0483}и", "x\u{200C}y", "", "№ 3"]
        for sample in samples { #expect(sample.characterCount == sample.count, "\(sample)") }
    }

    @Test func aTrailingRunIsTheLastCharactersThatBelong() {
        #expect("5 км".trailingRun { $0.isLetter } == "км")
        #expect("км".trailingRun { $0.isLetter } == "км")
        #expect("т. 16".trailingRun { $0.isLetter } == "")
        #expect("".trailingRun { $0.isLetter } == "")
        #expect("Vol".trailingRun { $0.isLetter } == "Vol")
    }

    @Test func trailingWhiteSpaceIsTrimmedBeforeAJoin() {
        let inlines: [Inline] = [.text("пере"), .emphasis([.text("го")]), .text("во-  \u{A0}"), .softBreak]
        #expect(inlines.trimmingTrailingWhitespace() == [.text("пере"), .emphasis([.text("го")]), .text("во-")])
        #expect(([.text("  "), .lineBreak] as [Inline]).trimmingTrailingWhitespace() == [])
    }
}
