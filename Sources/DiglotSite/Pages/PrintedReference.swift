import DiglotEdition

/// A printed reference string (italics marked with asterisks, as the parser reads it) written back as HTML.
enum PrintedReference {
    static func html(_ printed: String) -> String {
        var out = ""
        var italic = false
        var run = ""
        for character in printed {
            if character == "*" {
                out += HTML.escape(run)
                run = ""
                out += italic ? "</em>" : "<em>"
                italic.toggle()
            } else {
                run.append(character)
            }
        }
        out += HTML.escape(run)
        if italic { out += "</em>" }
        return out
    }

    /// The plain text a reader would copy: the printed string without the italic marks.
    static func plain(_ printed: String) -> String {
        printed.replacingOccurrences(of: "*", with: "")
    }
}
