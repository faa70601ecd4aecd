import Testing
@testable import Ingest

struct ScriptDetectorTests {
    @Test func tellsSimplifiedFromTraditional() {
        let detector = ScriptDetector()
        #expect(detector.language(of: "论坛期间共签约合作项目129个，签约金额超过810亿元。", declared: nil) == "zh-Hans")
        #expect(detector.language(of: "論壇期間共簽約合作項目129項，簽約金額逾810億元。", declared: nil) == "zh-Hant")
    }

    @Test func readsOtherScriptsAndLatinLanguages() {
        let detector = ScriptDetector()
        #expect(detector.language(of: "The forum closed on Tuesday and the organisers said it was a success for the city.", declared: nil) == "en")
        #expect(detector.language(of: "きょうは とても いい てんき です。東京の天気。", declared: nil) == "ja")
        #expect(detector.language(of: "Der Hafen wurde am Montag eröffnet und die Stadt ist mit dem Ergebnis sehr zufrieden, sagte der Bürgermeister.", declared: nil) == "de")
        #expect(detector.language(of: "Short text", declared: "fr-FR") == "fr")
    }
}
