import Foundation
import Testing

@testable import Extract

/// Date cases live in `Tests/Fixtures/dates/cases.jsonl`: a text, its publication date (optional) and the
/// dates it must give in text order, as `[kind, value]` or `[date_range, from, to]` (null: no value).
struct DateExtractorTests {
    struct Case: Decodable, CustomTestStringConvertible, Sendable {
        var `case`: String
        var text: String
        var published: String?
        var lang: String?
        var expect: [[String?]]
        var testDescription: String { self.case }
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/dates/cases.jsonl")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }()

    @Test func fixturesLoad() {
        #expect(Self.cases.count >= 15)
    }

    @Test(arguments: cases)
    func extractsExpectedDates(_ testCase: Case) throws {
        let extractor = try #require(FigureExtractor())
        let result = extractor.extract(from: testCase.text, lang: testCase.lang, published: testCase.published)
        let dates = result.figures.filter { $0.kind == "date" || $0.kind == "date_range" }
        let got: [[String?]] = dates.map { figure in
            if figure.kind == "date_range" { return [figure.kind, figure.from, figure.to] }
            if case .date(let value) = figure.value { return [figure.kind, value] }
            return [figure.kind, nil]
        }
        #expect(got == testCase.expect)
    }

    @Test func calendarArithmeticRoundTrips() throws {
        for (year, month, day) in [(1, 1, 1), (1970, 1, 1), (2000, 2, 29), (2024, 12, 31), (9999, 12, 31)] {
            let value = try #require(CalendarDay(year: year, month: month, day: day))
            #expect(CalendarDay(ordinal: value.ordinal).iso == CalendarDay.iso(year: year, month: month, day: day))
        }
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 0, month: 1, day: 1) == nil)
        #expect(CalendarDay(year: 2023, month: 5, day: 31)?.weekday == 3)  // a Wednesday
        #expect(CalendarDay(year: 2024, month: 1, day: 31)?.adding(months: 1)?.iso == "2024-02-29")
    }

    @Test func unknownPublicationDateIsReported() throws {
        let extractor = try #require(FigureExtractor())
        let result = extractor.extract(from: "It closed yesterday.", published: "last Tuesday")
        #expect(result.diagnostics.count == 1)
        #expect(result.figures.first?.value == FigureValue.none)
    }
}
