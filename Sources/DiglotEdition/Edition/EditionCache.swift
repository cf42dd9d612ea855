import Foundation

/// Results of the pipeline's pure, costly steps, kept by their exact input across the rebuilds of one
/// process (the preview's build worker): a save that leaves the references and the editorial layer as they
/// were does not parse them again. A one-off build has no cache.
public final class EditionCache: @unchecked Sendable {
    private let lock = NSLock()
    private var references: [String: (ParsedReference, SourceKeys)] = [:]
    private var annotations: [String: (Annotations, [Diagnostic])] = [:]

    public init() {}

    func reference(_ text: String) -> (ParsedReference, SourceKeys) {
        if let known = lock.withLock({ references[text] }) { return known }
        let parsed = ReferenceParser.parse(text)
        let made = (parsed, SourceKeys(parsed))
        lock.withLock { references[text] = made }
        return made
    }

    func annotations(_ file: SourceFile) -> (Annotations, [Diagnostic]) {
        let key = file.path + "\u{0}" + file.text
        if let known = lock.withLock({ annotations[key] }) { return known }
        let read = AnnotationsReader.read(file)
        lock.withLock { annotations[key] = read }
        return read
    }
}
