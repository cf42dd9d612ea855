import Foundation

/// A calendar date without time or zone, so that output never depends on where the build runs.
public struct PublicationDate: Sendable, Equatable, Comparable, Codable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `2022-04-19` (ISO, as YAML writes dates) or `19.04.2022` (as the journal prints them).
    public init?(_ text: String) {
        let trimmed = text.trimming { $0.isHorizontalSpace || $0 == "." }
        let iso = trimmed.split(separator: "-").compactMap { Int($0) }
        let dotted = trimmed.split(separator: ".").compactMap { Int($0) }
        let parts: [Int]
        if iso.count == 3, iso[0] > 31 { parts = iso } else if dotted.count == 3 { parts = [dotted[2], dotted[1], dotted[0]] } else { return nil }
        guard (1...12).contains(parts[1]), (1...31).contains(parts[2]), parts[0] > 999 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }

    public var iso: String { "\(year.zeroPadded(to: 4))-\(month.zeroPadded(to: 2))-\(day.zeroPadded(to: 2))" }
    /// The form Google Scholar asks for: `2022/04/19`.
    public var slashed: String { "\(year.zeroPadded(to: 4))/\(month.zeroPadded(to: 2))/\(day.zeroPadded(to: 2))" }
    public var dotted: String { "\(day.zeroPadded(to: 2)).\(month.zeroPadded(to: 2)).\(year.zeroPadded(to: 4))" }

    public static func < (a: PublicationDate, b: PublicationDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}
