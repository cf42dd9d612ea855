import Foundation
import DiglotSite

/// What `diglot serve` reads, where it listens, and how patiently it rebuilds.
public struct PreviewConfiguration: Sendable {
    public var contentPath: String
    public var templatesPath: String
    /// Overrides the base URL of the build; when nil the edition is built for the address it is served on,
    /// so the absolute links of the 404 page and the metadata lead back to the preview.
    public var baseURL: String?
    public var host: String
    /// 0 asks the system for a free port (tests).
    public var port: UInt16
    /// The `diglot` executable that rebuilds (the one beside the running one by default): rebuilds never run
    /// in-process.
    public var executable: String
    /// A build still running after this long is killed: libcmark 0.30 is quadratic on some inputs.
    public var rebuildTimeout: Duration
    /// How long the folders must stay quiet before a burst of saves becomes one rebuild, while a file is still
    /// being written (changed, but not yet closed or renamed into place). An editor's save (vim's backup, write
    /// and removal of the backup) comes as events a fraction of a millisecond apart.
    public var quietPeriod: Duration
    /// The same once every file written has been closed or renamed into place: the save is complete, so the
    /// rebuild need not wait the whole quiet period, which is a fifth of a preview's save-to-reload time.
    public var settlePeriod: Duration
    /// How often live-reload streams get a comment line: a failed write is the only way to notice a tab gone.
    public var heartbeat: Duration
    public var log: @Sendable (String) -> Void

    public init(
        contentPath: String = "content", templatesPath: String = "templates", baseURL: String? = nil,
        host: String = "127.0.0.1", port: UInt16 = 8000, executable: String = CompanionExecutable.path(CompanionExecutable.builder),
        rebuildTimeout: Duration = .seconds(20), quietPeriod: Duration = .milliseconds(10),
        settlePeriod: Duration = .milliseconds(1),
        heartbeat: Duration = .seconds(15),
        log: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.baseURL = baseURL
        self.host = host
        self.port = port
        self.executable = executable
        self.rebuildTimeout = rebuildTimeout
        self.quietPeriod = quietPeriod
        self.settlePeriod = settlePeriod
        self.heartbeat = heartbeat
        self.log = log
    }
}
