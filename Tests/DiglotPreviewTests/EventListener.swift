import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A browser tab's live-reload stream, read on a thread of its own; records when each `reload` arrived.
final class EventListener: @unchecked Sendable {
    let status: Int
    private let fd: Int32
    private let lock = NSLock()
    private var received = ""
    private var reloadTimes: [ContinuousClock.Instant] = []
    private var isClosing = false
    private let readerDone = DispatchSemaphore(value: 0)

    /// Opens the stream as a page of `origin` would; throws when the server does not answer 200.
    init(port: UInt16, origin: String? = nil) throws {
        fd = try RawHTTPClient.connect(port: port)
        let origin = origin ?? "http://127.0.0.1:\(port)"
        let request = "GET /__diglot/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nOrigin: \(origin)\r\nAccept: text/event-stream\r\n\r\n"
        try RawHTTPClient.write(Data(request.utf8), to: fd)
        var head = Data()
        var byte: UInt8 = 0
        while !head.hasSuffix(Data("\r\n\r\n".utf8)) {
            guard recv(fd, &byte, 1, 0) == 1 else { throw RawHTTPClient.Failure(description: "stream closed before its headers") }
            head.append(byte)
        }
        status = Int(String(decoding: head, as: UTF8.self).split(separator: " ")[1]) ?? 0
        Thread { [self] in read() }.start()
    }

    var reloads: Int { lock.withLock { reloadTimes.count } }
    var text: String { lock.withLock { received } }
    var times: [ContinuousClock.Instant] { lock.withLock { reloadTimes } }

    /// Goes away the way a closed tab does; with `abruptly`, with a TCP reset instead of a clean close.
    func close(abruptly: Bool = false) {
        lock.withLock { isClosing = true }
        readerDone.wait()
        if abruptly {
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(fd, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        }
        Glibc.close(fd)
    }

    /// Polls rather than blocking in recv, so that `close` can stop it first: a socket closed while another
    /// thread reads from it stays open until that read returns.
    private func read() {
        defer { readerDone.signal() }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while !lock.withLock({ isClosing }) {
            guard poll(&descriptor, 1, 20) > 0 else { continue }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { return }
            let now = ContinuousClock.now
            lock.withLock {
                let before = received.components(separatedBy: "data: reload\n").count
                received += String(decoding: buffer[..<count], as: UTF8.self)
                let after = received.components(separatedBy: "data: reload\n").count
                reloadTimes += Array(repeating: now, count: after - before)
            }
        }
    }
}

extension Data {
    func hasSuffix(_ suffix: Data) -> Bool {
        count >= suffix.count && self[(endIndex - suffix.count)...] == suffix
    }
}
