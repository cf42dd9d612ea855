/// Finds the dates a reference prints, in every form this journal uses: «12.03.2020», «March 1, 2021»,
/// «May 2020», «2019», «5 мая 2014 г.», and Japanese era dates («令和3年4月» is April 2021).
enum ReferenceDateReader {
    struct Found {
        var date: ReferenceDate
        var range: Range<String.Index>
    }

    /// Every date in the text, without overlaps: a full date is taken before the year inside it.
    static func dates(in text: String) -> [Found] {
        // A text without a digit or «年» has none of the clues, and nothing is tried.
        let clues = DateClues(text)
        var found: [Found] = []
        for form in forms where form.needs(clues) {
            for match in form.pattern.matches(in: text) where !found.contains(where: { $0.range.overlaps(match.range) }) {
                if let date = form.read(match) { found.append(Found(date: date, range: match.range)) }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The text read as one date, as in «(дата обращения: 19.11.2021)».
    static func date(_ text: String) -> ReferenceDate? {
        dates(in: text).max { $0.date.precision < $1.date.precision }?.date
    }

    private struct Form: Sendable {
        /// What the text must have for the pattern to find a date that `read` accepts.
        var needs: @Sendable (DateClues) -> Bool
        var pattern: TextPattern
        var read: @Sendable (TextPattern.Match) -> ReferenceDate?
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    private static let russianMonthStems = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
                                            "сентябр", "октябр", "ноябр", "декабр"]
    private static let englishMonth = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?"
    private static let russianMonth = "(январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])"
    private static let year = "((?:1[6-9]|20)\\d{2})"
    /// «2016 г.», whose period a sentence split may already have taken.
    private static let yearWord = "(?:\\s*гг?(?:\\.|(?!\\p{L})))?"

    private static let forms: [Form] = [
        Form(needs: \.digitDotDigit, pattern: TextPattern("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)")) {
            make(year: $0[3], month: $0[2], day: $0[1])
        },
        Form(needs: \.digitDashDigit, pattern: TextPattern("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)")) {
            make(year: $0[1], month: $0[2], day: $0[3])
        },
        Form(needs: { $0.englishMonth && $0.year }, pattern: TextPattern("\\b\(englishMonth)\\s+(\\d{1,2}),?\\s+\(year)(?!\\d)")) {
            make(year: $0[3], month: englishMonthNumber($0[1]), day: $0[2])
        },
        Form(needs: { $0.englishMonth && $0.year }, pattern: TextPattern("(?<!\\d)(\\d{1,2})\\s+\(englishMonth),?\\s+\(year)(?!\\d)")) {
            make(year: $0[3], month: englishMonthNumber($0[2]), day: $0[1])
        },
        Form(needs: { $0.cyrillic && $0.year }, pattern: TextPattern("(?<!\\d)(\\d{1,2})\\s+\(russianMonth)\\s+\(year)\(yearWord)", caseInsensitive: true)) {
            make(year: $0[3], month: russianMonthNumber($0[2]), day: $0[1])
        },
        Form(needs: \.yearSign, pattern: TextPattern("(明治|大正|昭和|平成|令和)\\s*(\\d{1,2}|元)年(?:\\s*(\\d{1,2})月)?(?:\\s*(\\d{1,2})日)?")) {
            guard let era = $0[1], let start = eraStarts[era] else { return nil }
            let number = $0[2] == "元" ? 1 : Int($0[2] ?? "") ?? 0
            return make(year: String(start + number - 1), month: $0[3], day: $0[4])
        },
        Form(needs: \.yearSign, pattern: TextPattern("(\\d{4})年(?:\\s*(\\d{1,2})月)?(?:\\s*(\\d{1,2})日)?")) {
            make(year: $0[1], month: $0[2], day: $0[3])
        },
        Form(needs: { $0.englishMonth && $0.year }, pattern: TextPattern("\\b\(englishMonth),?\\s+\(year)(?!\\d)")) {
            make(year: $0[2], month: englishMonthNumber($0[1]), day: nil)
        },
        Form(needs: { $0.cyrillic && $0.year }, pattern: TextPattern("(?<!\\p{L})\(russianMonth),?\\s+\(year)\(yearWord)", caseInsensitive: true)) {
            make(year: $0[2], month: russianMonthNumber($0[1]), day: nil)
        },
        Form(needs: \.year, pattern: TextPattern("(?<![\\d\\p{L}])\(year)\(yearWord)(?![\\d\\p{L}])")) {
            make(year: $0[1], month: nil, day: nil)
        },
    ]

    /// The first year of each era, so that year N of the era is start + N − 1.
    private static let eraStarts = ["明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019]

    private static func englishMonthNumber(_ name: String?) -> String? {
        guard let name else { return nil }
        return englishMonths.firstIndex { $0.hasPrefix(name.prefix(3)) }.map { String($0 + 1) }
    }

    private static func russianMonthNumber(_ name: String?) -> String? {
        guard let name = name?.lowercased() else { return nil }
        // «март» comes before «ма» in the list, so «марта» is March and «мая» May.
        return russianMonthStems.firstIndex { name.hasPrefix($0) }.map { String($0 + 1) }
    }

    private static func make(year: String?, month: String?, day: String?) -> ReferenceDate? {
        guard let year = year.flatMap({ Int($0) }) else { return nil }
        let month = month.flatMap { Int($0) }
        let day = day.flatMap { Int($0) }
        if let month, !(1...12).contains(month) { return nil }
        if let day, !(1...31).contains(day) { return nil }
        return ReferenceDate(year: year, month: month, day: month == nil ? nil : day)
    }
}
