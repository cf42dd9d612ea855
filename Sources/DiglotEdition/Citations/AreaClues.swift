/// What a sentence must have for each area's pattern to match in it, read in one pass over its bytes: an area
/// whose clue is missing is not tried. Each clue is implied by every match of its pattern (`ReferenceArea`):
/// the labels are case-sensitive, and every one begins with a letter the clue looks for.
struct AreaClues {
    /// «М.: Наука, 2019»: a colon and a comma.
    var colon = false
    var comma = false
    /// «Т.», «Том», «T.», «Tom», «Vol.», «Volume»: a Т, a T or a V.
    var volumeInitial = false
    /// «№», «No.», «Nr.», «Issue», «Iss.», «Вып.», «Выпуск»: a №, an N, an I or a В.
    var issueInitial = false
    /// «С.», «C.», «P.», «p.» (and so «Pp.», «pp.»): one of those letters, then a full stop.
    var pageLabel = false
    /// «320 с.», «245 p.», «стр.»: an с or a p (the pattern also needs a digit, checked with the others).
    var extentLetter = false
    /// «…, paperback», «hardcover», «hardback», in any case, at the very end: a k or an r last, or the Kelvin
    /// sign, which folds to k.
    var bindingEnd = false

    init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            for index in bytes.indices {
                switch bytes[index] {
                case UInt8(ascii: ":"): colon = true
                case UInt8(ascii: ","): comma = true
                case UInt8(ascii: "T"), UInt8(ascii: "V"): volumeInitial = true
                case UInt8(ascii: "N"), UInt8(ascii: "I"): issueInitial = true
                case UInt8(ascii: "p"): extentLetter = true
                case 0xD0 where index + 1 < bytes.count:
                    // Т is D0 A2, В is D0 92.
                    if bytes[index + 1] == 0xA2 { volumeInitial = true }
                    if bytes[index + 1] == 0x92 { issueInitial = true }
                case 0xD1 where index + 1 < bytes.count && bytes[index + 1] == 0x81:
                    extentLetter = true
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x84 && bytes[index + 2] == 0x96:
                    issueInitial = true
                case UInt8(ascii: ".") where index > 0:
                    let before = bytes[index - 1]
                    if before == UInt8(ascii: "C") || before == UInt8(ascii: "P") || before == UInt8(ascii: "p")
                        || (index > 1 && bytes[index - 2] == 0xD0 && before == 0xA1) {
                        pageLabel = true
                    }
                default: break
                }
            }
            bindingEnd = Self.endsInBindingLetter(bytes)
        }
    }

    func allows(_ area: ReferenceArea) -> Bool {
        switch area {
        case .imprint: colon && comma
        case .volume: volumeInitial
        case .issue: issueInitial
        case .pages: pageLabel
        case .extent: extentLetter
        case .binding: bindingEnd
        }
    }

    /// The pattern ends at `$`, which also matches before a final line end.
    private static func endsInBindingLetter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        guard end > 0 else { return false }
        if "kKrR".utf8.contains(bytes[end - 1]) { return true }
        // U+212A KELVIN SIGN: E2 84 AA.
        return end >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x84 && bytes[end - 1] == 0xAA
    }
}
