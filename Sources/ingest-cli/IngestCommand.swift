import ArgumentParser
import Foundation

@main
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest-cli",
        abstract: "Turn press articles (HTML or plain text, any charset) into clean text and facts.",
        discussion: """
            Examples:
              ingest-cli extract corpus/ > articles.jsonl
              ingest-cli extract page.html --format json | jq '.[0].title'
              cat article.txt | ingest-cli extract - --published 2023-05-31
              echo '{"id":"a","text":"签约金额超过810亿元"}' | ingest-cli figures

            Exit status: 0 all inputs processed; 1 some inputs failed (listed on stderr, counted in the summary);
            64 bad usage.
            """,
        subcommands: [ExtractCommand.self, FiguresCommand.self, BenchCommand.self],
        defaultSubcommand: ExtractCommand.self
    )
}
