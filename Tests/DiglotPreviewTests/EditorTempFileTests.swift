@testable import DiglotPreview
import Testing

struct EditorTempFileTests {
    @Test(arguments: [".article.md.swp", ".article.md.swx", "article.md~", ".#article.md", "#article.md#", "article.md.tmp",
                      "4913", "article.md___jb_tmp___", "article.md___jb_old___", ".dat.nosync2f1a.xyz", ".article.md.kate-swp"])
    func editorLeftoversAreIgnored(name: String) {
        #expect(EditorTempFile.matches(name))
    }

    @Test(arguments: ["article.md", "edition.yaml", "layout.mustache", "strings.yaml", "diglot.css", "#", "49130", "notes#1.md"])
    func contentIsNot(name: String) {
        #expect(!EditorTempFile.matches(name))
    }
}
