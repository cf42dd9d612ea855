/// Names that editors write beside the file being saved (swap files, backups, vim's `4913` probe, JetBrains'
/// safe-write copies): a save touches them, but they are never part of the content.
enum EditorTempFile {
    static func matches(_ name: String) -> Bool {
        if name == "4913" { return true }
        if name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix("~") || name.hasSuffix(".tmp") { return true }
        if name.hasPrefix(".#") { return true }
        if name.count > 1, name.hasPrefix("#"), name.hasSuffix("#") { return true }
        return name.hasSuffix("___") && name.contains("___jb_")
    }
}
