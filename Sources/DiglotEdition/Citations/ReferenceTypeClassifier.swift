import Foundation

/// Decides what kind of source a parsed reference names, from the evidence its fields carry. The order of
/// the questions matters: a strategy on a government site is an official document even though it is read
/// as a web page, and a think tank's series is a report even though it has a volume and an issue.
enum ReferenceTypeClassifier {
    /// `adopted`: the title gives a day of adoption («Соглашение … от 29.02.2000»), as only a normative act's does.
    static func classify(_ reference: ParsedReference, bookLike: Bool, adopted: Bool) -> ReferenceType {
        let issuers = [reference.containerTitle, reference.publisher].compactMap { $0 }
        if let title = reference.title, documentGenre.matches(title),
           adopted || issuers.contains(where: governmentBody.matches) || isGovernmentHost(reference.url) {
            return .officialDocument
        }
        if let publisher = reference.publisher, InstitutionName.matches(publisher) {
            // A university's or an institute's press publishes books; the institute itself, reports.
            return bookLike && publishingHouse.matches(publisher) ? .book : .report
        }
        if bookLike { return .book }
        let serial = reference.doi != nil || reference.volume != nil || reference.pages != nil
            || (reference.issue != nil && reference.url == nil)
        if serial, !(reference.containerTitle.map(newspaper.matches) ?? false) { return .journalArticle }
        if issuers.contains(where: InstitutionName.matches) || isDocumentFile(reference.url) { return .report }
        if reference.url != nil { return .webPage }
        return reference.containerTitle == nil ? .report : .journalArticle
    }

    private static func isGovernmentHost(_ url: String?) -> Bool {
        guard let host = url.flatMap({ URL(string: $0)?.host?.lowercased() }) else { return false }
        return governmentHost.matches(host)
    }

    private static func isDocumentFile(_ url: String?) -> Bool {
        guard let path = url.flatMap({ URL(string: $0)?.path.lowercased() }) else { return false }
        return path.hasSuffix(".pdf") || path.hasSuffix(".doc") || path.hasSuffix(".docx")
    }

    private static let publishingHouse = KeywordSet(
        words: ["press", "publishing", "publishers", "verlag"], fragments: ["издательств", "изд-во"])

    /// Titles that name the kind of paper governments issue.
    private static let documentGenre = KeywordSet(
        words: ["strategy", "strategies", "statement", "law", "act", "declaration", "doctrine", "concept", "agreement",
                "treaty", "decree", "resolution", "charter", "white paper", "guidelines"],
        stems: ["стратеги", "заявлени", "закон", "декларац", "доктрин", "концепц", "соглашени", "договор", "указ",
                "постановлени", "резолюц", "устав"],
        fragments: ["戦略", "基本法", "法律", "宣言", "声明", "白書"])
    private static let governmentBody = KeywordSet(
        words: ["government", "ministry", "cabinet", "secretariat", "parliament"],
        stems: ["правительств", "министерств", "президент", "кабинет министров", "секретариат", "государственная дума",
                "совет безопасности"],
        fragments: ["内閣", "政府", "省", "庁"])
    private static let governmentHost = TextPattern(
        "(?:^|\\.)(?:gov|go\\.jp|go\\.kr|gc\\.ca|gouv\\.fr|europa\\.eu|un\\.org|kremlin\\.ru|government\\.ru|mid\\.ru)$|\\.gov\\.|\\.govt\\.")
    private static let newspaper = KeywordSet(
        words: ["newspaper", "times", "post", "news", "daily", "herald", "gazette"], fragments: ["газета"])
}
