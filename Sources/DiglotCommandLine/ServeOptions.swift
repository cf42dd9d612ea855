import ArgumentParser

/// Where `diglot serve` listens. The host is checked by the server, which knows addresses.
public struct ServeOptions: ParsableArguments {
    @Option(help: "The address to listen on; anything but loopback is reachable by others.") public var host = "127.0.0.1"
    @Option(help: "The port to listen on.") public var port = 8000

    public init() {}

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    public var arguments: [String] { ["--host", host, "--port", String(port)] }
}
