import Foundation
import Testing
@testable import Ingest

struct PipelineTests {
    @Test func readsMetadataFromJSONLDAndVisibleLines() throws {
        let raw = RawDocument(source: "zh", bytes: try Fixtures.bytes("boilerplate", "zh-news-chrome", "input.html"), format: .html)
        let article = try IngestPipeline().run(raw)
        #expect(article.title == "中关村论坛闭幕 签约项目129个")
        #expect(article.published == "2023-05-31T07:30:00+08:00")
        #expect(article.authors == ["李萌"])
        #expect(article.outlet == "燕京日报")
        #expect(article.lang == "zh-Hans")
        #expect(article.text.contains("合作项目129个"), "full-width digits are folded")
        #expect(article.text.contains("超过810亿元；发布"), "Chinese punctuation stays")
        #expect(!article.text.contains("\u{3000}"), "paragraph indents are dropped")
        #expect(!article.text.contains("相关新闻") && !article.text.contains("版权所有"))
    }

    @Test func readsMetaTagsCanonicalAndTitleSuffix() throws {
        let raw = RawDocument(source: "en", bytes: try Fixtures.bytes("boilerplate", "en-news-chrome", "input.html"), format: .html)
        let article = try IngestPipeline().run(raw)
        #expect(article.title == "Harbour opens new berth")
        #expect(article.outlet == "Coastal Times")
        #expect(article.url == "https://coastal.example.com/news/berth")
        #expect(article.published == "2023-03-14T07:00:00+08:00")
        #expect(article.authors == ["Iris Hale"])
        #expect(article.lang == "en")
    }

    @Test func idIsStableForTheSameBytes() throws {
        let bytes = try Fixtures.bytes("boilerplate", "en-form-wrapped", "input.html")
        let first = try IngestPipeline().run(RawDocument(source: "a", bytes: bytes, format: .html))
        let second = try IngestPipeline().run(RawDocument(source: "b", bytes: bytes, format: .html))
        #expect(first.id == second.id)
        #expect(first.id.count == 16)
        var changed = bytes
        changed.append(0x20)
        #expect(try IngestPipeline().run(RawDocument(source: "c", bytes: changed, format: .html)).id != first.id)
    }

    @Test func refusesInputsOverTheByteCap() {
        var configuration = IngestConfiguration()
        configuration.maxInputBytes = 100
        let raw = RawDocument(source: "big", bytes: Array(repeating: 0x41, count: 101), format: .html)
        do {
            _ = try IngestPipeline(configuration: configuration).run(raw)
            Issue.record("no error")
        } catch {
            #expect(error.kind == .inputTooLarge)
            #expect(error.description.hasPrefix("big: input-too-large"))
        }
    }

    @Test func stripsPlainTextCaptures() throws {
        let name = "en-capture-with-chrome"
        let raw = RawDocument(source: name, bytes: try Fixtures.bytes("plaintext", name, "input.txt"), format: .plainText)
        let article = try IngestPipeline().run(raw)
        #expect(article.title == "Port opens deep-water berth")
        #expect(article.outlet == "Coastal Times")
        #expect(article.published == "2023-03-14T07:00:00")
        #expect(article.authors == ["Iris Hale", "Tom Reed"])
        #expect(article.credits.contains(Credit(name: "林雨晨", role: "editor")))
        try Fixtures.assertGolden(article.text + "\n", stage: "plaintext", name: name, file: "expected.txt")
    }
}
