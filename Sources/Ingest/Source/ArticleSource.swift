import CZlib
import Foundation

/// Where articles come from: files and folders (recursive), or standard input (`-`).
///
/// Folders are walked in sorted order; symbolic-link loops are detected by device and inode and reported once.
/// Tunables: ``IngestConfiguration/fileExtensions``, ``IngestConfiguration/followSymbolicLinks``,
/// ``IngestConfiguration/maxInputBytes``, ``IngestConfiguration/maxDecompressionRatio``.
public struct ArticleSource: Sendable {
    /// One input to read, or a problem met while listing.
    public enum Item: Sendable {
        case file(path: String)
        case standardInput
        case failure(IngestError)
    }

    public let configuration: IngestConfiguration

    public init(configuration: IngestConfiguration) {
        self.configuration = configuration
    }

    /// The inputs named by `paths`, folders expanded, in a stable order.
    public func list(_ paths: [String]) -> [Item] {
        var items: [Item] = []
        var visited = Set<FileIdentity>()
        for path in paths {
            if path == "-" {
                items.append(.standardInput)
                continue
            }
            var status = stat()
            guard stat(path, &status) == 0 else {
                let reason = String(cString: strerror(errno))
                let kind: IngestError.Kind = errno == ENOENT ? .notFound : .unreadable
                items.append(.failure(IngestError(kind, source: path, detail: "\(reason); check the path")))
                continue
            }
            if (status.st_mode & S_IFMT) == S_IFDIR {
                walk(path, identity: FileIdentity(status), visited: &visited, into: &items)
            } else {
                items.append(.file(path: path))
            }
        }
        return items
    }

    private struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
        }
    }

    private func walk(_ root: String, identity: FileIdentity, visited: inout Set<FileIdentity>, into items: inout [Item]) {
        // Iterative, so deep folder trees never recurse.
        var pending: [(String, FileIdentity)] = [(root, identity)]
        while let (folder, folderIdentity) = pending.popLast() {
            guard visited.insert(folderIdentity).inserted else {
                items.append(.failure(IngestError(.unreadable, source: folder, detail: "folder already visited (symbolic-link loop); skipped")))
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            } catch {
                items.append(.failure(IngestError(.unreadable, source: folder, detail: "cannot list folder: \(error.localizedDescription)")))
                continue
            }
            var subfolders: [(String, FileIdentity)] = []
            for name in names where !name.hasPrefix(".") {
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var linkStatus = stat()
                guard lstat(path, &linkStatus) == 0 else { continue }
                let isLink = (linkStatus.st_mode & S_IFMT) == S_IFLNK
                if isLink && !configuration.followSymbolicLinks { continue }
                var status = stat()
                guard stat(path, &status) == 0 else {
                    if isLink { items.append(.failure(IngestError(.unreadable, source: path, detail: "dangling symbolic link"))) }
                    continue
                }
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    subfolders.append((path, FileIdentity(status)))
                } else if (status.st_mode & S_IFMT) == S_IFREG, accepts(name) {
                    items.append(.file(path: path))
                }
            }
            // Sorted depth-first order: push in reverse so the first subfolder is walked first.
            pending.append(contentsOf: subfolders.reversed())
        }
    }

    /// Whether a file name has one of the configured extensions (optionally followed by `.gz`).
    public func accepts(_ name: String) -> Bool {
        var lower = name.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        guard let dot = lower.lastIndex(of: ".") else { return false }
        return configuration.fileExtensions.contains(String(lower[lower.index(after: dot)...]))
    }

    /// Reads one input into a ``RawDocument``; `.gz` files are inflated with the size and ratio caps.
    public func read(_ item: Item) throws(IngestError) -> RawDocument {
        switch item {
        case .failure(let error):
            throw error
        case .standardInput:
            let data = FileHandle.standardInput.readDataToEndOfFile()
            guard data.count <= configuration.maxInputBytes else {
                throw IngestError(.inputTooLarge, source: "-", detail: "standard input exceeds maxInputBytes (\(configuration.maxInputBytes))")
            }
            let bytes = [UInt8](data)
            return RawDocument(source: "-", bytes: bytes, format: Self.sniffFormat(bytes))
        case .file(let path):
            var bytes = try readFile(path)
            var diagnostics: [Diagnostic] = []
            let lower = path.lowercased()
            var name = lower
            if lower.hasSuffix(".gz") || (bytes.count > 2 && bytes[0] == 0x1F && bytes[1] == 0x8B) {
                bytes = try inflate(bytes, source: path, diagnostics: &diagnostics)
                if lower.hasSuffix(".gz") { name.removeLast(3) }
            }
            let format: RawDocument.Format = name.hasSuffix(".txt") ? .plainText : (name.hasSuffix("htm") || name.hasSuffix("html") || name.hasSuffix("xhtml") ? .html : Self.sniffFormat(bytes))
            var document = RawDocument(source: path, bytes: bytes, format: format)
            document.readDiagnostics = diagnostics
            return document
        }
    }

    /// HTML when a tag appears early, otherwise plain text.
    static func sniffFormat(_ bytes: [UInt8]) -> RawDocument.Format {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        return head.contains("<html") || head.contains("<!doctype") || head.contains("<body") || head.contains("<div") || head.contains("<p>") ? .html : .plainText
    }

    private func readFile(_ path: String) throws(IngestError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let kind: IngestError.Kind = errno == ENOENT ? .notFound : .unreadable
            throw IngestError(kind, source: path, detail: "\(String(cString: strerror(errno))) (file vanished or permissions changed?)")
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw IngestError(.unreadable, source: path, detail: String(cString: strerror(errno)))
        }
        if (status.st_mode & S_IFMT) == S_IFDIR {
            throw IngestError(.unreadable, source: path, detail: "is a folder")
        }
        let size = Int(status.st_size)
        guard size <= configuration.maxInputBytes else {
            throw IngestError(.inputTooLarge, source: path, detail: "\(size) bytes exceed maxInputBytes (\(configuration.maxInputBytes)); raise --max-bytes to read it")
        }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.read(descriptor, base + total, size - total)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw IngestError(.unreadable, source: path, byteOffset: total, detail: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            total += count
        }
        if total < size { bytes.removeSubrange(total...) }
        return bytes
    }

    private func inflate(_ compressed: [UInt8], source: String, diagnostics: inout [Diagnostic]) throws(IngestError) -> [UInt8] {
        let cap = min(configuration.maxInputBytes, max(compressed.count, 1) * configuration.maxDecompressionRatio)
        var stream = z_stream()
        // 15 + 32: zlib or gzip header, detected.
        guard czlib_inflate_init2(&stream, 15 + 32) == Z_OK else {
            throw IngestError(.decompressionFailed, source: source, detail: "zlib could not start")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        var status: Int32 = Z_OK
        var input = compressed
        let inputCount = input.count
        input.withUnsafeMutableBufferPointer { inputBuffer in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = UInt32(inputCount)
            while status == Z_OK {
                chunk.withUnsafeMutableBufferPointer { chunkBuffer in
                    stream.next_out = chunkBuffer.baseAddress
                    stream.avail_out = UInt32(chunkBuffer.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    let produced = chunkBuffer.count - Int(stream.avail_out)
                    output.append(contentsOf: chunkBuffer[0..<produced])
                }
                if output.count > cap { break }
                // Concatenated gzip members: start the next one.
                if status == Z_STREAM_END && stream.avail_in > 0 {
                    status = inflateReset(&stream)
                }
            }
        }
        if output.count > cap {
            throw IngestError(.inputTooLarge, source: source, detail: "decompressed size exceeds \(cap) bytes (maxInputBytes or maxDecompressionRatio)")
        }
        if status != Z_STREAM_END {
            if output.isEmpty {
                throw IngestError(.decompressionFailed, source: source, byteOffset: Int(stream.total_in), detail: "not valid gzip data")
            }
            diagnostics.append(Diagnostic("truncated-gzip", "compressed data ended early; using what was inflated", byteOffset: Int(stream.total_in)))
        }
        return output
    }
}
