/// What requests need to know about the server's situation, updated as it listens and rebuilds.
actor PreviewState {
    struct Snapshot: Sendable {
        /// Nil until the server knows its port.
        var policy: HostPolicy?
        var lastBuild: BuildOutcome?
        /// A build has succeeded at least once, so there is a site to serve.
        var hasSite = false

        /// The last build failed: pages carry its diagnostics over the last good site.
        var failure: BuildOutcome? { lastBuild?.succeeded == false ? lastBuild : nil }
    }

    private(set) var snapshot = Snapshot()
    /// Builds finished since the server started, the first one included.
    private(set) var buildCount = 0

    func listen(with policy: HostPolicy) {
        snapshot.policy = policy
    }

    func record(_ outcome: BuildOutcome) {
        buildCount += 1
        snapshot.lastBuild = outcome
        if outcome.succeeded { snapshot.hasSite = true }
    }
}
