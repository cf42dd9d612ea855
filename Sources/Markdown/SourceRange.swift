/// A position in the parsed text as cmark reports it: 1-based line, 1-based column counted in UTF-8 bytes.
public struct SourcePoint: Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePoint, rhs: SourcePoint) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The span of source a node came from (inclusive on both ends, as cmark's `sourcepos`).
public struct SourceRange: Hashable, Sendable {
    public var start: SourcePoint
    public var end: SourcePoint

    public init(start: SourcePoint, end: SourcePoint) {
        self.start = start
        self.end = end
    }

    /// Moves the range down by `lines`, for text that was parsed on its own after being cut out of a larger file.
    public func shifted(lines: Int, columns: Int = 0) -> SourceRange {
        SourceRange(
            start: SourcePoint(line: start.line + lines, column: start.column + (start.line == 1 ? columns : 0)),
            end: SourcePoint(line: end.line + lines, column: end.column + (end.line == 1 ? columns : 0)))
    }
}
