import Foundation

/// Adds the live-reload script, and the overlay when the last build failed, to an HTML page as it is served;
/// the built files stay as the build wrote them.
enum PageDecorator {
    static func decorate(_ page: Data, overlay: String?) -> Data {
        let addition = Data(("<script src=\"\(PreviewAssets.scriptPath)\" defer></script>\n" + (overlay ?? "")).utf8)
        var decorated = page
        decorated.insert(contentsOf: addition, at: closingBody(in: page) ?? page.endIndex)
        return decorated
    }

    /// Where the last `</body` starts, in any letter case.
    private static func closingBody(in page: Data) -> Data.Index? {
        let tag = Array("</body".utf8)
        var index = page.endIndex - tag.count
        while index >= page.startIndex {
            if zip(page[index..<(index + tag.count)], tag).allSatisfy({ lowercased($0) == $1 }) { return index }
            index -= 1
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
