import ArgumentParser
import DiglotSite

/// The options every command that builds shares.
public struct SharedOptions: ParsableArguments {
    @Option(help: "The folder of editions.") public var content = "content"
    @Option(help: "The folder of templates, strings and assets.") public var templates = "templates"
    @Option(help: "Where the site is written.") public var output = "public"
    @Option(name: .customLong("base-url"), help: "The address the site is served from (overrides site.yaml).") public var baseURL: String?

    public init() {}

    public func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must start with http:// or https://")
        }
    }

    public var buildOptions: BuildOptions {
        BuildOptions(contentPath: content, templatesPath: templates, outputPath: output, baseURL: baseURL)
    }

    /// The options as they are written on a command line, to hand them on to another process.
    public var arguments: [String] {
        ["--content", content, "--templates", templates, "--output", output] + (baseURL.map { ["--base-url", $0] } ?? [])
    }
}
