/// `content/site.yaml`: the site's title in each language, its public address, and the journal profile.
public struct SiteConfiguration: Sendable, Equatable {
    public var titles: [String: String] = ["ru": "Диглот: двуязычные издания", "en": "Diglot: bilingual editions"]
    /// The address the site is served from, ending in `/`; absolute URLs (sitemap, metadata) need it.
    public var baseURL: String?
    public var profile: JournalProfile = .farEasternStudies

    public init() {}

    static let keys: Set<String> = ["title", "base_url", "profile"]
    static let labelKeys: Set<String> = [
        "abstract", "keywords", "citation", "funding", "received", "bibliography", "figure", "table", "figure_source",
        "issue", "pages",
    ]

    public static func read(_ file: SourceFile) -> (SiteConfiguration, [Diagnostic]) {
        let (yaml, syntax) = YAMLFile.parse(file, stage: .load)
        var config = SiteConfiguration()
        guard let root = yaml.root else { return (config, syntax) }
        var diagnostics = syntax + root.unknownKeys(allowed: keys, stage: .load)
        if let title = root["title"] {
            for (key, _, value) in title.entries ?? [] { config.titles[key] = value.string }
            if let single = title.string { config.titles = ["ru": single, "en": single] }
        }
        if let base = root["base_url"] {
            if let url = base.string, url.hasPrefix("http://") || url.hasPrefix("https://") {
                config.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                diagnostics.append(.error("base_url must be an absolute http(s) address", at: base.location, stage: .load))
            }
        }
        if let profile = root["profile"] {
            diagnostics += profile.unknownKeys(allowed: ["primary", "translation", "note_continuation_prefixes"], stage: .load)
            if let primary = profile["primary"] {
                diagnostics += primary.unknownKeys(allowed: labelKeys, stage: .load)
                config.profile.primary = overriding(config.profile.primary, with: primary)
            }
            if let translation = profile["translation"] {
                diagnostics += translation.unknownKeys(allowed: labelKeys, stage: .load)
                config.profile.translation = overriding(config.profile.translation, with: translation)
            }
            if let prefixes = profile["note_continuation_prefixes"] {
                config.profile.noteContinuationPrefixes = prefixes.strings
            }
        }
        return (config, diagnostics)
    }

    private static func overriding(_ labels: JournalProfile.Labels, with yaml: YAMLValue) -> JournalProfile.Labels {
        var copy = labels
        func take(_ key: String, _ path: WritableKeyPath<JournalProfile.Labels, [String]>) {
            if let value = yaml[key] { copy[keyPath: path] = value.strings }
        }
        take("abstract", \.abstract)
        take("keywords", \.keywords)
        take("citation", \.citation)
        take("funding", \.funding)
        take("received", \.received)
        take("bibliography", \.bibliography)
        take("figure", \.figure)
        take("table", \.table)
        take("figure_source", \.figureSource)
        take("issue", \.issue)
        take("pages", \.pages)
        return copy
    }
}
