import DiglotEdition

/// A printed reference string (italics marked with asterisks, as the parser reads it) written back as HTML.
enum PrintedReference {
    static func html(_ printed: String) -> String {
        // The runs between asterisks, which are one byte: walking Characters cost more than the escaping.
        let runs = printed.utf8.split(separator: UInt8(ascii: "*"), omittingEmptySubsequences: false)
        var out = ""
        for (index, run) in runs.enumerated() {
            if index > 0 { out += index % 2 == 1 ? "<em>" : "</em>" }
            out += HTML.escape(String(Substring(run)))
        }
        if runs.count % 2 == 0 { out += "</em>" }
        return out
    }

    /// The plain text a reader would copy: the printed string without the italic marks.
    static func plain(_ printed: String) -> String {
        printed.replacingAll("*", with: "")
    }
}
