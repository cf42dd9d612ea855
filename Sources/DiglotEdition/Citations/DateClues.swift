/// What a text must have for each form of date to be found in it, read in one pass over its bytes: a form
/// whose clue is missing is not tried, and most parts of a reference have no date at all.
///
/// Each clue is implied by every date its forms can read: a day, month and year are read as ASCII digits, and
/// every English month, the pattern being case-sensitive, begins with one of twelve three-letter abbreviations.
struct DateClues {
    /// «12.03.2020»: a digit, a full stop, a digit.
    var digitDotDigit = false
    /// «2020-03-12»: a digit, a hyphen, a digit.
    var digitDashDigit = false
    /// A year of the forms' range, 1600–2099, in ASCII digits.
    var year = false
    var englishMonth = false
    /// A Cyrillic letter, which every Russian month name is (whatever its case).
    var cyrillic = false
    /// «年», with which every Japanese date ends its year.
    var yearSign = false

    init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                switch byte {
                case 0xD0, 0xD1:
                    cyrillic = true
                case UInt8(ascii: "."), UInt8(ascii: "-"):
                    guard index > 0, index + 1 < bytes.count, Self.isDigit(bytes[index - 1]), Self.isDigit(bytes[index + 1]) else { break }
                    if byte == UInt8(ascii: ".") { digitDotDigit = true } else { digitDashDigit = true }
                case UInt8(ascii: "1"), UInt8(ascii: "2"):
                    guard index + 3 < bytes.count, Self.isDigit(bytes[index + 2]), Self.isDigit(bytes[index + 3]) else { break }
                    let next = bytes[index + 1]
                    if byte == UInt8(ascii: "1") ? (UInt8(ascii: "6")...UInt8(ascii: "9")).contains(next) : next == UInt8(ascii: "0") { year = true }
                case 0xE5:
                    if index + 2 < bytes.count, bytes[index + 1] == 0xB9, bytes[index + 2] == 0xB4 { yearSign = true }
                default:
                    if index + 2 < bytes.count, Self.monthInitials.contains(byte),
                       Self.monthAbbreviations.contains(UInt32(byte) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])) {
                        englishMonth = true
                    }
                }
            }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static let monthInitials = Set("JFMASOND".utf8)
    private static let monthAbbreviations = Set(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map { name in
        name.utf8.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    })
}
