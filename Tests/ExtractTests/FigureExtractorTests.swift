import Foundation
import Testing

@testable import Extract

/// Figure cases live in `Tests/Fixtures/figures/cases.jsonl`: a text and the figures it must give, as
/// `[kind, value, currency, qualifier, entity]` in text order (`expect: null` means "must not trap").
struct FigureExtractorTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var `case`: String
        var text: String
        var lang: String?
        var expect: [[String?]]?
        var testDescription: String { self.case }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/figures/cases.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }()

    @Test func fixturesLoad() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases)
    func extractsExpectedFigures(_ testCase: Case) throws {
        let extractor = try #require(FigureExtractor())
        let result = extractor.extract(from: testCase.text, lang: testCase.lang)
        for figure in result.figures {
            let scalars = Array(testCase.text.unicodeScalars)
            let slice = String(String.UnicodeScalarView(scalars[figure.span[0]..<figure.span[1]]))
            #expect(slice == figure.text, "span must give the figure's text")
        }
        guard let expected = testCase.expect else { return }
        // Dates have their own cases (DateExtractorTests); here they must only not be counts.
        let got: [[String?]] = result.figures.filter { !$0.kind.hasPrefix("date") }.map { figure in
            var value: String?
            if case .number(let number) = figure.value { value = "\(number.rounded(2))" }
            return [figure.kind, value, figure.currency, figure.qualifier, figure.entity]
        }
        let want = expected.map { row in
            [row[0], row[1].flatMap { Decimal(string: $0, locale: nil) }.map { "\($0.rounded(2))" }, row[2], row[3], row[4]]
        }
        #expect(got == want)
    }

    @Test func numberLayerReadsChineseAndEnglishNumerals() throws {
        let extractor = try #require(FigureExtractor())
        let values = extractor.numbers(in: "一百零一万一千, twenty-one trillion and three hundred, 4.78萬億, 1 234 567").map(\.value)
        #expect(values == [.number(1_011_000), .number(21_000_000_000_300), .number(4_780_000_000_000), .number(1_234_567)])
    }

    @Test func ambiguousNumeralsInWordsAreNotNumbers() throws {
        let extractor = try #require(FigureExtractor())
        #expect(extractor.numbers(in: "这不是四川，小明收拾房间，一切顺利").isEmpty)
    }
}
