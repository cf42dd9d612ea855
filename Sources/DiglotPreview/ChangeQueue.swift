/// Changes waiting for a rebuild. Everything that arrives while a build runs is merged into the next one, so
/// a build that takes long (up to its timeout) is followed by one rebuild, not one per save.
actor ChangeQueue {
    private var waiting = Set<String>()
    private var taker: CheckedContinuation<Set<String>?, Never>?
    private var isFinished = false

    func add(_ changes: Set<String>) {
        if let taker {
            self.taker = nil
            taker.resume(returning: changes)
        } else {
            waiting.formUnion(changes)
        }
    }

    /// All the changes that arrived since the last call, waiting for one if there are none; nil once finished.
    func take() async -> Set<String>? {
        if !waiting.isEmpty {
            defer { waiting.removeAll() }
            return waiting
        }
        guard !isFinished else { return nil }
        return await withCheckedContinuation { taker = $0 }
    }

    func finish() {
        isFinished = true
        taker?.resume(returning: nil)
        taker = nil
    }
}
