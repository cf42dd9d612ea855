/// The `diglot build` child process that follows a set of changes.
///
/// Every change rebuilds the whole site for now. The changed paths come in here so that incremental builds
/// (one edition, or everything when a template changes) will change this type and nothing else.
struct RebuildCommand: Sendable {
    let executable: String
    let arguments: [String]
    /// The changed paths, for the console; empty for the first build.
    let changes: Set<String>

    init(changes: Set<String>, configuration: PreviewConfiguration, output: String, baseURL: String) {
        executable = configuration.executable
        arguments = [
            "build",
            "--content", configuration.contentPath,
            "--templates", configuration.templatesPath,
            "--output", output,
            "--base-url", baseURL,
            "--diagnostics", "json",
        ]
        self.changes = changes
    }

    /// What set the rebuild off, in a few words.
    var reason: String {
        switch changes.count {
        case 0: "first build"
        case 1: changes.first! + " changed"
        default: "\(changes.count) files changed"
        }
    }
}
