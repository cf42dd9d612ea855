import Testing
@testable import DiglotSite

struct ContentDigestTests {
    @Test func everyChangeOfOneByteAndEveryChangeOfLengthChangesTheDigest() {
        let page = Array("<p>Кибербезопасность — один из основных элементов национальной безопасности.</p>\n".utf8)
        let digest = ContentDigest.of(page)
        #expect(ContentDigest.of(page) == digest)
        for index in page.indices {
            for delta: UInt8 in [1, 32, 128] {
                var changed = page
                changed[index] &+= delta
                #expect(ContentDigest.of(changed) != digest, "byte \(index) + \(delta)")
            }
        }
        var digests = Set<UInt64>()
        for length in 0...page.count { digests.insert(ContentDigest.of(Array(page.prefix(length)))) }
        for zeros in 1...9 { digests.insert(ContentDigest.of(page + Array(repeating: 0, count: zeros))) }
        #expect(digests.count == page.count + 1 + 9)
    }
}
