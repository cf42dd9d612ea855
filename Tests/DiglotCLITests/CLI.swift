import Foundation

/// Runs the built `diglot` executable on a temporary project made from the repository's content and templates.
struct CLI {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable next to the test bundle (the same build folder), as `swift test` builds it.
    static var executable: String {
        if let path = ProcessInfo.processInfo.environment["DIGLOT_EXECUTABLE"] { return path }
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let beside = folder.appendingPathComponent("diglot").path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : repository.appendingPathComponent(".build/debug/diglot").path
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let folder: String

    /// A project holding copies of content/ and templates/, with `edit` applied to its files.
    init(edit: (String) throws -> Void = { _ in }) throws {
        folder = NSTemporaryDirectory() + "diglot-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["content", "templates"] {
            try FileManager.default.copyItem(atPath: Self.repository.appendingPathComponent(name).path, toPath: folder + "/" + name)
        }
        try edit(folder)
    }

    /// Runs diglot (`executable`, the built one by default) with `arguments`; with a `launcher` (`taskset -c 0`),
    /// through it.
    func run(_ arguments: [String], environment: [String: String] = [:], launcher: [String] = [],
             executable: String = Self.executable) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: launcher.first ?? executable)
        process.arguments = launcher.isEmpty ? arguments : launcher.dropFirst() + [executable] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: folder + "/" + relative, encoding: .utf8)
    }

    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + relative, atomically: true, encoding: .utf8)
    }

    /// Every file under a folder of the project, with its bytes.
    func snapshot(_ relative: String) -> [String: Data] {
        let root = folder + "/" + relative
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return files }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[path] = FileManager.default.contents(atPath: root + "/" + path) }
        }
        return files
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
