import Testing
@testable import DiglotEdition

/// Finding the editions in `content/`: which folders are editions, and what an editor is told about the rest.
struct ContentLoaderTests {
    static func discover(_ files: [String: String]) -> ([String], [String]) {
        let (_, locations, diagnostics) = ContentLoader(fileSystem: MemoryFileSystem(files: files), contentPath: "content").discover()
        return (locations.map(\.slug), diagnostics.map { "\($0.file): \($0.message)" })
    }

    @Test func everyFolderWithAnArticleIsAnEditionInSlugOrder() {
        let (slugs, problems) = Self.discover(["content/b-2023/article.md": "x", "content/a-2022/article.md": "x",
                                                "content/site.yaml": "title:\n  ru: Т\n  en: T\n", "content/.git/x": "x"])
        #expect(slugs == ["a-2022", "b-2023"])
        #expect(problems == [])
    }

    @Test func foldersThatCannotBeEditionsAreErrorsAtTheFolder() {
        let (slugs, problems) = Self.discover(["content/ok/article.md": "x", "content/Bad Name/article.md": "x",
                                                "content/assets/article.md": "x", "content/empty/notes.txt": "x"])
        #expect(slugs == ["ok"])
        #expect(problems == [
            "content/Bad Name: 'Bad Name' cannot be an edition's address: use lower-case Latin letters, digits and hyphens",
            "content/assets: 'assets' cannot be an edition's address: the site's own files live at assets/",
            "content/empty/article.md: the edition folder has no article.md",
        ])
    }

    @Test func noContentOrNoEditionsIsAnError() {
        #expect(Self.discover([:]).1 == ["content: the content folder does not exist"])
        #expect(Self.discover(["content/site.yaml": "base_url: https://example.org/\n"]).1 == ["content: no editions: add a folder with an article.md"])
    }
}
