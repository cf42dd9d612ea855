import FlyingFox
import Foundation

/// Answers every request: checks who is asking and for what, then serves the built site, the live-reload
/// stream or the preview's own assets. It never reads outside the built site.
struct PreviewHandler: HTTPHandler {
    let site: SiteFolder
    let state: PreviewState
    let broadcaster: ReloadBroadcaster

    func handleRequest(_ request: HTTPRequest) async -> HTTPResponse {
        let snapshot = await state.snapshot
        guard let policy = snapshot.policy else {
            return page(.serviceUnavailable, "Starting", "The preview server is starting; try again in a moment.")
        }
        guard let host = request.headers[.host], policy.allowsHost(host) else {
            return page(.forbidden, "Host not allowed", "This preview answers only to its own address, on port \(policy.port).")
        }
        guard request.method == .GET || request.method == .HEAD else {
            var response = page(.methodNotAllowed, "Method not allowed", "The preview only reads: GET and HEAD.")
            response.headers[HTTPHeader("Allow")] = "GET, HEAD"
            return response
        }
        let path: RequestPath
        do {
            path = try RequestPath.parse(request.target.path())
        } catch {
            return page(.badRequest, "Bad request", "The path was refused: \(error.reason).")
        }
        var response = path.components.first == PreviewAssets.prefix
            ? await preview(path, request: request, policy: policy, host: host)
            : serve(path, snapshot: snapshot)
        if request.method == .HEAD, case .httpBody(let body) = response.payload, let count = body.count {
            response.headers[.contentLength] = String(count)
            response.payload = .httpBody(HTTPBodySequence(data: Data()))
        }
        return response
    }

    private func serve(_ path: RequestPath, snapshot: PreviewState.Snapshot) -> HTTPResponse {
        let overlay = snapshot.failure.map { ErrorOverlay.html(for: $0, hasSite: snapshot.hasSite) }
        guard snapshot.hasSite else {
            return page(.serviceUnavailable, "No build yet", "The edition has not been built successfully yet.", overlay: overlay)
        }
        switch site.resolve(path) {
        case .file(let file):
            guard let bytes = FileManager.default.contents(atPath: file) else { break }
            let type = ContentType.of(file)
            return respond(.ok, type: type, body: type == ContentType.html ? PageDecorator.decorate(bytes, overlay: overlay) : bytes)
        case .redirect(let location):
            var response = respond(.movedPermanently, type: "text/plain; charset=utf-8", body: Data())
            response.headers[.location] = location
            return response
        case .notFound:
            break
        }
        if let notFound = site.notFoundPage, let bytes = FileManager.default.contents(atPath: notFound) {
            return respond(.notFound, type: ContentType.html, body: PageDecorator.decorate(bytes, overlay: overlay))
        }
        let asked = "/" + path.components.joined(separator: "/") + (path.isFolder && !path.components.isEmpty ? "/" : "")
        return page(.notFound, "Not found", "Nothing in the edition is at \(asked).", overlay: overlay)
    }

    private func preview(_ path: RequestPath, request: HTTPRequest, policy: HostPolicy, host: String) async -> HTTPResponse {
        switch "/" + path.components.joined(separator: "/") {
        case PreviewAssets.eventsPath:
            let origin = request.headers[HTTPHeader("Origin")]
            let fetchSite = request.headers[HTTPHeader("Sec-Fetch-Site")]
            guard policy.allowsEventSource(origin: origin, fetchSite: fetchSite, host: host) else {
                return page(.forbidden, "Origin not allowed", "The live-reload stream answers only pages of this preview.")
            }
            guard request.method == .GET else { return respond(.ok, type: "text/event-stream", body: Data()) }
            guard let messages = await broadcaster.subscribe() else {
                return page(.serviceUnavailable, "Too many listeners", "Too many live-reload streams are open.")
            }
            var response = HTTPResponse(statusCode: .ok, body: HTTPBodySequence(from: EventStream(messages: messages)))
            response.headers = Self.commonHeaders(type: "text/event-stream")
            return response
        case PreviewAssets.scriptPath:
            return respond(.ok, type: "text/javascript; charset=utf-8", body: Data(PreviewAssets.script.utf8))
        case PreviewAssets.stylesheetPath:
            return respond(.ok, type: "text/css; charset=utf-8", body: Data(PreviewAssets.stylesheet.utf8))
        default:
            return page(.notFound, "Not found", "The preview has no such file.")
        }
    }

    private func page(_ status: HTTPStatusCode, _ title: String, _ detail: String, overlay: String? = nil) -> HTTPResponse {
        var body = Data(ErrorPage.html(title: title, detail: detail).utf8)
        if status == .notFound || status == .serviceUnavailable { body = PageDecorator.decorate(body, overlay: overlay) }
        return respond(status, type: ContentType.html, body: body)
    }

    private func respond(_ status: HTTPStatusCode, type: String, body: Data) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: Self.commonHeaders(type: type), body: body)
    }

    /// Nothing is cached, so a reload always shows the latest build; nothing is shared with other origins.
    private static func commonHeaders(type: String) -> HTTPHeaders {
        [
            .contentType: type,
            .cacheControl: "no-store",
            HTTPHeader("X-Content-Type-Options"): "nosniff",
            HTTPHeader("Cross-Origin-Resource-Policy"): "same-origin",
        ]
    }
}
