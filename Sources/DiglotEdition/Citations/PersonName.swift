import Foundation
/// A person as a reference prints them: the family name, and the initials or given names as printed
/// («Иванов И.И.» → «Иванов», «И.И.»), because the journal prints initials and a full given name
/// must not be invented from them.
public struct PersonName: Sendable, Hashable, Codable {
    public var family: String
    public var given: String?

    public init(family: String, given: String? = nil) {
        self.family = family
        self.given = given
    }

    /// A name as front matter prints it: Russian puts the family name first ("Иванова Анна Петровна"),
    /// English last ("Anna P. Ivanova").
    public init(printed: String, language: String) {
        let parts = printed.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count > 1 else {
            self.init(family: printed.trimmedWhitespace)
            return
        }
        let familyFirst = language == "ru"
        self.init(family: familyFirst ? parts[0] : parts[parts.count - 1],
                  given: (familyFirst ? parts.dropFirst() : parts.dropLast()).joined(separator: " "))
    }
}
