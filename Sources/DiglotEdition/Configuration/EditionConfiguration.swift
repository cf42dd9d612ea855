/// `content/<slug>/edition.yaml`: facts the article text does not carry, and overrides of extracted values.
public struct EditionConfiguration: Sendable, Equatable {
    public var publicationDate: PublicationDate?
    /// The journal's name by language (`ru`, `en`), and its transliteration, as indexes list it.
    public var journalTitles: [String: String] = [:]
    public var journalTransliteration: String?
    public var issn: String?
    public var eissn: String?
    public var publisher: [String: String] = [:]
    public var volume: String?
    public var issue: String?
    public var firstPage: String?
    public var lastPage: String?
    public var doi: String?
    public var license: String?
    public var licenseURL: String?
    /// The article's page at the journal, if it has one.
    public var journalURL: String?
    public var characterCount: Int?

    public init() {}

    static let keys: Set<String> = [
        "publication_date", "journal", "volume", "issue", "first_page", "last_page", "doi", "license",
        "license_url", "journal_url", "characters",
    ]
    static let journalKeys: Set<String> = ["title", "title_en", "title_transliterated", "issn", "eissn", "publisher", "publisher_en"]

    public static func read(_ file: SourceFile) -> (EditionConfiguration, [Diagnostic]) {
        let (yaml, syntax) = YAMLFile.parse(file, stage: .load)
        var config = EditionConfiguration()
        guard let root = yaml.root else { return (config, syntax) }
        guard root.entries != nil else {
            return (config, syntax + [.error("edition.yaml must be a mapping of keys to values", at: root.location, stage: .load)])
        }
        var diagnostics = syntax + root.unknownKeys(allowed: keys, stage: .load)
        if let date = root["publication_date"] {
            config.publicationDate = date.string.flatMap(PublicationDate.init)
            if config.publicationDate == nil {
                diagnostics.append(.error("publication_date must be a date such as 2022-04-19", at: date.location, stage: .load))
            }
        }
        if let journal = root["journal"] {
            diagnostics += journal.unknownKeys(allowed: journalKeys, stage: .load)
            config.journalTitles["ru"] = journal["title"]?.string
            config.journalTitles["en"] = journal["title_en"]?.string
            config.journalTransliteration = journal["title_transliterated"]?.string
            config.issn = journal["issn"]?.string
            config.eissn = journal["eissn"]?.string
            config.publisher["ru"] = journal["publisher"]?.string
            config.publisher["en"] = journal["publisher_en"]?.string
        }
        config.volume = root["volume"]?.string
        config.issue = root["issue"]?.string
        config.firstPage = root["first_page"]?.string
        config.lastPage = root["last_page"]?.string
        config.doi = root["doi"]?.string
        config.license = root["license"]?.string
        config.licenseURL = root["license_url"]?.string
        config.journalURL = root["journal_url"]?.string
        if let characters = root["characters"] {
            config.characterCount = characters.string.flatMap { Int($0) }
            if config.characterCount == nil {
                diagnostics.append(.error("characters must be a whole number", at: characters.location, stage: .load))
            }
        }
        return (config, diagnostics)
    }
}
