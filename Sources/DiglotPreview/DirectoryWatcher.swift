import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Watches folders and all their subfolders with inotify, and reports the changed paths in batches.
///
/// Folders are watched, not files: editors save by writing a new file and renaming it over the old one, which
/// would leave a watch on the file pointing at the deleted copy. A batch is closed when the folders have been
/// quiet for `quietPeriod`, so a burst of saves (vim's probe, backup, rename, write) becomes one rebuild; or
/// quiet for the shorter `settlePeriod` when every file written in the burst has been closed or renamed into
/// place, since then the save is complete and only the editor's clean-up of its temporary files can follow.
final class DirectoryWatcher: @unchecked Sendable {
    /// One set of changed paths per burst of activity.
    let batches: AsyncStream<Set<String>>

    private let continuation: AsyncStream<Set<String>>.Continuation
    private let roots: [String]
    private let quietPeriod: Duration
    private let settlePeriod: Duration
    /// A burst that never ends (a program writing for minutes) still gets rebuilds now and then.
    private let longestDelay: Duration
    private let inotify: Int32
    private let stopPipe: (read: Int32, write: Int32)
    /// Touched only by the watching thread once it has started.
    private var folders: [Int32: String] = [:]
    /// Files changed, created or moved away and not yet closed or put back: saves in progress. Kept across
    /// batches while the file exists, so that a write paused longer than the quiet period is built again when
    /// it is closed.
    private var unfinished = Set<String>()

    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    init(roots: [String], quietPeriod: Duration, settlePeriod: Duration) throws(PreviewError) {
        self.roots = roots
        self.quietPeriod = quietPeriod
        self.settlePeriod = min(settlePeriod, quietPeriod)
        longestDelay = max(quietPeriod * 10, .milliseconds(500))
        (batches, continuation) = AsyncStream.makeStream(bufferingPolicy: .unbounded)
        inotify = inotify_init1(Int32(IN_CLOEXEC))
        guard inotify >= 0 else { throw PreviewError("inotify: \(String(cString: strerror(errno)))") }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else {
            close(inotify)
            throw PreviewError("pipe: \(String(cString: strerror(errno)))")
        }
        stopPipe = (ends[0], ends[1])
        for root in roots where !watchTree(root) {
            close(inotify)
            close(stopPipe.read)
            close(stopPipe.write)
            throw PreviewError("cannot watch \(root): \(String(cString: strerror(errno)))")
        }
        Thread { [self] in watch() }.start()
    }

    /// Ends the watching thread, which closes its descriptors and finishes `batches`.
    func stop() {
        var byte: UInt8 = 1
        _ = write(stopPipe.write, &byte, 1)
    }

    private func watch() {
        var pending = Set<String>()
        var burstStart = ContinuousClock.now
        var lastEvent = ContinuousClock.now
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var descriptors = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0)]
        while true {
            var deadline: ContinuousClock.Instant {
                min(lastEvent + (unfinished.isEmpty ? settlePeriod : quietPeriod), burstStart + longestDelay)
            }
            let wait = pending.isEmpty ? -1 : Int32(max(0, Self.milliseconds(deadline - .now)))
            descriptors[0].revents = 0
            descriptors[1].revents = 0
            let ready = poll(&descriptors, 2, wait)
            if ready < 0 && errno != EINTR { break }
            if descriptors[1].revents != 0 { break }
            if descriptors[0].revents != 0 {
                let count = read(inotify, &buffer, buffer.count)
                if count < 0 && errno != EINTR { break }
                if count > 0 {
                    let found = changes(in: buffer[..<count])
                    if !found.isEmpty {
                        if pending.isEmpty { burstStart = .now }
                        lastEvent = .now
                        pending.formUnion(found)
                    }
                }
            }
            if !pending.isEmpty, deadline <= .now {
                continuation.yield(pending)
                pending.removeAll()
                unfinished = unfinished.filter { FileManager.default.fileExists(atPath: $0) }
            }
        }
        close(inotify)
        close(stopPipe.read)
        close(stopPipe.write)
        continuation.finish()
    }

    /// The paths that `events` (a run of inotify_event records) say changed; folders appearing are watched.
    private func changes(in events: ArraySlice<UInt8>) -> Set<String> {
        var changed = Set<String>()
        var offset = events.startIndex
        while offset + 16 <= events.endIndex {
            let (wd, mask, nameLength) = events.withUnsafeBytes { raw in
                let base = offset - events.startIndex
                return (raw.loadUnaligned(fromByteOffset: base, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: base + 12, as: UInt32.self)))
            }
            let nameBytes = events[(offset + 16)..<min(offset + 16 + nameLength, events.endIndex)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += 16 + nameLength
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                changed.formUnion(roots)
                unfinished.removeAll()
                continue
            }
            guard let folder = folders[wd] else { continue }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[wd] = nil
                continue
            }
            if name.isEmpty {
                // A root moved or deleted: whatever the build makes of that, the editor should see it.
                if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0, roots.contains(folder) { changed.insert(folder) }
                continue
            }
            guard !EditorTempFile.matches(name) else { continue }
            let path = folder + "/" + name
            if mask & UInt32(IN_ISDIR) != 0 {
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { _ = watchTree(path) }
                if mask & UInt32(IN_MOVED_FROM) != 0 { unwatchTree(path) }
            } else if mask & UInt32(IN_CLOSE_WRITE) != 0 {
                // A close changes nothing unless the file was written under this name: a file renamed into place
                // before it is closed (Foundation's atomic write) was reported by the rename.
                guard unfinished.remove(path) != nil else { continue }
            } else if mask & UInt32(IN_MOVED_TO | IN_DELETE) != 0 {
                unfinished.remove(path)
            } else if mask & UInt32(IN_CREATE | IN_MODIFY | IN_MOVED_FROM) != 0 {
                unfinished.insert(path)
            }
            changed.insert(path)
        }
        return changed
    }

    /// Watches `folder` and every folder under it, except hidden ones (`.git`).
    private func watchTree(_ folder: String) -> Bool {
        let wd = inotify_add_watch(inotify, folder, Self.mask)
        guard wd >= 0 else { return false }
        folders[wd] = folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { _ = watchTree(path) }
        }
        return true
    }

    /// A folder moved away keeps its watches, which would report its files under the old path.
    private func unwatchTree(_ folder: String) {
        for (wd, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            inotify_rm_watch(inotify, wd)
            folders[wd] = nil
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    }
}
