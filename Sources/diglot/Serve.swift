import ArgumentParser

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Builds, serves the edition locally and rebuilds on save.")

    @OptionGroup var options: SharedOptions
    @Option(help: "The address to listen on; anything but loopback is reachable by others.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8000

    func run() async throws {
        throw ValidationError("serve is not available yet")
    }
}
