import ArgumentParser
import DiglotPreview

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Builds, serves the edition locally and rebuilds on save.")

    @OptionGroup var options: SharedOptions
    @Option(help: "The address to listen on; anything but loopback is reachable by others.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8000

    func validate() throws {
        guard ListenAddress(host) != nil else { throw ValidationError("--host must be an IP address or localhost") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        if options.output != "public" {
            Reporter.say("diglot: serve builds into a temporary folder of its own; --output is ignored")
        }
        let server: PreviewServer
        do {
            server = try PreviewServer(configuration: PreviewConfiguration(
                contentPath: options.content, templatesPath: options.templates, baseURL: options.baseURL,
                host: host, port: UInt16(port)))
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
