/// Why the preview server could not start: a message for the editor's terminal.
public struct PreviewError: Error, CustomStringConvertible {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
