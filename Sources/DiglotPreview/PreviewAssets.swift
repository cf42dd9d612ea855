/// The files the server adds to the site it previews, under a prefix no edition uses. They are served,
/// never written into the build.
enum PreviewAssets {
    static let prefix = "__diglot"
    static let eventsPath = "/__diglot/events"
    static let scriptPath = "/__diglot/reload.js"
    static let stylesheetPath = "/__diglot/overlay.css"

    /// Reloads the page when the server says a rebuild finished; EventSource reconnects by itself when the
    /// server restarts.
    static let script = """
        // Added by `diglot serve`: reloads this page when a rebuild finishes.
        new EventSource("\(eventsPath)").addEventListener("message", (event) => {
          if (event.data === "reload") location.reload();
        });

        """

    static let stylesheet = """
        /* Added by `diglot serve`: the diagnostics of a failed rebuild, over the last good page. */
        #diglot-overlay {
          position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483647;
          max-height: 60vh; overflow: auto; margin: 0; padding: .75rem 1.25rem;
          background: #fff5f5; color: #2b0000; border-top: 4px solid #b00020;
          box-shadow: 0 -4px 16px rgb(0 0 0 / .2); font: 14px/1.45 system-ui, sans-serif;
        }
        #diglot-overlay summary { cursor: pointer; font-weight: 600; }
        #diglot-overlay pre {
          margin: .5rem 0; padding: .5rem .75rem; overflow-x: auto; white-space: pre;
          background: #fff; border: 1px solid #e8c4c4; font: 13px/1.4 ui-monospace, monospace;
        }

        """
}
