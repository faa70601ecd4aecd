import CICUShim
import Foundation

/// The only Swift door to ICU: every call into the C shim goes through here.
package enum ICU {
    /// ICU's canonical converter name for a charset label, or nil when ICU cannot convert it.
    package static func canonicalCharset(_ label: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 128)
        let ok = buffer.withUnsafeMutableBufferPointer { out in
            icushim_canonical_charset(label, out.baseAddress, Int32(out.count))
        }
        guard ok != 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Result of a conversion to UTF-8.
    package struct Conversion {
        package var utf8: [UInt8]
        package var invalidCount: Int
        package var firstInvalidOffset: Int?
    }

    /// Converts bytes in `charset` to UTF-8; bad sequences become U+FFFD. Nil when ICU has no such converter.
    package static func convertToUTF8(_ bytes: UnsafeRawBufferPointer, charset: String) -> Conversion? {
        let capacity = 3 * bytes.count + 16
        var output = [UInt8](repeating: 0, count: capacity)
        let result = output.withUnsafeMutableBufferPointer { out in
            icushim_convert_to_utf8(
                charset, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), Int64(bytes.count),
                out.baseAddress, Int64(capacity))
        }
        guard result.status == 0 else { return nil }
        output.removeSubrange(Int(result.utf8Length)...)
        return Conversion(
            utf8: output, invalidCount: Int(result.invalidCount),
            firstInvalidOffset: result.firstInvalidOffset >= 0 ? Int(result.firstInvalidOffset) : nil)
    }

    /// ICU's best guess at the charset of `bytes`, with its confidence (0…100).
    package static func detectCharset(_ bytes: UnsafeRawBufferPointer) -> (name: String, confidence: Int)? {
        var buffer = [CChar](repeating: 0, count: 64)
        let confidence = buffer.withUnsafeMutableBufferPointer { out in
            icushim_detect_charset(
                bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), Int32(clamping: bytes.count),
                out.baseAddress, Int32(out.count))
        }
        guard confidence >= 0 else { return nil }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return (name, Int(confidence))
    }

    /// NFC, with NFKC applied only to the characters of `nfkcSet` (a UnicodeSet pattern).
    package static func normalize(_ text: String, nfkcSet: String) -> String {
        let units = Array(text.utf16)
        let pattern = Array(nfkcSet.utf16)
        // NFKC of one code unit expands to at most 18; width folding and NFC stay far below 3×.
        var capacity = units.count * 3 + 16
        for _ in 0..<2 {
            var output = [UInt16](repeating: 0, count: capacity)
            let written = output.withUnsafeMutableBufferPointer { out in
                icushim_normalize(units, Int32(units.count), pattern, Int32(pattern.count), out.baseAddress, Int32(capacity))
            }
            if written >= 0 {
                return String(decoding: output[0..<Int(written)], as: UTF16.self)
            }
            capacity *= 6
        }
        return text
    }

    /// Sentence boundaries of `text` as UTF-16 offsets (each is the end of a sentence).
    package static func sentenceBreaks(_ units: [UInt16], locale: String) -> [Int] {
        guard !units.isEmpty else { return [] }
        var boundaries = [Int32](repeating: 0, count: units.count + 1)
        let count = boundaries.withUnsafeMutableBufferPointer { out in
            icushim_sentence_breaks(units, Int32(units.count), locale, out.baseAddress, Int32(out.count))
        }
        guard count > 0 else { return [units.count] }
        return boundaries[0..<Int(count)].map(Int.init)
    }

    /// An ICU transliterator, e.g. `Hant-Hans; Han-Latin; Latin-ASCII`. Not shareable between threads.
    package final class Transliterator {
        private let handle: OpaquePointer

        package init?(_ id: String) {
            let units = Array(id.utf16)
            guard let handle = icushim_transliterator_open(units, Int32(units.count)) else { return nil }
            self.handle = handle
        }

        deinit { icushim_transliterator_close(handle) }

        package func apply(_ text: String) -> String {
            var units = Array(text.utf16)
            let length = units.count
            var capacity = length * 4 + 16
            for _ in 0..<3 {
                units.append(contentsOf: repeatElement(0, count: capacity - units.count))
                let written = units.withUnsafeMutableBufferPointer { buffer in
                    icushim_transliterate(handle, buffer.baseAddress, Int32(length), Int32(capacity))
                }
                if written >= 0 { return String(decoding: units[0..<Int(written)], as: UTF16.self) }
                units = Array(text.utf16)
                capacity *= 4
            }
            return text
        }
    }
}
