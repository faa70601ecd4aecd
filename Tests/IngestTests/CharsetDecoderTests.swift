import Foundation
import Testing
@testable import Ingest

struct CharsetDecoderTests {
    struct Case: Decodable {
        var encoding: String
        var contains: [String]
        var diagnostics: [String]
        var why: String
    }

    @Test(arguments: Fixtures.cases("decode"))
    func decodesFixture(_ name: String) throws {
        let expected = try JSONDecoder().decode(Case.self, from: Data(contentsOf: Fixtures.url("decode", name, "case.json")))
        let raw = RawDocument(source: name, bytes: try Fixtures.bytes("decode", name, "input.html"), format: .html)
        var context = StageContext(configuration: IngestConfiguration(), source: name)
        let decoded = try CharsetDecoder().run(raw, context: &context)
        #expect(decoded.encoding == expected.encoding, "\(name): \(expected.why)")
        let text = String(decoding: decoded.utf8, as: UTF8.self)
        for fragment in expected.contains {
            #expect(text.contains(fragment), "\(name): missing \(fragment)")
        }
        let codes = Set(context.diagnostics.map(\.code))
        for code in expected.diagnostics {
            #expect(codes.contains(code), "\(name): expected diagnostic \(code), got \(codes)")
        }
        #expect(!decoded.utf8.contains(0))
    }

    @Test func replacementDiagnosticCarriesByteOffset() throws {
        var bytes = Array("<meta charset=utf-8><p>abc</p>".utf8)
        bytes.insert(0xFF, at: 25)
        var context = StageContext(configuration: IngestConfiguration(), source: "x")
        _ = try CharsetDecoder().run(RawDocument(source: "x", bytes: bytes, format: .html), context: &context)
        let diagnostic = try #require(context.diagnostics.first { $0.code == "replacement-characters" })
        #expect(diagnostic.byteOffset == 25)
    }

    @Test func refusesEmptyAndBinaryInput() {
        var context = StageContext(configuration: IngestConfiguration(), source: "x")
        #expect(throws: IngestError.self) { try CharsetDecoder().run(RawDocument(source: "x", bytes: [], format: .html), context: &context) }
        let binary = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        do {
            _ = try CharsetDecoder().run(RawDocument(source: "x", bytes: binary, format: .html), context: &context)
            Issue.record("binary data was accepted")
        } catch {
            #expect(error.kind == .binaryContent)
        }
    }

    @Test func findsDeclarationsInHeaderMetaAndXML() {
        let sniffer = CharsetSniffer(prescanBytes: 4096)
        func declared(_ text: String) -> String? {
            Array(text.utf8).withUnsafeBytes { sniffer.declared($0)?.label }
        }
        #expect(declared(#"<meta http-equiv="Content-Type" content="text/html; charset=GB2312">"#) == "gb2312")
        #expect(declared("<META CHARSET='big5'>") == "big5")
        #expect(declared(#"<?xml version="1.0" encoding="ISO-8859-1"?><html>"#) == "iso-8859-1")
        #expect(declared("<p>charset=utf-8 is not in a meta tag</p>") == nil)
        #expect(CharsetSniffer.charsetParameter("text/html; charset=\"gbk\"") == "gbk")
        #expect(CharsetLabels.resolve("GB2312") == "GB18030")
        #expect(CharsetLabels.resolve("us-ascii") == "windows-1252")
        #expect(CharsetLabels.resolve("x-no-such-charset") == nil)
    }
}
