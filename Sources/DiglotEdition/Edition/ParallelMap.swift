import Dispatch
import Foundation

/// Runs work on every core, and returns the results in the items' order, so that output never depends on which
/// thread finished first. Called inside work that already keeps every core busy (one edition of many),
/// Dispatch runs the nested work on the calling thread, one item after another.
public enum ParallelMap {
    public static func map<Item: Sendable, Result: Sendable>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        guard items.count > 1 else { return items.map(transform) }
        let results = ResultSlots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values
    }

    /// Two independent computations, side by side.
    public static func both<First: Sendable, Second: Sendable>(_ first: @Sendable () -> First, _ second: @Sendable () -> Second)
        -> (First, Second) {
        let firstResult = ResultSlots<First>(count: 1)
        let secondResult = ResultSlots<Second>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { firstResult.set(0, first()) } else { secondResult.set(0, second()) }
        }
        return (firstResult.values[0], secondResult.values[0])
    }

    /// Three independent computations on every core, taken in the order given: the largest first, so that the
    /// core that finishes first takes the last.
    public static func all<First: Sendable, Second: Sendable, Third: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second, _ third: @Sendable () -> Third
    ) -> (First, Second, Third) {
        let firstResult = ResultSlots<First>(count: 1)
        let secondResult = ResultSlots<Second>(count: 1)
        let thirdResult = ResultSlots<Third>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 3) { index in
            switch index {
            case 0: firstResult.set(0, first())
            case 1: secondResult.set(0, second())
            default: thirdResult.set(0, third())
            }
        }
        return (firstResult.values[0], secondResult.values[0], thirdResult.values[0])
    }
}

/// One slot per item, each written once by one thread.
private final class ResultSlots<Result>: @unchecked Sendable {
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result] { slots.map { $0! } }
}
