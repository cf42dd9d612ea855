import CAtomicSwap
import DiglotEdition
import Foundation

/// Keeps a built site current as its sources change, rebuilding only what a change touches: the editions whose
/// folders changed (each changed file replaced whole) and the site-wide pages; a change of templates or of
/// `site.yaml` rebuilds everything, and so does every change until a whole build has succeeded, since a failed
/// one publishes nothing that a partial rebuild could complete. Used by the preview's build worker, which lives
/// as long as the preview.
public final class IncrementalBuilder {
    private let builder: SiteBuilder
    private var prepared: SiteBuilder.Preparation?
    private var siteIsWhole = false
    private var summaries: [String: EditionSummary] = [:]
    private var editionProblems: [String: [Diagnostic]] = [:]
    private let cache = EditionCache()
    private let exportCache = ExportCache()
    /// What each output folder holds as this process last wrote it (file → digest of its bytes), so that a rebuild
    /// compares in memory instead of reading back and listing the folder; a folder not yet updated here is read.
    private var written: [String: [String: UInt64]] = [:]
    /// The summaries the site-wide pages were last made from: an edit of an article's text seldom changes them,
    /// and the pages (the index, and the sitemap of every edition) are then left as they are.
    private var sitePagesMadeFrom: [EditionSummary]?

    public init(options: BuildOptions) {
        builder = SiteBuilder(options: options)
    }

    /// What a batch of changed paths means for the site.
    enum Scope: Equatable {
        case everything
        case editions(Set<String>)
    }

    public func rebuild(changes: [String]) -> BuildReport {
        guard siteIsWhole, let prepared, prepared.templates != nil, !prepared.diagnostics.hasErrors,
              case .editions(let slugs) = scope(of: changes) else {
            return rebuildEverything()
        }
        return rebuild(slugs, prepared)
    }

    private func rebuildEverything() -> BuildReport {
        let fresh = builder.prepare()
        let report = builder.publish(fresh)
        prepared = fresh
        siteIsWhole = report.succeeded
        summaries = Dictionary(report.editions.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        written = [:]
        sitePagesMadeFrom = report.succeeded ? report.editions.sorted { $0.slug < $1.slug } : nil
        editionProblems = Dictionary(grouping: report.diagnostics.filter { slug(of: $0.file) != nil }) { slug(of: $0.file)! }
        return report
    }

    /// Rebuilds some editions in memory and, for each without errors, writes only the files whose bytes changed
    /// (each whole) and removes those it no longer has; an edition with errors keeps its last good files. Then the
    /// site-wide pages, from every edition's summary.
    private func rebuild(_ slugs: Set<String>, _ prepared: SiteBuilder.Preparation) -> BuildReport {
        let output = builder.options.outputPath
        var report = BuildReport()
        for slug in slugs.sorted() {
            let folder = prepared.loader.contentPath + "/" + slug
            guard FileManager.default.fileExists(atPath: folder + "/article.md"), ContentLoader.isValidSlug(slug) else {
                try? FileManager.default.removeItem(atPath: output + "/" + slug)
                written[output + "/" + slug] = nil
                summaries[slug] = nil
                editionProblems[slug] = nil
                continue
            }
            let collector = FileCollector()
            let result = builder.buildEdition(EditionLocation(slug: slug, folder: folder), loader: prepared.loader,
                                              site: prepared.site, templates: prepared.templates, render: true,
                                              cache: cache, exportCache: exportCache) { collector.add($0) }
            editionProblems[slug] = result.diagnostics
            guard !result.diagnostics.hasErrors else { continue }
            report.fileCount += update(output + "/" + slug, to: collector.files, prefix: slug + "/")
            summaries[slug] = result.summary
        }
        let editions = summaries.values.sorted { $0.slug < $1.slug }
        if let templates = prepared.templates, editions != sitePagesMadeFrom {
            let pages = SitePages(editions: editions, templates: templates, site: prepared.site).render()
            report.fileCount += update(output, to: pages, prefix: "", removingOthers: false)
            sitePagesMadeFrom = editions
        }
        report.editions = editions
        report.diagnostics = prepared.diagnostics + editionProblems.keys.sorted().flatMap { editionProblems[$0]! }
        return report
    }

    /// Makes `folder` hold `files` (paths under `prefix`): writes those whose bytes differ, each whole, and with
    /// `removingOthers` removes files the edition no longer has. Returns how many files were written.
    private func update(_ folder: String, to files: [OutputFile], prefix: String, removingOthers: Bool = true) -> Int {
        let known = written[folder]
        var kept = Set<String>()
        var digests: [String: UInt64] = [:]
        var count = 0
        for file in files {
            let relative = String(file.path.dropFirst(prefix.count))
            guard OutputSafety.isSafeRelativePath(relative) else { continue }
            kept.insert(relative)
            let digest = ContentDigest.of(file.bytes)
            let path = folder + "/" + relative
            let unchanged = if let known { known[relative] == digest } else {
                FileManager.default.contents(atPath: path).map { $0 == Data(file.bytes) } ?? false
            }
            if !unchanged {
                try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                // A file that could not be written is left out of the digests: the next rebuild tries again.
                guard Self.replace(path, with: file.bytes) else { continue }
                count += 1
            }
            digests[relative] = digest
        }
        if removingOthers {
            for relative in known.map({ Array($0.keys) }) ?? Self.files(under: folder) where !kept.contains(relative) {
                try? FileManager.default.removeItem(atPath: folder + "/" + relative)
            }
        }
        written[folder] = digests
        return count
    }

    /// The files under `folder`, as paths relative to it.
    private static func files(under folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files
    }

    func scope(of changes: [String]) -> Scope {
        var slugs = Set<String>()
        for change in changes {
            guard let slug = slug(of: change) else { return .everything }
            slugs.insert(slug)
        }
        return slugs.isEmpty ? .everything : .editions(slugs)
    }

    /// The edition a path of the content belongs to; nil for templates, `site.yaml` and anything else.
    func slug(of path: String) -> String? {
        let content = URL(fileURLWithPath: builder.options.contentPath).standardizedFileURL.path + "/"
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        guard full.hasPrefix(content) else { return nil }
        let parts = full.dropFirst(content.count).split(separator: "/")
        return parts.count >= 2 ? String(parts[0]) : nil
    }

    /// Writes a file whole or not at all: a reader never sees half a page. Returns whether it was written. The new
    /// file is exchanged with the old one, which is then removed: renaming over a file makes ext4 allocate and
    /// start writing the new file's blocks at once (its guard for programs that skip `fsync`), about 0.6 ms a file
    /// on this project's machines; an exchange does not.
    private static func replace(_ path: String, with bytes: [UInt8]) -> Bool {
        let temporary = path + ".tmp-\(getpid())"
        guard PlainFile.write(bytes, to: temporary) == nil else {
            unlink(temporary)
            return false
        }
        if diglot_exchange_paths(temporary, path) == 0 {
            unlink(temporary)
            return true
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
