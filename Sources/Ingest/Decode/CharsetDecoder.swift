/// Decodes bytes to UTF-8: BOM, then the declared charset (HTTP header, `<meta>`, XML declaration), checked
/// strictly, then ICU detection for undeclared pages.
///
/// Input: ``RawDocument``. Output: ``DecodedDocument``.
/// Diagnostics: `charset-label-mismatch`, `charset-guessed`, `charset-unknown`, `replacement-characters`,
/// `nul-bytes-removed`. Errors: `emptyDocument`, `binaryContent`.
/// Tunables: ``IngestConfiguration/charsetPrescanBytes``, ``IngestConfiguration/detectionSampleBytes``,
/// ``IngestConfiguration/maxControlByteShare``.
public struct CharsetDecoder: IngestStage {
    /// A declared UTF-8 page with at most this many bad sequences is UTF-8 with a few bad bytes, not mislabeled.
    static let strayBadSequences = 2

    public init() {}

    public func run(_ input: RawDocument, context: inout StageContext) throws(IngestError) -> DecodedDocument {
        let configuration = context.configuration
        guard !input.bytes.isEmpty else {
            throw IngestError(.emptyDocument, source: input.source, detail: "the file is empty")
        }
        if Self.looksBinary(input.bytes, maxControlShare: configuration.maxControlByteShare) {
            throw IngestError(
                .binaryContent, source: input.source, byteOffset: 0,
                detail: "binary data, not an HTML or text article (too many control bytes)")
        }
        let sniffer = CharsetSniffer(prescanBytes: configuration.charsetPrescanBytes)
        var (encoding, utf8) = input.bytes.withUnsafeBytes { bytes in
            decode(bytes, contentType: input.contentType, sniffer: sniffer, context: &context)
        }
        if utf8.contains(0) {
            let before = utf8.count
            utf8.removeAll { $0 == 0 }
            context.note(Diagnostic("nul-bytes-removed", "\(before - utf8.count) NUL bytes removed"))
        }
        return DecodedDocument(source: input.source, utf8: utf8, encoding: encoding, format: input.format)
    }

    private func decode(
        _ all: UnsafeRawBufferPointer, contentType: String?, sniffer: CharsetSniffer, context: inout StageContext
    ) -> (String, [UInt8]) {
        if let bom = sniffer.byteOrderMark(all) {
            let rest = UnsafeRawBufferPointer(rebasing: all[bom.skip...])
            return convert(rest, charset: bom.label, base: bom.skip, context: &context)
        }
        let declaration = contentType.flatMap(CharsetSniffer.charsetParameter).map {
            CharsetSniffer.Declaration(label: $0, origin: .transport)
        } ?? sniffer.declared(all)
        let validUTF8 = Self.isValidUTF8(all)
        let hasNonASCII = all.contains { $0 >= 0x80 }
        var declaredCharset: String?
        if let declaration {
            declaredCharset = CharsetLabels.resolve(declaration.label)
            if declaredCharset == nil {
                context.note(Diagnostic("charset-unknown", "declared charset '\(declaration.label)' (\(declaration.origin.rawValue)) is not known; detecting"))
            }
        }
        if validUTF8 {
            // Valid multi-byte UTF-8 is almost never an accident in a legacy charset: the label lies.
            if hasNonASCII, let declaredCharset, declaredCharset != "UTF-8", let declaration {
                context.note(Diagnostic("charset-label-mismatch", "declared \(declaration.label) (\(declaration.origin.rawValue)) but the bytes are valid UTF-8; decoded as UTF-8"))
            }
            if !hasNonASCII, let declaredCharset, Self.isASCIICompatible(declaredCharset) {
                return (declaredCharset, Array(all))
            }
            return ("UTF-8", Array(all))
        }
        if let declaredCharset, declaredCharset != "UTF-8", let declaration {
            if let conversion = ICU.convertToUTF8(all, charset: declaredCharset) {
                if conversion.invalidCount == 0 { return (declaredCharset, conversion.utf8) }
                // The label may lie: does a detected charset read the page cleanly?
                if let better = detectBest(all, excluding: declaredCharset, requireClean: true, context: context) {
                    context.note(Diagnostic("charset-label-mismatch", "declared \(declaration.label) (\(declaration.origin.rawValue)) does not fit the bytes; decoded as \(better.0)", byteOffset: conversion.firstInvalidOffset))
                    return (better.0, better.1.utf8)
                }
                noteReplacements(conversion, charset: declaredCharset, context: &context)
                return (declaredCharset, conversion.utf8)
            }
        }
        if declaredCharset == "UTF-8" {
            // Declared UTF-8 with bad bytes: another multi-byte charset only when it reads the page cleanly
            // (GBK pages labelled UTF-8 exist); a stray bad byte stays a U+FFFD.
            let asUTF8 = ICU.convertToUTF8(all, charset: "UTF-8")
            if (asUTF8?.invalidCount ?? 0) > Self.strayBadSequences,
                let (charset, conversion) = detectBest(all, excluding: "UTF-8", requireClean: true, multiByteOnly: true, context: context)
            {
                context.note(Diagnostic("charset-label-mismatch", "declared UTF-8 does not fit the bytes; decoded as \(charset)"))
                return (charset, conversion.utf8)
            }
            return convert(all, charset: "UTF-8", base: 0, context: &context)
        }
        if let (charset, conversion) = detectBest(all, excluding: nil, requireClean: false, context: context) {
            context.note(Diagnostic("charset-guessed", "no usable charset declared; detected \(charset)"))
            noteReplacements(conversion, charset: charset, context: &context)
            return (charset, conversion.utf8)
        }
        return convert(all, charset: declaredCharset ?? "UTF-8", base: 0, context: &context)
    }

    /// The detection candidate that decodes the page with the fewest bad sequences (the first clean one wins).
    /// With `requireClean`, only a candidate without any bad sequence is returned.
    private func detectBest(
        _ all: UnsafeRawBufferPointer, excluding: String?, requireClean: Bool, multiByteOnly: Bool = false,
        context: StageContext
    ) -> (String, ICU.Conversion)? {
        let sample = UnsafeRawBufferPointer(rebasing: all[0..<min(all.count, context.configuration.detectionSampleBytes)])
        var candidates: [String] = []
        if let detected = ICU.detectCharset(sample), let mapped = CharsetLabels.resolve(detected.name) {
            candidates.append(mapped)
        }
        // ICU's detector is weak on short or markup-heavy pages; the CJK families are the usual truth.
        for fallback in ["GB18030", "Big5-HKSCS", "Shift_JIS", "windows-949", "UTF-8"] where !candidates.contains(fallback) {
            candidates.append(fallback)
        }
        var best: (String, ICU.Conversion)?
        for charset in candidates where charset != excluding && (!multiByteOnly || Self.isMultiByte(charset)) {
            guard let conversion = ICU.convertToUTF8(all, charset: charset) else { continue }
            if conversion.invalidCount == 0 { return (charset, conversion) }
            if conversion.invalidCount < (best?.1.invalidCount ?? Int.max) { best = (charset, conversion) }
        }
        return requireClean ? nil : best
    }

    private func convert(_ bytes: UnsafeRawBufferPointer, charset: String, base: Int, context: inout StageContext) -> (String, [UInt8]) {
        guard let conversion = ICU.convertToUTF8(bytes, charset: charset) ?? ICU.convertToUTF8(bytes, charset: "UTF-8") else {
            return ("UTF-8", Array(String(decoding: bytes, as: UTF8.self).utf8))
        }
        var shifted = conversion
        shifted.firstInvalidOffset = conversion.firstInvalidOffset.map { $0 + base }
        noteReplacements(shifted, charset: charset, context: &context)
        return (charset, conversion.utf8)
    }

    private func noteReplacements(_ conversion: ICU.Conversion, charset: String, context: inout StageContext) {
        guard conversion.invalidCount > 0 else { return }
        context.note(Diagnostic(
            "replacement-characters",
            "\(conversion.invalidCount) byte sequence(s) invalid in \(charset) replaced by U+FFFD",
            byteOffset: conversion.firstInvalidOffset))
    }

    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        String(validating: bytes.assumingMemoryBound(to: UInt8.self), as: UTF8.self) != nil
    }

    private static func isMultiByte(_ charset: String) -> Bool {
        ["GB18030", "Big5-HKSCS", "Shift_JIS", "windows-949", "EUC-JP", "UTF-8", "HZ", "ISO-2022-JP", "ISO-2022-KR"].contains(charset)
    }

    private static func isASCIICompatible(_ charset: String) -> Bool {
        !charset.hasPrefix("UTF-16") && !charset.hasPrefix("ISO-2022") && charset != "HZ"
    }

    /// Control bytes (other than tab, newlines, form feed, escape) in the first 8 KB, as a share.
    static func looksBinary(_ bytes: [UInt8], maxControlShare: Double) -> Bool {
        let sample = bytes.prefix(8192)
        // UTF-16 text has many NULs but a BOM; leave it to the decoder.
        if sample.count >= 2, (sample[0] == 0xFF && sample[1] == 0xFE) || (sample[0] == 0xFE && sample[1] == 0xFF) {
            return false
        }
        var control = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B {
            control += 1
        }
        return Double(control) > maxControlShare * Double(sample.count)
    }
}
