import DiglotEdition
import Foundation

/// Validates a built site as a reader would use it: every internal link and `#anchor` resolves, no page has
/// an id twice, every note call reaches its note and every backlink its call, every `data-pair` has both
/// languages. Works on the files' text alone, so it checks what was written, not what was meant.
public struct OutputValidator {
    public struct Page {
        public var path: String
        public var html: String
    }

    /// Where a problem found in the output comes from, when the sources can tell.
    public typealias Locator = (_ page: String, _ needle: String) -> SourceLocation?

    let pages: [String: Page]
    let otherFiles: Set<String>
    let locate: Locator
    /// Where `diglot build` writes the pages, to name a problem's place when no source line can be found.
    let outputPath: String

    public init(pages: [Page], otherFiles: Set<String>, outputPath: String = "public", locate: @escaping Locator = { _, _ in nil }) {
        self.outputPath = outputPath
        self.pages = Dictionary(pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        self.otherFiles = otherFiles
        self.locate = locate
    }

    static let idPattern = try! NSRegularExpression(pattern: "\\sid=\"([^\"]*)\"")
    static let srcPattern = try! NSRegularExpression(pattern: "\\s(?:src|href)=\"([^\"]*)\"")
    static let pairPattern = try! NSRegularExpression(pattern: "<[a-z0-9]+\\s[^>]*data-pair=\"([^\"]*)\"[^>]*>")
    static let langPattern = try! NSRegularExpression(pattern: "\\slang=\"([^\"]*)\"")

    public func validate() -> [Diagnostic] {
        var ids: [String: Set<String>] = [:]
        var diagnostics: [Diagnostic] = []
        for page in pages.values.sorted(by: { $0.path < $1.path }) {
            var seen = Set<String>()
            for (id, offset) in Self.captures(Self.idPattern, in: page.html) {
                if !seen.insert(id).inserted {
                    diagnostics.append(problem("the id '\(id)' appears twice on the page", page: page, offset: offset, needle: id))
                }
            }
            ids[page.path] = seen
        }
        for page in pages.values.sorted(by: { $0.path < $1.path }) {
            for (target, offset) in Self.captures(Self.srcPattern, in: page.html) {
                if let message = check(target, from: page.path, ids: ids) {
                    diagnostics.append(problem(message, page: page, offset: offset, needle: target))
                }
            }
            diagnostics += checkPairs(page)
        }
        return diagnostics
    }

    /// Why a link does not resolve, or nil if it does. Links to other sites are not followed here.
    func check(_ target: String, from path: String, ids: [String: Set<String>]) -> String? {
        let decoded = target.replacingAll("&amp;", with: "&")
        if decoded.isEmpty { return "an empty link" }
        if let colon = decoded.firstIndex(of: ":"), !decoded[..<colon].contains("/"), !decoded[..<colon].contains("#") {
            return nil
        }
        if decoded.hasPrefix("//") { return nil }
        let parts = decoded.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let filePart = String(parts[0].split(separator: "?").first ?? "")
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        let resolved = filePart.isEmpty ? path : Self.resolve(filePart, from: path)
        guard let resolved else { return "the link '\(target)' leaves the site" }
        let file = resolved.hasSuffix("/") || resolved.isEmpty ? resolved + "index.html" : resolved
        if pages[file] == nil && !otherFiles.contains(file) {
            return "the link '\(target)' points to \(file), which the build did not make"
        }
        if let fragment, !fragment.isEmpty, let targetIDs = ids[file], !targetIDs.contains(fragment.removingPercentEncoding ?? fragment) {
            return "the link '\(target)' points to #\(fragment), which \(file) does not have"
        }
        return nil
    }

    private func checkPairs(_ page: Page) -> [Diagnostic] {
        var languages: [String: (Set<String>, Int)] = [:]
        for match in Self.pairPattern.matches(in: page.html, range: NSRange(page.html.startIndex..., in: page.html)) {
            guard let tagRange = Range(match.range, in: page.html), let keyRange = Range(match.range(at: 1), in: page.html) else { continue }
            let tag = String(page.html[tagRange])
            let key = String(page.html[keyRange])
            let lang = Self.captures(Self.langPattern, in: tag).first?.0 ?? ""
            let offset = page.html.utf8.distance(from: page.html.startIndex, to: tagRange.lowerBound)
            var entry = languages[key] ?? ([], offset)
            entry.0.insert(lang)
            languages[key] = entry
        }
        return languages.sorted { $0.key < $1.key }.compactMap { key, entry in
            guard entry.0.count < 2 || entry.0.contains("") else { return nil }
            let present = entry.0.filter { !$0.isEmpty }.sorted()
            let has = present.isEmpty ? "no language" : present.joined(separator: ", ") + " only"
            return problem("the pair '\(key)' is not complete: it has \(has)", page: page, offset: entry.1, needle: key)
        }
    }

    private func problem(_ message: String, page: Page, offset: Int, needle: String) -> Diagnostic {
        if let location = locate(page.path, needle) {
            return .error(message + " (in \(page.path))", at: location, stage: .check)
        }
        let prefix = page.html.utf8.prefix(offset)
        let line = prefix.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { page.html.utf8.index(after: $0) } ?? page.html.startIndex
        let column = page.html[lineStart..<page.html.utf8.index(page.html.startIndex, offsetBy: offset)].count + 1
        // The page exists only in memory during a check; `diglot build` writes it byte for byte at this place.
        return Diagnostic(.error, message + " (in the page as built; its template or the article made it)",
                          file: outputPath + "/" + page.path, line: line, column: column, stage: .check)
    }

    /// Resolves `../x/y.html` against the folder of `path`; nil when it climbs above the root.
    static func resolve(_ relative: String, from path: String) -> String? {
        var parts = path.split(separator: "/").dropLast().map(String.init)
        for component in relative.split(separator: "/", omittingEmptySubsequences: false) {
            switch component {
            case "..": if parts.isEmpty { return nil } else { parts.removeLast() }
            case ".", "": continue
            default: parts.append(String(component))
            }
        }
        let joined = parts.joined(separator: "/")
        return relative.hasSuffix("/") ? joined + "/" : joined
    }

    static func captures(_ pattern: NSRegularExpression, in text: String) -> [(String, Int)] {
        pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            guard let range = Range(match.range(at: 1), in: text) else { return nil }
            return (String(text[range]), text.utf8.distance(from: text.startIndex, to: range.lowerBound))
        }
    }
}
