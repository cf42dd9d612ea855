/// The normalised forms of a reference's fields that sources are told apart by (`SourceIdentity`), made once
/// with its parse: the grouping, the majorities and the variants of the citation index all compare them.
public struct SourceKeys: Sendable, Equatable {
    let doi: String?
    let url: String?
    let title: String?
    let containerTitle: String?
    let authorYearTitle: String?

    init(_ reference: ParsedReference) {
        doi = SourceIdentity.doi(reference.doi)
        url = SourceIdentity.url(reference.url)
        title = SourceIdentity.title(reference.title)
        containerTitle = SourceIdentity.title(reference.containerTitle)
        authorYearTitle = SourceIdentity.authorYearTitle(reference, title: title)
    }
}
