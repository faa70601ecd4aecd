import ArgumentParser
import Extract
import Foundation
import Ingest

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print one JSON record per article: main text, metadata, figures, people.",
        discussion: """
            Reads files and folders (recursively: .html .htm .xhtml .shtml .txt, also gzip-compressed) or - for
            standard input. Errors go to stderr as `path:offset: kind: detail`; the batch goes on.

            Examples:
              ingest-cli extract corpus/ | jq -r '[.encoding, .lang, .title] | @tsv'
              ingest-cli extract page.html.gz --format json --out page.json
              ingest-cli extract --jobs 1 ../shared/bench/boilerplate/zh-cwced/pages
            """
    )

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String]

    @Option(help: "jsonl (one record per line) or json (one array).")
    var format: OutputFormat = .jsonl

    @Option(help: "Write records to this file instead of standard output.")
    var out: String?

    @Option(help: "Publication date to assume when the input has none (YYYY-MM-DD).")
    var published: String?

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("max-bytes"), help: "Refuse inputs larger than this many bytes.")
    var maxBytes: Int?

    @Flag(help: "No progress and no summary on stderr.")
    var quiet = false

    enum OutputFormat: String, ExpressibleByArgument { case jsonl, json }

    func run() throws {
        var configuration = IngestConfiguration()
        if let maxBytes { configuration.maxInputBytes = maxBytes }
        let output = try OutputSink(path: out)
        let pipeline = IngestPipeline(configuration: configuration)
        let source = ArticleSource(configuration: configuration)
        let items = source.list(paths)
        guard let extractor = FigureExtractor() else { throw ValidationError("the Extract language data is missing from this build") }
        var first = true
        if format == .json { output.write("[\n") }
        let summary = BatchRunner(jobs: jobs, quiet: quiet).run(items) { item throws(IngestError) in
            var article = try pipeline.run(try source.read(item))
            if article.published == nil, let published { article.published = published }
            let result = extractor.extract(from: article.text, lang: article.lang, published: article.published)
            article.diagnostics += result.diagnostics.map { Diagnostic("figure-unreadable", $0) }
            return ArticleRecord(article: article, figures: result.figures).jsonLine()
        } emit: { line in
            if format == .json {
                output.write((first ? "" : ",\n") + line)
            } else {
                output.write(line + "\n")
            }
            first = false
        }
        if format == .json { output.write("\n]\n") }
        output.close()
        if !quiet { summary.print() }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
