import Testing
import DiglotSite

struct UIStringsTests {
    @Test func numberedPlaceholdersTakeTheArgumentsAndEverythingElseStaysAsWritten() {
        let strings = UIStrings.Language(code: "ru", values: [
            "call": "Примечание %1 из %2", "twice": "%2 — %1 — %2", "percent": "100% готово, %",
            "beyond": "%3 и %0 и %x", "plain": "Без подстановок",
        ])
        #expect(strings.format("call", "12", "36") == "Примечание 12 из 36")
        #expect(strings.format("twice", "а", "б") == "б — а — б")
        #expect(strings.format("percent", "x") == "100% готово, %")
        #expect(strings.format("beyond", "1", "2") == "%3 и %0 и %x")
        #expect(strings.format("plain", "1") == "Без подстановок")
        #expect(strings.format("missing", "1") == "missing")
    }
}
