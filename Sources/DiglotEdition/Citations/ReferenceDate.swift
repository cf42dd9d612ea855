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

    /// How many of year, month and day are known: the more precise of two dates read from one reference wins.
    var precision: Int { 1 + (month == nil ? 0 : 1) + (day == nil ? 0 : 1) }
}
