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
    }
}
