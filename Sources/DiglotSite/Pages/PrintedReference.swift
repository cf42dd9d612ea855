import DiglotEdition
import Markdown

/// A printed reference string (italics marked with asterisks, as the parser reads it) written back as HTML.
enum PrintedReference {
    static func html(_ printed: String) -> String {
        // In bytes (the asterisk and the escaped characters are one byte each): splitting the UTF-8 view into runs
        // cost more than the page the string is printed on.
        var out: [UInt8] = []
        out.reserveCapacity(printed.utf8.count + 16)
        var italic = false
        var text = printed
        text.withUTF8 { bytes in
            for byte in bytes {
                if byte == UInt8(ascii: "*") {
                    out.append(contentsOf: (italic ? "</em>" : "<em>").utf8)
                    italic.toggle()
                } else {
                    HTMLEscaping.appendEscaped(byte, to: &out)
                }
            }
        }
        if italic { out.append(contentsOf: "</em>".utf8) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The plain text a reader would copy: the printed string without the italic marks.
    static func plain(_ printed: String) -> String {
        printed.replacingAll("*", with: "")
    }
}
