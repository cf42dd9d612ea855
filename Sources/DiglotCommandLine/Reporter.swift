import ArgumentParser
import DiglotEdition
import Foundation

public enum DiagnosticFormat: String, ExpressibleByArgument {
    case text, json
}

/// What a command says. For people: compiler-style diagnostics and a closing line on stderr. For tools: the
/// diagnostics as one JSON array on stdout and nothing else, so the output parses whatever happened.
public struct Reporter {
    var format: DiagnosticFormat

    public init(format: DiagnosticFormat = .text) {
        self.format = format
    }

    public func report(_ diagnostics: [Diagnostic]) {
        let sorted = diagnostics.sortedForDisplay()
        switch format {
        case .text:
            guard !sorted.isEmpty else { return }
            let formatter = DiagnosticFormatter()
            Self.say(formatter.format(sorted) + formatter.summary(sorted))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            let data = (try? encoder.encode(sorted)) ?? Data("[]".utf8)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
    }

    /// A line for people; tools asked for JSON alone.
    public func note(_ text: String) {
        if format == .text { Self.say(text) }
    }

    public static func say(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
