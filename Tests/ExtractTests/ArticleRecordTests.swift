import Foundation
import Testing
@testable import Extract
@testable import Ingest

struct ArticleRecordTests {
    private func record(figures: [Figure] = []) -> ArticleRecord {
        let article = Article(
            id: Article.identifier(for: Array("x".utf8)), source: "a.html", url: nil, outlet: "Outlet", encoding: "UTF-8",
            lang: "en", title: "T", published: "2023-05-31", authors: ["A"], credits: [], text: "129 projects",
            diagnostics: [Diagnostic("charset-guessed", "detected GB18030")], byteCount: 1)
        return ArticleRecord(article: article, figures: figures)
    }

    @Test func carriesEveryContractField() throws {
        let line = record().jsonLine()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        for key in ["schema", "id", "source", "url", "outlet", "encoding", "lang", "title", "published", "authors", "text", "figures", "people", "diagnostics"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["schema"] as? Int == 1)
        #expect(object["url"] is NSNull)
        #expect((object["diagnostics"] as? [String]) == ["charset-guessed: detected GB18030"])
        #expect(!line.contains("\n"))
    }

    @Test func encodesExactNumbersAndNullQualifiers() throws {
        var money = Figure(kind: "money", value: .number(Decimal(string: "81000000000")!), text: "81 billion yuan", span: 0..<15)
        money.currency = "CNY"
        let line = record(figures: [money]).jsonLine()
        #expect(line.contains(#""value":81000000000"#))
        #expect(line.contains(#""currency":"CNY""#))
        #expect(line.contains(#""qualifier":null"#))
        #expect(line.contains(#""span":[0,15]"#))
    }
}
