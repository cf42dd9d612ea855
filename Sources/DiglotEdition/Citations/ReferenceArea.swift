/// The areas GOST prints after the source, each recognised by its label: imprint, volume, issue, pages,
/// and the extent and binding that mark a book.
enum ReferenceArea: CaseIterable {
    case imprint, volume, issue, pages, extent, binding

    /// Whether the area always prints an Arabic number; a volume may be Roman («Том I»), a binding is a word.
    var needsDigits: Bool { self != .binding && self != .volume }

    var pattern: TextPattern {
        switch self {
        case .imprint: Self.imprintPattern
        case .volume: Self.volumePattern
        case .issue: Self.issuePattern
        case .pages: Self.pagesPattern
        case .extent: Self.extentPattern
        case .binding: Self.bindingPattern
        }
    }

    /// «М.: Наука, 2019», «New York: Routledge, 2018».
    private static let imprintPattern = TextPattern(
        "(?<!\\p{L})(\\p{Lu}[\\p{L}-]{0,15}\\.?(?:\\s\\p{Lu}[\\p{L}-]{0,15}\\.?)?)\\s?:\\s?([^,:;]+?),\\s?((?:1[5-9]|20)\\d{2})(?!\\d)")
    /// «Т. 16», «Том I», «T. I», «Vol. 2».
    private static let volumePattern = TextPattern(
        "(?<![\\p{L}\\d])(?:Т\\.|T\\.|Том|Tom|Vol\\.|Volume)\\s*(\\d+|[IVXLC]+)(?![\\p{L}\\d])")
    /// «№ 3», «No. 1 (50)», «№ 27(8378)», «Issue 6», «Вып. 2».
    private static let issuePattern = TextPattern(
        "(?:№|(?<![\\p{L}\\d])(?:No\\.|Nr\\.|Issue|Iss\\.|Вып\\.|Выпуск))\\s*(\\d+(?:\\s*[–/-]\\s*\\d+)?(?:\\s*\\(\\d+\\))?)")
    /// «С. 12–20», «Pp. 5–9», «p. 5».
    private static let pagesPattern = TextPattern(
        "(?<![\\p{L}\\d])(?:С\\.|C\\.|Pp\\.|pp\\.|P\\.|p\\.)\\s*(\\d+(?:\\s*[–—-]\\s*\\d+)?)(?![\\d])")
    /// «320 с.», «245 p.»: the length of a book, not a place in it. The sentence's closing period may be gone.
    private static let extentPattern = TextPattern("(?<![\\p{L}\\d])\\d+\\s?(?:с|p|pp|стр)(?:\\.|$)(?!\\p{L})")
    private static let bindingPattern = TextPattern("(?i)(?:^|[.,]\\s*)(?:paperback|hardcover|hardback)$")
}
