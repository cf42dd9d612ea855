import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// SIGINT (Ctrl-C) and SIGTERM stop the server in order, so that its temporary folder is removed and any
/// running build is killed; the default action would end the process on the spot.
public final class TerminationSignals {
    private let sources: [any DispatchSourceSignal]

    /// Calls `action` on the first SIGINT or SIGTERM; a second one ends the process at once.
    public init(_ action: @escaping @Sendable () -> Void) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                signal(number, SIG_DFL)
                action()
            }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
    }
}
