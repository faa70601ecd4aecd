import Foundation
import Testing
@testable import Ingest

struct ArticleSourceTests {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func walksFoldersReportsLoopsAndSkipsOtherFiles() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let sub = root.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("<p>a</p>".utf8).write(to: root.appendingPathComponent("a.html"))
        try Data("text".utf8).write(to: sub.appendingPathComponent("b.txt"))
        try Data("x".utf8).write(to: sub.appendingPathComponent("c.pdf"))
        try FileManager.default.createSymbolicLink(at: sub.appendingPathComponent("loop"), withDestinationURL: root)
        let items = ArticleSource(configuration: IngestConfiguration()).list([root.path])
        var files: [String] = []
        var failures: [IngestError] = []
        for item in items {
            switch item {
            case .file(let path): files.append(URL(fileURLWithPath: path).lastPathComponent)
            case .failure(let error): failures.append(error)
            case .standardInput: break
            }
        }
        #expect(files == ["a.html", "b.txt"])
        #expect(failures.count == 1)
        #expect(failures.first?.detail.contains("loop") == true)
    }

    @Test func readsGzipAndReportsVanishedFiles() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let html = root.appendingPathComponent("page.html")
        try Data("<html><body><p>Compressed page text.</p></body></html>".utf8).write(to: html)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", html.path]
        try gzip.run()
        gzip.waitUntilExit()
        let source = ArticleSource(configuration: IngestConfiguration())
        let raw = try source.read(.file(path: html.path + ".gz"))
        #expect(String(decoding: raw.bytes, as: UTF8.self).contains("Compressed page text."))
        #expect(raw.format == .html)
        try FileManager.default.removeItem(at: html)
        do {
            _ = try source.read(.file(path: html.path))
            Issue.record("vanished file was read")
        } catch {
            #expect(error.kind == .notFound)
        }
    }

    @Test func capsDecompressionBombs() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("bomb.html")
        try Data(repeating: 0x41, count: 4_000_000).write(to: page)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = [page.path]
        try gzip.run()
        gzip.waitUntilExit()
        do {
            _ = try ArticleSource(configuration: IngestConfiguration()).read(.file(path: page.path + ".gz"))
            Issue.record("bomb inflated")
        } catch {
            #expect(error.kind == .inputTooLarge)
        }
    }
}
