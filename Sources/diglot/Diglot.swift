import ArgumentParser
import DiglotCommandLine

@main
struct Diglot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diglot",
        abstract: "Builds bilingual annotated web editions of journal articles.",
        subcommands: [Build.self, Check.self, Serve.self, BuildWorker.self])

    static func main() {
        CommandMain.run(Self.self)
    }
}
