/// Where each page of an edition lives in `public/`, and how pages link to each other: always relatively, so
/// the site works from any host, from a sub-path, and opened from disk.
public enum SitePaths {
    public static let landing = "index.html"
    public static let text = "text.html"
    public static let english = "en.html"
    public static let apparatus = "apparatus.html"
    public static let sources = "sources.html"
    public static let glossary = "glossary.html"
    public static let versionOfRecord = "source.html"
    public static let jats = "article.xml"

    public static func editionFile(_ slug: String, _ page: String) -> String { "\(slug)/\(page)" }

    /// The prefix from a page back to the site root: `../` for each folder the page is in.
    public static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The absolute address of a page when the site's base URL is known.
    public static func absolute(_ path: String, base: String?) -> String? {
        base.map { $0 + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path) }
    }
}
