import DiglotEdition

/// The values every page gives the layout template: language, title, relative root, navigation, the
/// language switch and the head's metadata.
public struct PageFrame {
    public struct Link {
        public var href: String
        public var label: String
        public var current: Bool = false
        public var hreflang: String? = nil

        var context: TemplateValues {
            var c: TemplateValues = ["href": .text(href), "label": .text(label), "current": .bool(current)]
            if let hreflang { c["hreflang"] = .text(hreflang) }
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

    public func context(_ page: TemplateValues) -> TemplateValues {
        var context: TemplateValues = [
            "lang": .text(language), "page_title": .text(title), "site_title": .text(siteTitle), "root": .text(root),
            "body_class": .text(bodyClass), "t": strings.templateValue, "nav": .maps(navigation.map(\.context)),
            "has_nav": .bool(!navigation.isEmpty), "alternates": .maps(alternates.map(\.context)),
            "meta": .maps(metadata.names.map(\.context)), "properties": .maps(metadata.properties.map(\.context)),
        ]
        if let languageSwitch { context["language_switch"] = .map(languageSwitch.context) }
        if let canonical { context["canonical"] = .text(canonical) }
        if let jsonLD = metadata.jsonLD { context["json_ld"] = .text(jsonLD) }
        context.merge(page) { _, new in new }
        return context
    }
}
