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
}
