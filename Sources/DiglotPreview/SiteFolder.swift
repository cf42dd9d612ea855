import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The built site the server answers from, and the only folder it reads: every path is resolved through
/// its symlinks and must still lie inside the folder, compared component by component (a string prefix would
/// let `/srv/site-secret` pass for `/srv/site`).
struct SiteFolder: Sendable {
    /// The folder with its symlinks already resolved.
    let root: String

    enum Resolution {
        case file(String)
        /// A folder asked for without its trailing slash: relative links inside it need the slash.
        case redirect(String)
        case notFound
    }

    func resolve(_ path: RequestPath) -> Resolution {
        // Hidden files are never part of the edition: the build marker, and a `.git` should one appear.
        guard !path.components.contains(where: { $0.hasPrefix(".") }) else { return .notFound }
        let candidate = ([root] + path.components).joined(separator: "/")
        guard let (resolved, kind) = inspect(candidate) else { return .notFound }
        switch kind {
        case .folder:
            guard path.isFolder || path.components.isEmpty else {
                return .redirect("/" + path.components.map(Self.encode).joined(separator: "/") + "/")
            }
            guard let (index, indexKind) = inspect(resolved + "/index.html"), indexKind == .file else { return .notFound }
            return .file(index)
        case .file:
            return path.isFolder ? .notFound : .file(resolved)
        }
    }

    /// The site's own 404 page, if the build made one.
    var notFoundPage: String? {
        guard let (page, kind) = inspect(root + "/404.html"), kind == .file else { return nil }
        return page
    }

    private enum Kind { case file, folder }

    /// The real path of `path` and what it is, or nil when it does not exist, lies outside the root, or is
    /// neither a regular file nor a folder.
    private func inspect(_ path: String) -> (String, Kind)? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        let resolved = String(cString: real)
        guard Self.components(of: resolved).starts(with: Self.components(of: root)) else { return nil }
        var info = stat()
        guard stat(resolved, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return (resolved, .file)
        case S_IFDIR: return (resolved, .folder)
        default: return nil
        }
    }

    private static func components(of path: String) -> [Substring] {
        path.split(separator: "/", omittingEmptySubsequences: true)
    }

    private static let unreserved = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")

    private static func encode(_ component: String) -> String {
        component.addingPercentEncoding(withAllowedCharacters: unreserved) ?? component
    }
}
