import ArgumentParser
import DiglotEdition
import Foundation

enum DiagnosticFormat: String, ExpressibleByArgument {
    case text, json
}

/// Writes diagnostics to stderr: compiler-style text for people, one JSON array for tools (the preview server).
struct Reporter {
    var format: DiagnosticFormat = .text

    func report(_ diagnostics: [Diagnostic]) {
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
            FileHandle.standardError.write(data + Data("\n".utf8))
        }
    }

    static func say(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
