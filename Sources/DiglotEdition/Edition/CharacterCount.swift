extension StringProtocol {
    /// The number of Characters, as `count`, which must find grapheme-cluster boundaries scalar by scalar. A text
    /// whose scalars never join a neighbour into one Character has as many Characters as scalars, and those are
    /// counted instead: ASCII but CR (CR LF is one Character), Latin-1 to IPA, Cyrillic without its combining
    /// signs, general punctuation without the joiners. Anything else is counted as `count` does.
    public var characterCount: Int {
        var scalars = 0
        for scalar in unicodeScalars {
            guard Self.standsAlone(scalar.value) else { return count }
            scalars += 1
        }
        return scalars
    }

    private static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: false
        case 0x00...0x02FF, 0x0400...0x0482, 0x048A...0x052F, 0x2010...0x2027, 0x2030...0x205E: true
        default: false
        }
    }
}
