/// How the preview starts its build worker: `diglot build-worker`, with the preview's folders.
struct RebuildCommand: Sendable {
    let executable: String
    let arguments: [String]

    init(configuration: PreviewConfiguration, output: String, baseURL: String) {
        executable = configuration.executable
        arguments = [
            "build-worker",
            "--content", configuration.contentPath,
            "--templates", configuration.templatesPath,
            "--output", output,
            "--base-url", baseURL,
        ]
    }

    /// What set a rebuild off, in a few words.
    static func reason(_ changes: Set<String>) -> String {
        switch changes.count {
        case 0: "first build"
        case 1: changes.first! + " changed"
        default: "\(changes.count) files changed"
        }
    }
}
