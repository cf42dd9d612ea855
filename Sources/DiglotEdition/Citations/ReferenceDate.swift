/// A date as precise as the reference prints it: a year alone («2019»), a month («September 2021»)
/// or a day («12.03.2020»), so that no day or month is made up where the source gives none.
public struct ReferenceDate: Sendable, Hashable, Codable {
    public var year: Int
    public var month: Int?
    public var day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO 8601 as far as the source is precise: 2021-11-20, 2021-11 or 2021.
    public var iso: String {
        guard let month else { return year.zeroPadded(to: 4) }
        let yearMonth = year.zeroPadded(to: 4) + "-" + month.zeroPadded(to: 2)
        return day.map { yearMonth + "-" + $0.zeroPadded(to: 2) } ?? yearMonth
    }

    /// As Russian prints dates, as far as the source is precise: 20.11.2021, 11.2021 or 2021.
    public var dotted: String {
        [day.map { $0.zeroPadded(to: 2) }, month.map { $0.zeroPadded(to: 2) }, String(year)].compactMap { $0 }.joined(separator: ".")
    }

    /// How many of year, month and day are known: the more precise of two dates read from one reference wins.
    var precision: Int { 1 + (month == nil ? 0 : 1) + (day == nil ? 0 : 1) }
}
