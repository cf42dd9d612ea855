import Testing
@testable import DiglotEdition

/// The hand-written searches that replaced case-insensitive ICU patterns answer as those patterns did: each is
/// checked against its pattern on every reference string of the gold file and on the edge cases of its rules.
struct KeywordSetTests {
    @Test func aKeywordSetAnswersAsTheAlternationItReplaced() throws {
        let keywords = KeywordSet(words: ["law", "act", "white paper", "center for"], stems: ["указ", "государственная дума"],
                                  fragments: ["фонд", "政府"])
        let pattern = TextPattern("\\b(?:law|act|white paper|center for)\\b|(?<!\\p{L})(?:указ|государственная дума)|фонд|政府",
                                  caseInsensitive: true)
        let texts = try ReferenceParserGoldTests.gold().map(\.text) + [
            "Law", "LAW.", "Lawrence", "by-law", "law_", "law2", "2law", "the Act,", "Transact", "act\u{301}", "White Paper",
            "white  paper", "Center For Studies", "centerfor", "Указ Президента", "приказ", "1указ", "«указание»",
            "ГОСУДАРСТВЕННАЯ ДУМА", "Фонды", "Российский фонд", "日本政府", "", "l", "дума",
        ]
        var matched = 0
        for text in texts {
            #expect(keywords.matches(text) == pattern.matches(text), "«\(text)»")
            if pattern.matches(text) { matched += 1 }
        }
        #expect(matched > 10)
    }

    @Test func aURLMentionIsThePatternsFirstMatch() throws {
        let pattern = TextPattern(
            "(?:(?:URL|Режим доступа|Available at|Available from|Retrieved from)\\s*:?\\s*)?(https?://\\S+)", caseInsensitive: true)
        let texts = try ReferenceParserGoldTests.gold().map(\.text) + [
            "URL: http://a.b", "Режим доступа: HTTPS://x.y/z).", "Available at:https://x", "xhttp://a", "http:// http://b",
            "URL : ftp://a http://b", "retrieved FROM http://x", "URL: URL: http://x", "http://", "text ://x https://y",
            "Available from  :  http://x y", "URLhttp://x", "uRl:http://x", "Режим доступа http://x", "ttp://x", "",
        ]
        var found = 0
        for text in texts {
            let mention = URLMention.first(in: text)
            let match = pattern.firstMatch(in: text)
            #expect(mention?.range == match?.range, "«\(text)»")
            #expect(mention.map { String($0.address) } == match?[1], "«\(text)»")
            if match != nil { found += 1 }
        }
        #expect(found > 10)
    }
}
