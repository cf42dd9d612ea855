/// Whether a name is that of a research institution (a university, an institute, a think tank, a
/// foundation): such a body publishes reports, and printed without «//» it is the publisher rather than the
/// source. «Press» is left out: it names news agencies as often as university presses.
enum InstitutionName {
    static func matches(_ name: String) -> Bool {
        pattern.matches(name)
    }

    private static let pattern = KeywordSet(
        words: ["university", "institute", "foundation", "center for", "centre for", "think tank"],
        fragments: ["университет", "институт", "фонд", "издательств", "аналитический центр"])
}
