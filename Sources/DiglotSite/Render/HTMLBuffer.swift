import Foundation
import Markdown

/// A string being written as HTML, with the escaping every writer of it needs.
public struct HTMLBuffer {
    public private(set) var html = ""

    public init(capacity: Int = 0) {
        html.reserveCapacity(capacity)
    }

    public mutating func raw(_ markup: String) { html += markup }
    public mutating func text(_ text: String) { html += HTMLEscaping.escape(text) }
    public mutating func attribute(_ name: String, _ value: String) {
        html += " \(name)=\"" + HTMLEscaping.escape(value) + "\""
    }
}

public enum HTML {
    public static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }

    /// Only web and mail links become links; anything else (`javascript:`, `file:`, `data:`) is shown as text.
    public static func isSafeLink(_ url: String) -> Bool {
        let lower = url.lowercased().trimmingCharacters(in: .whitespaces)
        if let colon = lower.firstIndex(of: ":"), !lower[..<colon].contains("/"), !lower[..<colon].contains("?"), !lower[..<colon].contains("#") {
            return ["http", "https", "mailto"].contains(String(lower[..<colon]))
        }
        return true
    }
}
