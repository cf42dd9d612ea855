import Foundation

/// Diglot's two executables, which find each other in the folder they were built or installed into:
/// `diglot` starts `diglot-serve` for `serve`, and the preview starts `diglot build-worker`. They are two
/// because the preview's HTTP library links FoundationNetworking, whose libcurl and its ~35 libraries
/// cost every process ~10 ms to load; builds and checks start without them.
public enum CompanionExecutable {
    public static let builder = "diglot"
    public static let server = "diglot-serve"

    /// The executable of that name beside the running one.
    public static func path(_ name: String) -> String {
        let running = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: running).deletingLastPathComponent().appendingPathComponent(name).path
    }
}
