/// The kinds of source this journal cites, coarse enough to be told apart from the printed string alone.
public enum ReferenceType: String, Sendable, Codable, CaseIterable {
    case journalArticle
    /// Strategies, laws, statements and other papers a government or an intergovernmental body issues.
    case officialDocument
    /// News items, blog posts and other pages read on a website.
    case webPage
    /// Think-tank and analytical reports, and papers an institution issues.
    case report
    /// Monographs and collections a publisher issues: an imprint (`М.: Весь мир, 2019`) or an extent (`312 с.`).
    case book

    /// The CSL-JSON type, the master format the exports are made from. Official documents are "document":
    /// most of them are strategies and statements, which CSL's "legislation" (statutes) would misdescribe.
    public var cslType: String {
        switch self {
        case .journalArticle: "article-journal"
        case .officialDocument: "document"
        case .webPage: "webpage"
        case .report: "report"
        case .book: "book"
        }
    }
}
