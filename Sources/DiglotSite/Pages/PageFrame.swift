import DiglotEdition

/// The values every page gives the layout template: language, title, relative root, navigation, the
/// language switch and the head's metadata.
public struct PageFrame {
    public struct Link {
        public var href: String
        public var label: String
        public var current: Bool = false
        public var hreflang: String? = nil

        var context: [String: Any] {
            var c: [String: Any] = ["href": href, "label": label, "current": current]
            if let hreflang { c["hreflang"] = hreflang }
            return c
        }
    }

    public var path: String
    public var language: String
    public var title: String
    public var bodyClass: String
    public var strings: UIStrings.Language
    public var siteTitle: String
    public var navigation: [Link] = []
    public var languageSwitch: Link?
    /// `rel="alternate" hreflang` links, both ways between language versions.
    public var alternates: [Link] = []
    public var canonical: String?
    public var metadata = HeadMetadata()

    public var root: String { SitePaths.root(for: path) }

    public func context(_ page: [String: Any]) -> [String: Any] {
        var context: [String: Any] = [
            "lang": language, "page_title": title, "site_title": siteTitle, "root": root, "body_class": bodyClass,
            "t": strings.values, "nav": navigation.map(\.context), "has_nav": !navigation.isEmpty, "alternates": alternates.map(\.context),
            "meta": metadata.names.map(\.context), "properties": metadata.properties.map(\.context),
        ]
        if let languageSwitch { context["language_switch"] = languageSwitch.context }
        if let canonical { context["canonical"] = canonical }
        if let jsonLD = metadata.jsonLD { context["json_ld"] = jsonLD }
        context.merge(page) { _, new in new }
        return context
    }
}
