import Foundation
@testable import DiglotEdition
@testable import DiglotSite

/// Builds sites from the repository's templates and articles held in memory, for the site tests.
enum SiteTestSupport {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func read(_ relative: String) -> [UInt8] {
        Array(FileManager.default.contents(atPath: repository.appendingPathComponent(relative).path)!)
    }

    /// The repository's templates/ as an in-memory tree under `templates/`.
    static var templateFiles: [String: [UInt8]] {
        Dictionary(uniqueKeysWithValues: files(under: repository.appendingPathComponent("templates").path).map {
            ("templates/" + $0.key, Array($0.value))
        })
    }

    /// The files under a folder of the disk, by their paths relative to it.
    static func files(under folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder)! {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = FileManager.default.contents(atPath: folder + "/" + path) }
        }
        return files
    }

    static func fileSystem(editions: [String: String], extra: [String: String] = [:], templates: [String: String] = [:]) -> MemoryFileSystem {
        var files = templateFiles
        files["content/site.yaml"] = Array("base_url: https://example.org/ed/\n".utf8)
        for (slug, article) in editions { files["content/\(slug)/article.md"] = Array(article.utf8) }
        for (path, text) in extra { files[path] = Array(text.utf8) }
        for (path, text) in templates { files["templates/" + path] = Array(text.utf8) }
        return MemoryFileSystem(bytes: files)
    }

    /// Builds into memory: the files by path, and the report.
    static func build(_ fileSystem: MemoryFileSystem) -> ([String: String], BuildReport) {
        let collector = FileCollector()
        let report = SiteBuilder(fileSystem: fileSystem, options: BuildOptions()).build { collector.add($0) }
        return (Dictionary(uniqueKeysWithValues: collector.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) }), report)
    }

    static var firstArticle: String { String(decoding: read("content/melkonyan-2022/article.md"), as: UTF8.self) }
    static var firstEditionYAML: String { String(decoding: read("content/melkonyan-2022/edition.yaml"), as: UTF8.self) }
    static var secondArticle: String { String(decoding: read("Tests/Fixtures/second-article/article.md"), as: UTF8.self) }

    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            String(text[Range(match.range(at: match.numberOfRanges > 1 ? 1 : 0), in: text)!])
        }
    }
}
