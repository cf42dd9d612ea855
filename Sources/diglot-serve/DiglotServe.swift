import ArgumentParser
import DiglotCommandLine
import DiglotPreview
import DiglotSite

/// The preview server, which `diglot serve` becomes.
@main
struct DiglotServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diglot serve", abstract: "Builds, serves the edition locally and rebuilds on save.")

    @OptionGroup var options: SharedOptions
    @OptionGroup var serve: ServeOptions

    static func main() async {
        await CommandMain.run(Self.self)
    }

    func validate() throws {
        guard ListenAddress(serve.host) != nil else { throw ValidationError("--host must be an IP address or localhost") }
    }

    func run() async throws {
        if options.output != "public" {
            Reporter.say("diglot: serve builds into a temporary folder of its own; --output is ignored")
        }
        let server: PreviewServer
        do {
            server = try PreviewServer(configuration: PreviewConfiguration(
                contentPath: options.content, templatesPath: options.templates, baseURL: options.baseURL,
                host: serve.host, port: UInt16(serve.port)))
        } catch {
            Reporter.say("diglot: cannot serve: \(error)")
            throw ExitCode(1)
        }
        let signals = TerminationSignals { server.stop() }
        do {
            try await server.run()
        } catch {
            Reporter.say("diglot: cannot serve: \(error)")
            throw ExitCode(1)
        }
        withExtendedLifetime(signals) {}
    }
}
