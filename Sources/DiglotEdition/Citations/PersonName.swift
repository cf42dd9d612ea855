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
        // «Орлова Мария Викторовна,»: the comma that print set before a second author is no part of the name.
        let name = printed.trimming { $0.properties.isWhitespace || $0 == "," }
        let parts = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard parts.count > 1 else {
            self.init(family: name)
            return
        }
        // Russian names, and others printed as a reference list prints them («Orlova M.V.»), put the family first.
        let familyFirst = language == "ru" || (!Self.isInitials(parts[0]) && parts.dropFirst().allSatisfy(Self.isInitials))
        self.init(family: familyFirst ? parts[0] : parts[parts.count - 1],
                  given: (familyFirst ? parts.dropFirst() : parts.dropLast()).joined(separator: " "))
    }

    /// «M.», «M.V.», «Yu.»: letters, one or two before each full stop.
    static func isInitials(_ token: String) -> Bool {
        token.hasSuffix(".") && token.split(separator: ".").allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isLetter) }
    }
}
