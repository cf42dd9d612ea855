/// A resolved place in a file: line and character column, with the line's text for display.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var column: Int
    public var lineText: String?

    public init(file: String, line: Int, column: Int, lineText: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.lineText = lineText
    }

    public var description: String { "\(file):\(line):\(column)" }
}
