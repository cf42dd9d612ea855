/// The ids of the places the edition's pages link to, named once for the domain and the site.
public enum Anchors {
    public static func note(_ label: String) -> String { NoteResolver.noteID(label) }
    public static func bibliographyEntry(_ number: Int) -> String { "lit-\(number)" }
    public static func translatedBibliographyEntry(_ number: Int) -> String { "ref-\(number)" }
    public static func figure(_ number: String) -> String { "figure-\(number)" }
    public static func table(_ number: String) -> String { "table-\(number)" }
    public static func source(_ number: Int) -> String { "src-\(number)" }
}
