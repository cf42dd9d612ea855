import DiglotEdition
import Foundation

/// The rules that keep a build from writing where it must not: output paths stay inside the output folder,
/// and the output folder is never a folder of sources, one inside them, or one that a build did not make.
public enum OutputSafety {
    /// The file in every built output that marks the folder as safe to replace.
    public static let marker = ".diglot-output"

    /// A path inside the output: relative, no `..`, no backslash or NUL, nothing empty between slashes.
    /// Checked in bytes: every file of a build passes here, and splitting into Characters cost ~10,000
    /// instructions a path.
    public static func isSafeRelativePath(_ path: String) -> Bool {
        var length = 0
        var dots = 0
        func segmentIsSafe() -> Bool { length > 0 && !(dots == length && dots <= 2) }
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                guard segmentIsSafe() else { return false }
                (length, dots) = (0, 0)
            case UInt8(ascii: "\\"), 0:
                return false
            default:
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return segmentIsSafe()
    }

    /// Why the build must not replace `output`, or nil if it may.
    public static func problem(output: String, protecting sources: [String]) -> String? {
        let target = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        if target == "/" { return "refusing to use / as the output folder" }
        let current = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.resolvingSymlinksInPath().path
        if target == current { return "refusing to use the current folder as the output folder" }
        for source in sources {
            let protected = URL(fileURLWithPath: source).standardizedFileURL.resolvingSymlinksInPath().path
            if protected == target || protected.hasPrefix(target + "/") {
                return "refusing to write the output over \(source)"
            }
            // A folder of output among the sources would be read back as sources by the next build.
            if target.hasPrefix(protected + "/") {
                return "refusing to write the output inside \(source)"
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return "the output path exists and is not a folder" }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: target)) ?? []
        if contents.isEmpty || contents.contains(marker) { return nil }
        return "the output folder is not empty and was not made by diglot (no \(marker) in it); refusing to replace it"
    }
}
