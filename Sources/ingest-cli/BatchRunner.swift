import ArgumentParser
import Foundation
import Ingest

/// Runs a job over many inputs on several threads, emitting results in input order with bounded memory.
struct BatchRunner {
    let jobs: Int
    let quiet: Bool
    /// Inputs in flight at once per worker: bounds memory whatever the batch size.
    static let windowPerJob = 8

    struct Summary {
        var processed = 0
        var failed = 0
        var seconds = 0.0

        func print() {
            let rate = seconds > 0 ? Double(processed + failed) / seconds : 0
            FileHandle.standardError.write(Data("summary: \(processed) processed, \(failed) failed (\(String(format: "%.1f", seconds)) s, \(String(format: "%.0f", rate)) inputs/s)\n".utf8))
        }
    }

    func run(
        _ items: [ArticleSource.Item], work: @escaping @Sendable (ArticleSource.Item) throws(IngestError) -> String,
        emit: (String) -> Void
    ) -> Summary {
        var summary = Summary()
        let start = Date()
        let progress = Progress(total: items.count, enabled: !quiet && isatty(2) != 0)
        let window = max(1, jobs) * Self.windowPerJob
        var offset = 0
        while offset < items.count {
            let slice = Array(items[offset..<min(items.count, offset + window)])
            let results = ResultBox(count: slice.count)
            if jobs <= 1 {
                for (index, item) in slice.enumerated() { results.set(index, Self.attempt(item, work)) }
            } else {
                DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                    results.set(index, Self.attempt(slice[index], work))
                }
            }
            for result in results.values {
                switch result {
                case .success(let line):
                    emit(line)
                    summary.processed += 1
                case .failure(let error):
                    progress.clear()
                    FileHandle.standardError.write(Data("\(error)\n".utf8))
                    summary.failed += 1
                case nil:
                    break
                }
                progress.advance(failed: summary.failed)
            }
            offset += slice.count
        }
        progress.clear()
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    private static func attempt(_ item: ArticleSource.Item, _ work: (ArticleSource.Item) throws(IngestError) -> String) -> Result<String, IngestError> {
        do throws(IngestError) {
            return .success(try work(item))
        } catch {
            return .failure(error)
        }
    }
}

/// Results written by index from several threads.
final class ResultBox: @unchecked Sendable {
    private var storage: [Result<String, IngestError>?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<String, IngestError>) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Result<String, IngestError>?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// A one-line progress display on stderr, only when stderr is a terminal.
final class Progress {
    let total: Int
    let enabled: Bool
    private var done = 0
    private var lastDraw = Date.distantPast

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
    }

    func advance(failed: Int) {
        done += 1
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
        lastDraw = Date()
        let width = 30
        let filled = total > 0 ? width * done / total : width
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(failed > 0 ? "(\(failed) failed)" : "")".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Standard output or a file, buffered.
final class OutputSink {
    private let handle: FileHandle
    private var buffer = Data()

    init(path: String?) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write \(path): check the folder exists and is writable")
            }
            self.handle = handle
        } else {
            handle = FileHandle.standardOutput
        }
    }

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count > 1 << 20 { flush() }
    }

    func flush() {
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        if handle !== FileHandle.standardOutput { try? handle.close() }
    }
}
