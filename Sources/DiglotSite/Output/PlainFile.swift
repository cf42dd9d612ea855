import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes bytes to a file with the system's calls alone. Foundation's `createFile` writes a temporary of its own,
/// syncs it to the disk and renames it: steps a build's output needs none of (a whole build is swapped in when
/// complete, a preview's file is exchanged whole with the old one), and on this project's machines the sync alone
/// costs more than writing the page.
enum PlainFile {
    /// Creates or truncates the file at `path` and writes `bytes` to it. Returns nil, or the `errno` of the step
    /// that failed.
    static func write(_ bytes: [UInt8], to path: String) -> Int32? {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        let failure = bytes.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return n < 0 ? errno : EIO }
                offset += n
            }
            return nil
        }
        let closed = close(fd) == 0 ? nil : errno
        return failure ?? closed
    }
}
