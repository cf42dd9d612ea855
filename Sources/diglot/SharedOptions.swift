import ArgumentParser
import DiglotSite

/// The options every command that builds shares.
struct SharedOptions: ParsableArguments {
    @Option(help: "The folder of editions.") var content = "content"
    @Option(help: "The folder of templates, strings and assets.") var templates = "templates"
    @Option(help: "Where the site is written.") var output = "public"
    @Option(name: .customLong("base-url"), help: "The address the site is served from (overrides site.yaml).") var baseURL: String?

    func validate() throws {
        if let baseURL, !(baseURL.hasPrefix("http://") || baseURL.hasPrefix("https://")) {
            throw ValidationError("--base-url must start with http:// or https://")
        }
    }

    var buildOptions: BuildOptions {
        BuildOptions(contentPath: content, templatesPath: templates, outputPath: output, baseURL: baseURL)
    }
}
