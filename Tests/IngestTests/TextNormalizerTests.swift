import Testing
@testable import Ingest

struct TextNormalizerTests {
    @Test func foldsWidthButKeepsChinesePunctuation() {
        #expect(TextNormalizer.normalizeParagraph("签约项目１２９个，占比４０％。") == "签约项目129个，占比40%。")
        #expect(TextNormalizer.normalizeParagraph("ＺＧＣ　Ｆｏｒｕｍ") == "ZGC Forum")
    }

    @Test func removesInvisibleCharactersAndCollapsesSpace() {
        #expect(TextNormalizer.normalizeParagraph("　　本报讯\u{200B}（记者）\u{FEFF}  a \t b\u{00AD}c ") == "本报讯（记者） a bc")
        #expect(TextNormalizer.normalize(blocks: ["  one ", "", "two\u{2002}words"]) == "one\n\ntwo words")
    }

    @Test func composesToNFC() {
        #expect(TextNormalizer.normalizeParagraph("cafe\u{301}") == "caf\u{E9}")
    }

    @Test func segmentsSentencesInCodePoints() {
        let text = "论坛闭幕。签约项目129个！Then English. Done"
        let ranges = Segmenter().sentences(text, language: "zh-Hans")
        let scalars = Array(text.unicodeScalars)
        let sentences = ranges.map { String(String.UnicodeScalarView(scalars[$0])) }
        #expect(sentences == ["论坛闭幕。", "签约项目129个！", "Then English. ", "Done"])
    }
}
