/// Finds the charset a document declares: byte-order mark, then transport header, then `<meta>` or XML declaration.
package struct CharsetSniffer: Sendable {
    /// Where a declaration was found.
    package enum Origin: String, Sendable {
        case byteOrderMark = "byte-order mark"
        case transport = "HTTP header"
        case meta = "<meta>"
        case xmlDeclaration = "XML declaration"
    }

    package struct Declaration: Sendable, Equatable {
        package var label: String
        package var origin: Origin
        /// Bytes of BOM to skip.
        package var skip: Int = 0
    }

    package let prescanBytes: Int

    package init(prescanBytes: Int) { self.prescanBytes = prescanBytes }

    package func byteOrderMark(_ bytes: UnsafeRawBufferPointer) -> Declaration? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return Declaration(label: "UTF-8", origin: .byteOrderMark, skip: 3)
        }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            return Declaration(label: "UTF-16BE", origin: .byteOrderMark, skip: 2)
        }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
            return Declaration(label: "UTF-16LE", origin: .byteOrderMark, skip: 2)
        }
        return nil
    }

    /// The charset parameter of a `Content-Type` value, e.g. `text/html; charset=gbk`.
    package static func charsetParameter(_ contentType: String) -> String? {
        let lower = Array(contentType.lowercased().utf8)
        guard let range = find(Array("charset".utf8), in: lower[...]) else { return nil }
        return value(afterKeyEndingAt: range.upperBound, in: lower[...])
    }

    /// The first declaration in the document's head: `<meta charset>`, `<meta http-equiv content>`, `<?xml encoding?>`.
    package func declared(_ bytes: UnsafeRawBufferPointer) -> Declaration? {
        let limit = min(bytes.count, prescanBytes)
        var lower = [UInt8](repeating: 0, count: limit)
        for index in 0..<limit {
            let byte = bytes[index]
            lower[index] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
        }
        var position = 0
        if let declarationEnd = Self.find(Array("?>".utf8), in: lower[...]),
            let xml = Self.find(Array("<?xml".utf8), in: lower[..<declarationEnd.lowerBound]),
            xml.lowerBound < 64,
            let key = Self.find(Array("encoding".utf8), in: lower[xml.upperBound..<declarationEnd.lowerBound]),
            let label = Self.value(afterKeyEndingAt: key.upperBound, in: lower[..<declarationEnd.lowerBound])
        {
            return Declaration(label: label, origin: .xmlDeclaration)
        }
        let metaOpen = Array("<meta".utf8)
        while let meta = Self.find(metaOpen, in: lower[position...]) {
            let tagEnd = lower[meta.upperBound...].firstIndex(of: UInt8(ascii: ">")) ?? limit
            let tag = lower[meta.upperBound..<tagEnd]
            if let key = Self.find(Array("charset".utf8), in: tag),
                let label = Self.value(afterKeyEndingAt: key.upperBound, in: tag)
            {
                return Declaration(label: label, origin: .meta)
            }
            position = tagEnd
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Range<Int>? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index..<(index + needle.count)
            }
            index += 1
        }
        return nil
    }

    /// Reads `= value`, `="value"` or `='value'` after a key.
    private static func value(afterKeyEndingAt start: Int, in bytes: ArraySlice<UInt8>) -> String? {
        var index = start
        func skipSpaces() { while index < bytes.endIndex, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 } }
        skipSpaces()
        guard index < bytes.endIndex, bytes[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        while index < bytes.endIndex, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") { index += 1 }
        let begin = index
        while index < bytes.endIndex {
            let byte = bytes[index]
            let isLabel = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: ":")
            guard isLabel else { break }
            index += 1
        }
        guard index > begin else { return nil }
        return String(decoding: bytes[begin..<index], as: UTF8.self)
    }
}
