import DiglotEdition

/// Writes edition inlines as JATS mixed content: `italic`, `bold`, `ext-link`, and note calls as `xref`.
struct JATSInlineWriter {
    let notes: ResolvedNotes

    func write(_ inlines: [Inline]) -> String {
        inlines.map(write).joined()
    }

    func write(_ inline: Inline) -> String {
        switch inline {
        case .text(let text), .literalHTML(let text): XMLText.escape(text)
        case .emphasis(let c): "<italic>" + write(c) + "</italic>"
        case .strong(let c): "<bold>" + write(c) + "</bold>"
        case .superscript(let c): "<sup>" + write(c) + "</sup>"
        case .subscript(let c): "<sub>" + write(c) + "</sub>"
        case .code(let code): "<monospace>" + XMLText.escape(code) + "</monospace>"
        case .link(let destination, _, let c):
            "<ext-link ext-link-type=\"uri\" xlink:href=\"\(XMLText.escape(destination))\">" + write(c) + "</ext-link>"
        case .image(_, _, let alt): XMLText.escape(alt)
        case .lineBreak, .softBreak: " "
        case .noteCall(let call):
            notes.calls[call.index]?.target.map { "<xref ref-type=\"fn\" rid=\"\(Self.fnID($0))\">\(XMLText.escape(call.label))</xref>" }
                ?? XMLText.escape(call.label)
        case .healed(_, let c), .gloss(_, _, let c), .editorialNote(_, let c): write(c)
        case .correction(_, let original, _): XMLText.escape(original)
        case .anchor: ""
        }
    }

    /// JATS ids: the note's anchor with its prefix swapped for `fn-`.
    static func fnID(_ noteID: String) -> String {
        "fn-" + noteID.dropFirst("note-".count)
    }
}
