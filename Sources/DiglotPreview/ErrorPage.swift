import DiglotSite

/// The server's own pages, for what the site cannot answer: refused requests, a path with no file when the
/// site has no 404 page, no site yet. Whatever they echo is escaped.
enum ErrorPage {
    static func html(title: String, detail: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(HTML.escape(title)) · diglot serve</title>
        </head>
        <body>
        <h1>\(HTML.escape(title))</h1>
        <p>\(HTML.escape(detail))</p>
        </body>
        </html>

        """
    }
}
