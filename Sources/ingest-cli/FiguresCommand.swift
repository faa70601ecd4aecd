import ArgumentParser
import Extract
import Foundation

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Read figures from bare texts: JSON Lines in, JSON Lines out (no HTML, no ingest).",
        discussion: """
            Each input line is {"id", "text", "lang", "published"} (only text is required); each output line is
            {"id", "figures": [...]} with the figure fields of the output contract and spans into that text.
            A line that is not valid JSON gives {"id": null, "error": "..."} and the stream goes on.

            Examples:
              echo '{"id":"a","text":"129 cooperation projects worth more than 81 billion yuan"}' | ingest-cli figures
              echo '{"id":"b","text":"共签约项目129个，签约金额超过810亿元","lang":"zh-Hans"}' | ingest-cli figures | jq .figures
              echo '{"text":"The forum closed yesterday (30th).","published":"2023-05-31"}' | ingest-cli figures
              ingest-cli figures --published 2021-09-15 < sentences.jsonl
              ingest-cli figures --numbers < sentences.jsonl
            """
    )

    @Flag(help: "Print every number as kind `number` (the layer under the figures) instead of figures.")
    var numbers = false

    @Flag(help: "Also print currency and percent words that have no amount, with value null.")
    var mentions = false

    @Option(help: "Publication date for lines without one (YYYY-MM-DD): relative dates resolve against it.")
    var published: String?

    @Flag(help: .hidden)
    var discard = false  // benchmarks: extract, print only the number of figures per line

    struct Input: Decodable {
        var id: String?
        var text: String
        var lang: String?
        var published: String?

        enum CodingKeys: String, CodingKey { case id, text, lang, published }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            text = try container.decode(String.self, forKey: .text)
            lang = try container.decodeIfPresent(String.self, forKey: .lang)
            published = try container.decodeIfPresent(String.self, forKey: .published)
            if let string = try? container.decodeIfPresent(String.self, forKey: .id) {
                id = string
            } else if let number = try? container.decodeIfPresent(Int.self, forKey: .id) {
                id = String(number)
            }
        }
    }

    struct Output: Encodable {
        var id: String?
        var figures: [Figure]?
        var diagnostics: [String]?
        var error: String?
    }

    func run() throws {
        guard let extractor = FigureExtractor() else { throw ValidationError("the Extract language data is missing from this build") }
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        var failed = 0
        while let line = readLine(strippingNewline: true) {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            var output: Output
            do {
                let input = try decoder.decode(Input.self, from: Data(line.utf8))
                if numbers {
                    output = Output(id: input.id, figures: extractor.numbers(in: input.text))
                } else {
                    let result = extractor.extract(from: input.text, lang: input.lang, published: input.published ?? published,
                                                   options: .init(includeBareMentions: mentions))
                    output = Output(id: input.id, figures: result.figures, diagnostics: result.diagnostics.isEmpty ? nil : result.diagnostics)
                }
            } catch {
                failed += 1
                output = Output(id: nil, error: "not a JSON object with a text field: \(error)")
            }
            if discard {
                FileHandle.standardOutput.write(Data("\(output.figures?.count ?? 0)\n".utf8))
                continue
            }
            let data = (try? encoder.encode(output)) ?? Data("{}".utf8)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
        if failed > 0 {
            FileHandle.standardError.write(Data("figures: \(failed) input line(s) could not be read\n".utf8))
            throw ExitCode(1)
        }
    }
}
