import CAtomicSwap
import DiglotEdition
import Foundation

/// Writes a build into a staging folder beside the output and swaps it in only when the whole build
/// succeeded; otherwise the staging folder is removed and the previous output stays byte for byte.
public final class SiteWriter: @unchecked Sendable {
    public let output: String
    public let staging: String
    private let lock = NSLock()
    private var created: Set<String> = []

    /// `marked` writes the file that identifies a whole built site; an edition's folder has none.
    public init(output: String, marked: Bool = true) throws {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        self.output = url.path
        let parent = url.deletingLastPathComponent().path
        staging = parent + "/." + url.lastPathComponent + ".staging-\(getpid())"
        try? FileManager.default.removeItem(atPath: staging)
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        created.insert(staging)
        if marked { try write(OutputFile(path: OutputSafety.marker, text: "Written by `diglot build`; replaced whole on every build.\n")) }
    }

    /// Writes one file into the staging folder. Safe to call from several threads.
    public func write(_ file: OutputFile) throws {
        guard OutputSafety.isSafeRelativePath(file.path) else {
            throw Diagnostic(.error, "refusing to write outside the output folder: \(file.path)", file: output, stage: .write)
        }
        let full = staging + "/" + file.path
        let folder = (full as NSString).deletingLastPathComponent
        // Made under the lock: another thread must not write into the folder before it exists.
        try lock.withLock {
            guard !created.contains(folder) else { return }
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            created.insert(folder)
        }
        if let failure = PlainFile.write(file.bytes, to: full) {
            throw Diagnostic(.error, "cannot write \(file.path): \(String(cString: strerror(failure)))", file: output, stage: .write)
        }
    }

    /// Puts the staging folder in place of the output: one atomic exchange where the output exists.
    public func commit() throws {
        if FileManager.default.fileExists(atPath: output) {
            if diglot_exchange_paths(staging, output) != 0 {
                throw Diagnostic(.error, "cannot replace the output folder: \(String(cString: strerror(errno)))", file: output, stage: .write)
            }
            try? FileManager.default.removeItem(atPath: staging)
        } else {
            try FileManager.default.moveItem(atPath: staging, toPath: output)
        }
    }

    /// Removes the staging folder; the output is left exactly as it was.
    public func abandon() {
        try? FileManager.default.removeItem(atPath: staging)
    }
}
