import Foundation
import Markdown

/// HTML being written as bytes, with the escaping every writer of it needs.
public struct HTMLBuffer {
    private var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var html: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func raw(_ markup: String) { bytes.append(contentsOf: markup.utf8) }
    public mutating func text(_ text: String) { HTMLBytes.appendEscaped(text, to: &bytes) }
    public mutating func attribute(_ name: String, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        bytes.append(contentsOf: name.utf8)
        bytes.append(contentsOf: "=\"".utf8)
        HTMLBytes.appendEscaped(value, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Escaped text set by Russian rules: a dash never begins a line, «№» and «г.» stay with their number.
    /// One pass over the bytes, copying the runs between spaces and escaped characters whole: these spaces are in
    /// every paragraph.
    public mutating func russianText(_ text: String) {
        var previousWasNumero = false
        var source = text
        source.withUTF8 { input in
            // The start of the bytes not yet copied, none of which needs anything.
            var run = 0
            var index = 0
            while index < input.count {
                let byte = input[index]
                if byte == UInt8(ascii: " ") || HTMLBytes.needsEscape(byte) {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[run..<index]))
                    if byte == UInt8(ascii: " ") {
                        let dash = index + 3 < input.count && input[index + 1] == 0xE2 && input[index + 2] == 0x80 && input[index + 3] == 0x94
                        let year = index + 3 < input.count && input[index + 1] == 0xD0 && input[index + 2] == 0xB3 && input[index + 3] == UInt8(ascii: ".")
                        if dash || year || previousWasNumero {
                            bytes.append(0xC2)
                            bytes.append(0xA0)
                        } else {
                            bytes.append(byte)
                        }
                    } else {
                        HTMLBytes.appendEscaped(byte, to: &bytes)
                    }
                    previousWasNumero = false
                    index += 1
                    run = index
                    continue
                }
                previousWasNumero = index + 2 < input.count && byte == 0xE2 && input[index + 1] == 0x84 && input[index + 2] == 0x96
                index += previousWasNumero ? 3 : 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[run...]))
        }
    }
}

public enum HTML {
    public static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// Only web and mail links become links; anything else (`javascript:`, `file:`, `data:`) is shown as text.
    public static func isSafeLink(_ url: String) -> Bool {
        let lower = url.lowercased().trimmedWhitespace
        guard let colon = lower.utf8.firstIndex(of: UInt8(ascii: ":")) else { return true }
        // A colon after a slash, query or fragment belongs to a relative path, not to a scheme.
        if lower.utf8[..<colon].contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) {
            return true
        }
        return ["http", "https", "mailto"].contains(String(lower[..<colon]))
    }
}
