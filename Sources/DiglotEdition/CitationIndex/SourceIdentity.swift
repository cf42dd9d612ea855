/// The keys by which two printed strings are recognised as one source: DOI, normalised URL, and
/// authors + year + title; compared after the differences that print and transliteration introduce.
public enum SourceIdentity {
    /// A DOI without its resolver prefix, lower-cased, dashes of any kind made hyphens (print sets en dashes).
    public static func doi(_ value: String?) -> String? {
        guard var doi = value?.trimmedWhitespace.lowercased(), !doi.isEmpty else { return nil }
        for prefix in ["https://doi.org/", "http://doi.org/", "http://dx.doi.org/", "doi:"] where doi.hasPrefix(prefix) {
            doi.removeFirst(prefix.count)
        }
        let hyphenated = doi.replacingAll("–", with: "-").replacingAll("—", with: "-")
        return hyphenated.trimming { $0 == "." || $0 == "," || $0 == ";" }
    }

    /// A URL without scheme, `www.`, fragment and trailing slash; host lower-cased.
    public static func url(_ value: String?) -> String? {
        guard var url = value?.trimmedWhitespace, !url.isEmpty else { return nil }
        // Bytes, not Characters, for the marks: a citation index compares every URL with every other.
        if let hash = url.utf8.firstIndex(of: UInt8(ascii: "#")) { url = String(url[..<hash]) }
        for scheme in ["https://", "http://"] where url.prefix(scheme.count).lowercased() == scheme { url.removeFirst(scheme.count) }
        let slash = url.utf8.firstIndex(of: UInt8(ascii: "/")) ?? url.endIndex
        var host = url[..<slash].lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var path = String(url[slash...])
        while path.hasSuffix("/") { path.removeLast() }
        return host + path
    }

    /// A title reduced to its letters and digits, lower-cased: punctuation, dashes and quotes vary in print.
    public static func title(_ value: String?) -> String? {
        guard let value else { return nil }
        var reduced: [UInt8] = []
        for scalar in value.lowercased().unicodeScalars where isAlphanumeric(scalar) { reduced.append(contentsOf: scalar.utf8) }
        return reduced.isEmpty ? nil : String(decoding: reduced, as: UTF8.self)
    }

    /// Letters, marks and numbers, as Foundation's `CharacterSet.alphanumerics` has them, without its cost a character.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
            true
        default:
            false
        }
    }

    /// Authors' family names and the year with the title: the key for sources that have neither DOI nor URL.
    /// `title` is the reference's title as `title(_:)` reduces it.
    static func authorYearTitle(_ reference: ParsedReference, title: String?) -> String? {
        guard !reference.authors.isEmpty, let year = reference.issued?.year, let title else { return nil }
        let families = reference.authors.map { $0.family.lowercased() }.joined(separator: "|")
        return "\(families)#\(year)#\(title)"
    }
}
