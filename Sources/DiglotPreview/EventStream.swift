import FlyingSocks
import Foundation

/// A live-reload stream as the bytes of a chunked response body: each message goes out as soon as it is sent.
struct EventStream: AsyncBufferedSequence {
    typealias Element = UInt8

    let messages: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator {
        Iterator(messages: messages.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var messages: AsyncStream<Data>.Iterator
        var pending = Data()

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> Data? {
            if pending.isEmpty {
                guard let message = await messages.next() else { return nil }
                pending = message
            }
            let chunk = pending.prefix(Swift.max(1, count))
            pending = pending.dropFirst(chunk.count)
            return Data(chunk)
        }
    }
}
