import DiglotEdition
import Foundation

/// `diglot check`: builds in memory, validates what was built, and writes nothing.
public struct SiteChecker {
    public let options: BuildOptions
    public let fileSystem: any FileSystem

    public init(options: BuildOptions, fileSystem: any FileSystem = LocalFileSystem()) {
        self.options = options
        self.fileSystem = fileSystem
    }

    public func check() -> BuildReport {
        let collector = FileCollector()
        var report = SiteBuilder(fileSystem: fileSystem, options: options).build { collector.add($0) }
        guard report.succeeded else { return report }
        let files = collector.files
        let pages = files.filter { $0.path.hasSuffix(".html") }.map { OutputValidator.Page(path: $0.path, html: String(decoding: $0.bytes, as: UTF8.self)) }
        let others = Set(files.filter { !$0.path.hasSuffix(".html") }.map(\.path))
        report.diagnostics += OutputValidator(pages: pages, otherFiles: others, outputPath: options.outputPath, locate: locate).validate()
        return report
    }

    /// A problem on an edition's page that names text from its `article.md` is reported at that text.
    private func locate(_ page: String, _ needle: String) -> SourceLocation? {
        guard let slug = page.split(separator: "/").first, page.contains("/") else { return nil }
        let path = options.contentPath + "/" + slug + "/article.md"
        guard let bytes = try? fileSystem.readBytes(path), case .success(let file) = SourceFile.decode(path: path, bytes: bytes) else { return nil }
        for line in 1...max(1, file.lineCount) where file.lineText(line).contains(needle) {
            return file.location(of: needle, onLine: line)
        }
        return nil
    }
}

/// Gathers the files of a build in memory, from several threads.
final class FileCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [OutputFile] = []

    func add(_ file: OutputFile) {
        lock.lock()
        collected.append(file)
        lock.unlock()
    }

    var files: [OutputFile] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}
