/// Finds words and quotations in text the way a reader would: a term only as a whole word (not inside
/// another), a quotation exactly as printed.
enum TextMatcher {
    /// The first occurrence of any of `forms` in `text` as a whole word, longest form first.
    static func firstWord(_ forms: [String], in text: Substring) -> Range<Substring.Index>? {
        var best: Range<Substring.Index>?
        for form in forms.sorted(by: { $0.count > $1.count }) {
            var searchStart = text.startIndex
            while let range = text.range(of: form, range: searchStart..<text.endIndex) {
                let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
                let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
                if !isWordCharacter(before) && !isWordCharacter(after) {
                    if best == nil || range.lowerBound < best!.lowerBound { best = range }
                    break
                }
                searchStart = text.index(after: range.lowerBound)
            }
        }
        return best
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
