import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary folder the preview builds into, readable by its owner only. The server never serves from
/// or writes to `public/`, so stopping it leaves the published site alone.
struct PrivateFolder: Sendable {
    /// With symlinks resolved (`/tmp` may be one), so containment checks compare real paths.
    let path: String

    init() throws(PreviewError) {
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("diglot-serve-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }),
              let real = realpath(made, nil) else {
            throw PreviewError("cannot make a temporary folder: \(String(cString: strerror(errno)))")
        }
        defer { free(real) }
        path = String(cString: real)
    }

    /// Removes what a killed build left behind (its staging folder), keeping `name`.
    func removeAll(except name: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        for other in names where other != name {
            try? FileManager.default.removeItem(atPath: path + "/" + other)
        }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
