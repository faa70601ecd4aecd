import ArgumentParser
import Foundation
import Ingest

/// Times the ingest stages over a set of inputs on one thread (release builds only give meaningful numbers).
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time the ingest stages over inputs on one core; prints pages/s, MB/s and per-stage milliseconds.",
        discussion: "Example: swift build -c release && .build/release/ingest-cli bench --runs 5 ../shared/bench/boilerplate/*/pages"
    )

    @Argument(help: "Files or folders.")
    var paths: [String]

    @Option(help: "Repetitions; the median is reported.")
    var runs: Int = 3

    func run() throws {
        let configuration = IngestConfiguration()
        let source = ArticleSource(configuration: configuration)
        let documents = source.list(paths).compactMap { try? source.read($0) }
        let bytes = documents.reduce(0) { $0 + $1.bytes.count }
        let pipeline = IngestPipeline(configuration: configuration)
        // Warm-up: one-time loads (resource files, ICU data, Han variant table) are not per-page costs.
        for document in documents.prefix(20) { _ = try? pipeline.run(document) }
        var totals: [Double] = []
        var stages: [String: [Double]] = [:]
        for _ in 0..<max(1, runs) {
            var times: [String: Duration] = [:]
            let clock = ContinuousClock()
            let start = clock.now
            for document in documents {
                var context = StageContext(configuration: configuration, source: document.source)
                let t0 = clock.now
                guard let decoded = try? CharsetDecoder().run(document, context: &context) else { continue }
                let t1 = clock.now
                times["decode", default: .zero] += t1 - t0
                if decoded.format == .html, let tree = try? HTMLParser().run(decoded, context: &context) {
                    let t2 = clock.now
                    times["parse", default: .zero] += t2 - t1
                    _ = MetadataExtractor().run(tree, sourceURL: nil)
                    let t3 = clock.now
                    times["metadata", default: .zero] += t3 - t2
                    let content = try? pipeline.stripper.run(tree, context: &context)
                    let t4 = clock.now
                    times["boilerplate", default: .zero] += t4 - t3
                    let text = TextNormalizer.normalize(blocks: content?.blocks.map(\.text) ?? [])
                    let t5 = clock.now
                    times["normalize", default: .zero] += t5 - t4
                    _ = ScriptDetector().language(of: text, declared: nil)
                    times["language", default: .zero] += clock.now - t5
                }
                _ = Article.identifier(for: document.bytes)
            }
            let elapsed = clock.now - start
            totals.append(Self.seconds(elapsed))
            for (stage, time) in times { stages[stage, default: []].append(Self.seconds(time)) }
        }
        let median = Self.median(totals)
        let pages = Double(documents.count)
        print(String(format: "pages %d, %.1f MB, median of %d runs: %.3f s, %.0f pages/s, %.1f MB/s", documents.count, Double(bytes) / 1e6, totals.count, median, pages / median, Double(bytes) / 1e6 / median))
        for stage in ["decode", "parse", "metadata", "boilerplate", "normalize", "language"] {
            let value = Self.median(stages[stage] ?? [0])
            print(String(format: "  %-12@ %7.3f ms/page", stage as NSString, value * 1000 / pages))
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
