import DiglotEdition
import Foundation

/// The citation exports of each edition as the preview's build worker last made them, with the records they
/// were made from: an edit of the text leaves the sources' records as they were, and writing the exports again
/// was ~7% of a rebuild. A one-off build has no cache.
public final class ExportCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: (records: [CSLRecord], files: CitationExports.Files)] = [:]

    public init() {}

    func files(_ sources: [CitedSource], edition slug: String) -> CitationExports.Files {
        let records = sources.map(CSLRecord.init(source:))
        if let known = lock.withLock({ made[slug] }), known.records == records { return known.files }
        let files = CitationExports.files(records: records)
        lock.withLock { made[slug] = (records, files) }
        return files
    }
}
