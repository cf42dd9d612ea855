import DiglotEdition
import FlyingFox
import FlyingSocks
import Foundation

/// `diglot serve`: builds the edition into a private folder, serves it, rebuilds in a child process when
/// content or templates change, and tells open tabs to reload. A failed rebuild leaves the last good site
/// in place and shows its diagnostics over every page.
public final class PreviewServer: Sendable {
    let configuration: PreviewConfiguration
    let address: ListenAddress
    let folder: PrivateFolder
    let site: SiteFolder
    let state = PreviewState()
    let broadcaster = ReloadBroadcaster()
    private let http: HTTPServer
    private let stopRequests: AsyncStream<Void>
    private let stopper: AsyncStream<Void>.Continuation

    public init(configuration: PreviewConfiguration) throws {
        guard let address = ListenAddress(configuration.host) else {
            throw PreviewError("--host must be an IP address or localhost, not \(configuration.host)")
        }
        let socketAddress = try address.socketAddress(port: configuration.port)
        self.configuration = configuration
        self.address = address
        folder = try PrivateFolder()
        site = SiteFolder(root: folder.path + "/site")
        let handler = PreviewHandler(site: site, state: state, broadcaster: broadcaster)
        http = HTTPServer(config: .init(address: socketAddress, logger: .disabled), handler: handler)
        (stopRequests, stopper) = AsyncStream.makeStream()
    }

    /// Serves until `stop()` is called, then removes the private folder that `init` made.
    public func run() async throws {
        defer { folder.remove() }
        try await withThrowingTaskGroup(of: Milestone.self) { group in
            group.addTask {
                do {
                    try await self.http.run()
                } catch {
                    throw PreviewError("cannot listen on \(self.address.urlHost):\(self.configuration.port): \(error.localizedDescription)")
                }
                return .stopped
            }
            group.addTask {
                try await self.http.waitUntilListening(timeout: 30)
                return .listening
            }
            // The server's own failure (the port is taken) comes first and is thrown from here.
            guard try await group.next() == .listening else { return }
            let url = try await startListening()
            let watcher = try DirectoryWatcher(roots: [configuration.contentPath, configuration.templatesPath],
                                               quietPeriod: configuration.quietPeriod,
                                               settlePeriod: configuration.settlePeriod)
            let work = Task { await self.buildAndWatch(watcher, url: url) }
            for await _ in stopRequests {}
            work.cancel()
            watcher.stop()
            await work.value
            await broadcaster.close()
            await http.stop(timeout: 0.1)
            group.cancelAll()
        }
    }

    /// Makes `run()` return. Safe to call more than once, and before `run()`.
    public func stop() {
        stopper.finish()
    }

    private enum Milestone { case listening, stopped }

    private func startListening() async throws -> String {
        guard let port = await Self.port(of: http.listeningAddress) else {
            throw PreviewError("the server is not listening on an IP address")
        }
        ListeningSocket.sendWithoutDelay(port: port)
        await state.listen(with: HostPolicy(address: address, port: port))
        if !address.isLoopback {
            configuration.log("diglot: warning: listening on \(address.ip): anyone who can reach this machine can read the preview")
        }
        return "http://\(address.urlHost):\(port)/"
    }

    private static func port(of address: Socket.Address?) -> UInt16? {
        switch address {
        case .ip4(_, let port)?, .ip6(_, let port)?: port
        default: nil
        }
    }

    /// The first build, then one rebuild per batch of changes, and the heartbeat of the reload streams; all
    /// of it ends when the task is cancelled, killing a build that is running.
    private func buildAndWatch(_ watcher: DirectoryWatcher, url: String) async {
        let changes = ChangeQueue()
        let command = RebuildCommand(configuration: configuration, output: site.root, baseURL: configuration.baseURL ?? url)
        let rebuilder = Rebuilder(command: command, timeout: configuration.rebuildTimeout, contentPath: configuration.contentPath)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                for await batch in watcher.batches { await changes.add(batch) }
                await changes.finish()
            }
            group.addTask {
                await self.rebuild(changes: [], with: rebuilder)
                self.configuration.log("diglot: serving the edition at \(url) (Ctrl-C stops)")
                while let batch = await changes.take() { await self.rebuild(changes: batch, with: rebuilder) }
                await rebuilder.stop()
            }
            group.addTask {
                while (try? await Task.sleep(for: self.configuration.heartbeat)) != nil {
                    await self.broadcaster.sendHeartbeat()
                }
            }
        }
    }

    private func rebuild(changes: Set<String>, with rebuilder: Rebuilder) async {
        guard let outcome = await rebuilder.run(changes: changes), !Task.isCancelled else { return }
        if !outcome.succeeded { folder.removeAll(except: "site") }
        await state.record(outcome)
        await broadcaster.broadcastReload()
        report(outcome, reason: RebuildCommand.reason(changes), hasSite: await state.snapshot.hasSite)
    }

    private func report(_ outcome: BuildOutcome, reason: String, hasSite: Bool) {
        let formatter = DiagnosticFormatter()
        let sorted = outcome.diagnostics.sortedForDisplay()
        if !sorted.isEmpty { configuration.log(formatter.format(sorted) + formatter.summary(sorted)) }
        if outcome.succeeded {
            configuration.log("diglot: built in \(outcome.milliseconds) ms (\(reason))")
        } else {
            let shown = hasSite ? "still serving the last good build, with the errors over it" : "pages show the errors until a build succeeds"
            configuration.log("diglot: the build failed (\(reason)); \(shown)")
        }
    }
}
