import ArgumentParser
import Foundation

/// Runs a root command with Diglot's exit statuses: 0 success, 1 the content or templates have errors, 2
/// wrong usage. `diglot`'s commands are synchronous and run on the main thread; an async main would move
/// them onto Swift's cooperative pool, whose threads are started for nothing.
public enum CommandMain {
    public static func run<Command: ParsableCommand>(_ root: Command.Type) {
        do {
            var command = try root.parseAsRoot()
            try command.run()
        } catch {
            fail(root, error)
        }
    }

    @MainActor
    public static func run<Command: AsyncParsableCommand>(_ root: Command.Type) async {
        do {
            var command = try root.parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            fail(root, error)
        }
    }

    private static func fail<Command: ParsableCommand>(_ root: Command.Type, _ error: Error) -> Never {
        let code = root.exitCode(for: error)
        if code == .success || code == ExitCode(1) {
            root.exit(withError: error)
        }
        // Parsing and validation problems are the caller's: usage, status 2.
        FileHandle.standardError.write(Data((root.fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
    }
}
