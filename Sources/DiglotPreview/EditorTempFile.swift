/// Names that editors write beside the file being saved (swap files, backups, vim's `4913` probe, JetBrains'
/// safe-write copies, the hidden temporary of an atomic save): a save touches them, but they are never part of
/// the content, and a rebuild they set off would read the file before its new text is in place.
enum EditorTempFile {
    static func matches(_ name: String) -> Bool {
        if name == "4913" || name.hasPrefix(".") { return true }
        if name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix("~") || name.hasSuffix(".tmp") { return true }
        if name.hasPrefix(".#") { return true }
        if name.count > 1, name.hasPrefix("#"), name.hasSuffix("#") { return true }
        return name.hasSuffix("___") && name.contains("___jb_")
    }
}
