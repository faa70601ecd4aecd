import Foundation
import Testing
@testable import Ingest

struct BoilerplateStripperTests {
    @Test(arguments: Fixtures.cases("boilerplate"))
    func extractsMainText(_ name: String) throws {
        let raw = RawDocument(source: name, bytes: try Fixtures.bytes("boilerplate", name, "input.html"), format: .html)
        let article = try IngestPipeline().run(raw)
        try Fixtures.assertGolden(article.text + "\n", stage: "boilerplate", name: name, file: "expected.txt")
    }

    @Test func dropsChromeAndKeepsStructure() throws {
        let raw = RawDocument(source: "en-news-chrome", bytes: try Fixtures.bytes("boilerplate", "en-news-chrome", "input.html"), format: .html)
        let text = try IngestPipeline().run(raw).text
        for chrome in ["cookies", "Share on", "Related", "Most read", "Great news for the town", "All rights reserved", "Advertisement", "World"] {
            #expect(!text.contains(chrome), "chrome kept: \(chrome)")
        }
        #expect(text.contains("Dredging complete\n\nDredging of the approach channel"))
        #expect(text.contains("Berth length: 420 metres\n\nDepth alongside: 18 metres"))
        #expect(!text.hasPrefix("Harbour opens new berth"), "the headline is metadata, not text")
    }

    @Test func keepsArticleWhenCommentsAreLonger() throws {
        let name = "en-comments-outweigh-article"
        let raw = RawDocument(source: name, bytes: try Fixtures.bytes("boilerplate", name, "input.html"), format: .html)
        let text = try IngestPipeline().run(raw).text
        #expect(text.contains("stay open until midnight"))
        #expect(!text.contains("Reader 3 says"))
    }

    @Test func survivesHundredThousandNestedElements() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Deep text that nobody can reach in one piece.</p>"
            + String(repeating: "</div>", count: depth) + "<p>Shallow text after the deep block is still part of the page and should be read.</p></body></html>"
        let article = try IngestPipeline().run(RawDocument(source: "deep", bytes: Array(html.utf8), format: .html))
        #expect(article.diagnostics.contains { $0.code == "depth-capped" })
    }
}
