import Foundation

/// Aligns the paragraphs of an abstract with those of its translation when the two have different counts: a
/// translator may join two paragraphs into one, or split one. The paragraphs are grouped in order, one to one,
/// or one to two or three, so that each group's share of its abstract's length is closest to its counterpart's
/// share (the method of Gale and Church for sentences, with lengths measured in characters).
enum AbstractAligner {
    /// Groups of paragraph indices, in order, covering both sides; empty when either side is.
    static func groups(_ primary: [Int], _ translation: [Int]) -> [(primary: Range<Int>, translation: Range<Int>)] {
        guard !primary.isEmpty, !translation.isEmpty else { return [] }
        let steps = [(1, 1), (2, 1), (1, 2), (3, 1), (1, 3)]
        let totalA = Double(max(primary.reduce(0, +), 1))
        let totalB = Double(max(translation.reduce(0, +), 1))
        func share(_ lengths: [Int], _ range: Range<Int>, _ total: Double) -> Double {
            Double(max(lengths[range].reduce(0, +), 1)) / total
        }
        let (n, m) = (primary.count, translation.count)
        var cost = Array(repeating: Array(repeating: Double.infinity, count: m + 1), count: n + 1)
        var step = Array(repeating: Array(repeating: (0, 0), count: m + 1), count: n + 1)
        cost[0][0] = 0
        for i in 0...n {
            for j in 0...m where cost[i][j] < .infinity {
                for (di, dj) in steps where i + di <= n && j + dj <= m {
                    // Joining or splitting is less likely than a paragraph translated as one.
                    let penalty = di == dj ? 0 : 0.2 * Double(di + dj - 2)
                    let candidate = cost[i][j] + abs(log(share(primary, i..<i + di, totalA) / share(translation, j..<j + dj, totalB))) + penalty
                    if candidate < cost[i + di][j + dj] {
                        cost[i + di][j + dj] = candidate
                        step[i + di][j + dj] = (di, dj)
                    }
                }
            }
        }
        guard cost[n][m] < .infinity else { return [(0..<n, 0..<m)] }
        var groups: [(primary: Range<Int>, translation: Range<Int>)] = []
        var (i, j) = (n, m)
        while i > 0 || j > 0 {
            let (di, dj) = step[i][j]
            groups.append((i - di..<i, j - dj..<j))
            (i, j) = (i - di, j - dj)
        }
        return groups.reversed()
    }
}
