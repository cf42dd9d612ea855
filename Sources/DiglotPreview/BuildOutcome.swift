import DiglotEdition

/// What a rebuild ended with: its diagnostics (warnings only when it succeeded) and how long it took.
struct BuildOutcome: Sendable {
    var succeeded: Bool
    var diagnostics: [Diagnostic]
    var duration: Duration

    var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }

    var milliseconds: Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}
