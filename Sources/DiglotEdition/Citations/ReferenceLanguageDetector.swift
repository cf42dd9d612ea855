/// The language of a reference: the marker the English list prints («(In Russ.)», «(In Jap.)»), else the
/// script of its title — the only evidence a printed string carries.
public enum ReferenceLanguageDetector {
    /// Every code the detector can give; each script it tells apart is also named by a marker.
    public static let codes = Set(markerLanguages.values)

    static func marker(in text: String) -> (language: String, range: Range<String.Index>)? {
        guard let match = markerPattern.firstMatch(in: text), let name = match[1] else { return nil }
        let language = markerLanguages.first { name.lowercased().hasPrefix($0.key) }?.value
        return language.map { ($0, match.range) }
    }

    /// "ja" for kana, "zh" for Han without kana, "ko", "ru" for Cyrillic, "en" for Latin; nil without letters.
    static func language(ofScript text: String) -> String? {
        var counts: [String: Int] = [:]
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x3040...0x30FF: counts["kana", default: 0] += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: counts["han", default: 0] += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: counts["ko", default: 0] += 1
            case 0x0400...0x04FF: counts["ru", default: 0] += 1
            case 0x0041...0x005A, 0x0061...0x007A, 0x00C0...0x024F: counts["en", default: 0] += 1
            default: break
            }
        }
        if counts["kana"] != nil { return "ja" }
        if counts["han"] != nil { return counts["ko"] != nil ? "ko" : "zh" }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    private static let markerPattern = TextPattern("\\(\\s*[Ii]n\\s+(\\p{L}+)\\.?\\s*\\)", clue: "(")
    private static let markerLanguages = [
        "russ": "ru", "jap": "ja", "engl": "en", "chin": "zh", "kor": "ko", "fr": "fr", "germ": "de",
    ]
}
