import Foundation
import Testing

/// Finds fixtures relative to this file, so tests need no bundled resources.
enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Case folders of one stage, sorted.
    static func cases(_ stage: String) -> [String] {
        let folder = root.appendingPathComponent(stage)
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    static func url(_ stage: String, _ name: String, _ file: String) -> URL {
        root.appendingPathComponent(stage).appendingPathComponent(name).appendingPathComponent(file)
    }

    static func bytes(_ stage: String, _ name: String, _ file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(stage, name, file)))
    }

    /// Compares with a golden file; `INGEST_RECORD=1` rewrites the golden and fails, so it gets reviewed.
    static func assertGolden(_ actual: String, stage: String, name: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let target = url(stage, name, file)
        if ProcessInfo.processInfo.environment["INGEST_RECORD"] == "1" {
            try Data(actual.utf8).write(to: target)
            Issue.record("recorded \(target.path); review it and run again without INGEST_RECORD", sourceLocation: sourceLocation)
            return
        }
        guard let expected = try? String(contentsOf: target, encoding: .utf8) else {
            Issue.record("missing golden \(target.path); run with INGEST_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "golden \(stage)/\(name)/\(file) differs", sourceLocation: sourceLocation)
    }
}
