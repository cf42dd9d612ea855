import DiglotEdition

/// What the preview asks its build worker: rebuild after these paths changed (none: everything).
public struct BuildWorkerRequest: Codable, Sendable {
    public var changes: [String]

    public init(changes: [String]) {
        self.changes = changes
    }
}

/// What the worker answers, as one line of JSON on its standard output.
public struct BuildWorkerResponse: Codable, Sendable {
    public var succeeded: Bool
    public var diagnostics: [Diagnostic]

    public init(succeeded: Bool, diagnostics: [Diagnostic]) {
        self.succeeded = succeeded
        self.diagnostics = diagnostics
    }
}
