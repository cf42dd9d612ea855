/// One printed reference read into fields. The printed string stays whole in `raw`, so whatever the fields
/// miss is still shown to the reader; what could not be read is said in `warnings`.
public struct ParsedReference: Sendable, Hashable, Codable {
    public var raw: String
    public var authors: [PersonName] = []
    public var title: String?
    /// The translation printed in square brackets after a title in another language or script.
    public var titleTranslation: String?
    /// The journal, site or series: after «//», or the italic source of the English list.
    public var containerTitle: String?
    /// The issuing body where it is printed apart from the container (a think tank after the issue, an
    /// agency after the title, the publisher of a book).
    public var publisher: String?
    public var publisherPlace: String?
    public var issued: ReferenceDate?
    public var volume: String?
    public var issue: String?
    /// The extent of the item in its container («С. 12–20»), as printed.
    public var pages: String?
    /// The page the note points to inside the item («URL: …, p. 32»): a citation's locator, not the item's extent.
    public var locator: String?
    /// As printed, dashes included, so that it matches the journal's own metadata character for character.
    public var doi: String?
    public var url: String?
    public var accessed: ReferenceDate?
    /// "ru", "en", "ja" …: the «(In Russ.)» marker where printed, else the script of the title.
    public var language: String?
    public var type: ReferenceType = .report
    /// Remarks printed beside the fields («на англ. яз.», «Региональный выпуск»).
    public var note: String?
    public var warnings: [String] = []
    /// Set where the string names no source but points back to one («Там же», «Указ. соч.», «См. прим. 4»).
    public var pointsBack: BackReference?

    public init(raw: String) {
        self.raw = raw
    }
}
