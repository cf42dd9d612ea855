import Foundation

/// What the pipeline reads from disk, behind a protocol so that tests run on trees held in memory.
public protocol FileSystem: Sendable {
    func readBytes(_ path: String) throws -> [UInt8]
    /// Names in the folder, sorted, so that no directory order ever reaches the output.
    func contentsOfDirectory(_ path: String) throws -> [String]
    func isDirectory(_ path: String) -> Bool
    func fileExists(_ path: String) -> Bool
}

public struct FileSystemError: Error, CustomStringConvertible {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason)" }
}

/// The real disk.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func readBytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FileSystemError(path: path, reason: "cannot be read")
        }
        return [UInt8](data)
    }

    public func contentsOfDirectory(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }

    public func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    public func fileExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }
}

/// A tree of files held in memory: paths to contents; folders exist where some file lies below them.
public struct MemoryFileSystem: FileSystem {
    public var files: [String: [UInt8]]

    public init(files: [String: String] = [:]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) {
        self.files = bytes
    }

    public func readBytes(_ path: String) throws -> [UInt8] {
        guard let bytes = files[path] else { throw FileSystemError(path: path, reason: "no such file") }
        return bytes
    }

    public func contentsOfDirectory(_ path: String) throws -> [String] {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        let names = Set(files.keys.filter { $0.hasPrefix(prefix) }.compactMap {
            $0.dropFirst(prefix.count).split(separator: "/").first.map(String.init)
        })
        guard !names.isEmpty else { throw FileSystemError(path: path, reason: "no such folder") }
        return names.sorted()
    }

    public func isDirectory(_ path: String) -> Bool {
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) }
    }

    public func fileExists(_ path: String) -> Bool {
        files[path] != nil || isDirectory(path)
    }
}
