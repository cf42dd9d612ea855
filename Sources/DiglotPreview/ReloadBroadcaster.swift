import Foundation

/// The open live-reload streams. The only message they ever carry is `reload`; the comment lines in
/// between carry nothing, and exist because a failed write is the only sign that a tab has gone away.
actor ReloadBroadcaster {
    static let reload = Data("data: reload\n\n".utf8)
    static let heartbeat = Data(":\n\n".utf8)

    /// More tabs than an editor opens; a flood of stream requests is refused past this.
    let capacity: Int
    private var listeners: [UUID: AsyncStream<Data>.Continuation] = [:]
    private var isClosed = false

    init(capacity: Int = 64) {
        self.capacity = capacity
    }

    var count: Int { listeners.count }

    /// A new stream, or nil when the server is full or stopping. It is forgotten as soon as its reader
    /// drops it (the client disconnected and a write failed).
    func subscribe() -> AsyncStream<Data>? {
        guard !isClosed, listeners.count < capacity else { return nil }
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: Data.self, bufferingPolicy: .bufferingNewest(4))
        continuation.onTermination = { [weak self] _ in
            Task { await self?.forget(id) }
        }
        listeners[id] = continuation
        return stream
    }

    func broadcastReload() {
        send(Self.reload)
    }

    func sendHeartbeat() {
        send(Self.heartbeat)
    }

    /// Ends every stream, so that their connections can close and the server can stop.
    func close() {
        isClosed = true
        for continuation in listeners.values { continuation.finish() }
        listeners.removeAll()
    }

    private func send(_ message: Data) {
        for continuation in listeners.values { continuation.yield(message) }
    }

    private func forget(_ id: UUID) {
        listeners[id] = nil
    }
}
