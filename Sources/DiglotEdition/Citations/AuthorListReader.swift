import Foundation

/// Reads the people a reference names: the list before the title in GOST's «Фамилия И.О.» form (possibly
/// italic, possibly with a stray period: «*Kumar. R.K.*»), Chinese and Korean names printed whole in the
/// author's italics («*Чжан Лэй.*», «*Ким Чен Ын*»), and a single name printed given name first
/// («Anna Müller», «И.И. Иванов») where a title or a «/» statement puts its author after it.
enum AuthorListReader {
    /// The names at the start of the text and the text after them; no names when the text does not start
    /// with one.
    static func leading(_ text: String) -> (authors: [PersonName], rest: String) {
        var authors: [PersonName] = []
        var rest = text
        while let match = familyFirst.firstMatch(in: rest), let family = match[1], let given = match[2] {
            authors.append(PersonName(family: family, given: given))
            rest = String(rest[match.range.upperBound...])
        }
        if authors.isEmpty, let match = wholeNames.firstMatch(in: rest), let names = match[1] {
            authors = names.split(separator: ",").map { name in
                let words = name.split(separator: " ")
                return PersonName(family: String(words[0]), given: words.dropFirst().joined(separator: " "))
            }
            rest = String(rest[match.range.upperBound...])
        }
        guard !authors.isEmpty else { return ([], text) }
        if let etAl = etAlii.firstMatch(in: rest) { rest = String(rest[etAl.range.upperBound...]) }
        return (authors, String(rest.drop { $0.isWhitespace || $0 == "*" || $0 == "," }))
    }

    /// A name printed in full, given name first, or with the initials first; nil for anything else, so
    /// that a subtitle is not taken for a person.
    static func name(givenFirst text: String) -> PersonName? {
        if let match = initialsFirst.firstMatch(in: text), let given = match[1], let family = match[2] {
            return PersonName(family: family, given: given)
        }
        guard fullName.matches(text) else { return nil }
        let words = text.split(separator: " ")
        return PersonName(family: String(words.last!), given: words.dropLast().joined(separator: " "))
    }

    /// The names of a list printed in either order («Иванов И.И., Петров П.П.», «И.И. Иванов, П.П. Петров»).
    static func names(in text: String) -> [PersonName] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).compactMap { part in
            let name = part.trimmedWhitespace
            if let match = familyFirst.firstMatch(in: name), match.range.upperBound == name.endIndex,
               let family = match[1], let given = match[2] {
                return PersonName(family: family, given: given)
            }
            return self.name(givenFirst: name)
        }
    }

    private static let family = "\\p{Lu}[\\p{L}'’]*\\p{Ll}[\\p{L}'’]*(?:-\\p{Lu}?[\\p{L}'’]+)?"
    private static let initials = "\\p{Lu}\\p{Ll}?\\.(?:\\s?-?\\p{Lu}\\p{Ll}?\\.){0,2}"
    /// One name at the start, with the comma or «и» that joins it to the next, and the italic marks around it.
    private static let familyFirst = TextPattern(
        "^\\s*(?:,|\\s+и\\s+|\\s+and\\s+)?\\s*\\*?(\(family))[.,]?\\s+(\(initials))\\*?(?=[\\s,*]|$)")
    /// Names printed whole, family name first, as the journal prints Chinese and Korean authors: only in the
    /// italics it gives authors, and only with the short family name of those languages (one syllable, two at
    /// most: «Чжан», «Ouyang»), so that an italic title of two words is not taken for one.
    private static let wholeName = "\\p{Lu}\\p{Ll}{0,5}(?:\\s\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?){1,2}"
    private static let wholeNames = TextPattern("^\\*(\(wholeName)(?:,\\s*\(wholeName))*)[.,]?\\*[.,]?(?=\\s)", initials: "*")
    private static let etAlii = TextPattern("^,?\\s*(?:и др\\.|et al\\.)\\*?")
    private static let initialsFirst = TextPattern("^(\(initials))\\s*(\(family))$")
    private static let fullName = TextPattern("^\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?(?:\\s\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?){1,2}$")
}
