/// A problem in the content or templates, addressed to the editor who can fix it.
///
/// Positions point into the file the editor edits: lines from 1, columns from 1 counted in characters.
public struct Diagnostic: Error, Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// The pipeline stage that found the problem, so an editor knows which part of the edition it concerns.
    public enum Stage: String, Sendable, Codable {
        case load, parse, heal, notes, languages, citations, annotations, templates, render, write, check
    }

    public var severity: Severity
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String
    public var stage: Stage
    /// The text of `line`, shown under the message with a caret, like a compiler.
    public var sourceLine: String?
    /// Other places the problem involves (the first definition of a duplicate, the other variant of a source).
    public var related: [Diagnostic]

    public init(
        _ severity: Severity, _ message: String, file: String, line: Int? = nil, column: Int? = nil,
        stage: Stage, sourceLine: String? = nil, related: [Diagnostic] = []
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.stage = stage
        self.sourceLine = sourceLine
        self.related = related
    }

    public static func error(_ message: String, at location: SourceLocation, stage: Stage) -> Diagnostic {
        Diagnostic(.error, message, file: location.file, line: location.line, column: location.column, stage: stage,
                   sourceLine: location.lineText)
    }

    public static func warning(_ message: String, at location: SourceLocation, stage: Stage) -> Diagnostic {
        Diagnostic(.warning, message, file: location.file, line: location.line, column: location.column, stage: stage,
                   sourceLine: location.lineText)
    }

    public static func note(_ message: String, at location: SourceLocation, stage: Stage) -> Diagnostic {
        Diagnostic(.note, message, file: location.file, line: location.line, column: location.column, stage: stage,
                   sourceLine: location.lineText)
    }

    public func relating(_ other: Diagnostic) -> Diagnostic {
        var copy = self
        copy.related.append(other)
        return copy
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// Errors first, then by file and position, so output reads the same on every run.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted { a, b in
            (a.file, a.line ?? 0, a.column ?? 0, a.severity, a.message)
                < (b.file, b.line ?? 0, b.column ?? 0, b.severity, b.message)
        }
    }
}
