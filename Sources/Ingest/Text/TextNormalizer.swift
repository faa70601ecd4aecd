/// Normalizes article text with ICU; the one function whose output all offsets refer to.
///
/// Full-width ASCII letters, digits and symbols and the ideographic space are folded to ASCII (NFKC applied to
/// those characters only, so Chinese punctuation such as `，` `。` `“` stays as written); the rest is NFC.
/// Zero-width and control characters are removed, runs of white space collapse to one space, Chinese paragraph
/// indents go, and paragraphs are joined by `\n\n`.
///
/// Input: ``MainContent``. Output: the normalized `text`. Diagnostics: none.
public struct TextNormalizer: IngestStage {
    /// Characters folded with NFKC; everything else only gets NFC. Full-width CJK punctuation is excluded.
    public static let widthFoldingSet = "[[\\uFF01-\\uFF5E\\u3000\\u00A0\\u2002-\\u200A\\u202F\\u205F]-[\\uFF0C\\uFF0E\\uFF01\\uFF1F\\uFF1A\\uFF1B\\uFF08\\uFF09\\uFF3B\\uFF3D\\uFF5B\\uFF5D\\uFF02\\uFF07]]"

    public init() {}

    public func run(_ input: MainContent, context: inout StageContext) throws(IngestError) -> String {
        Self.normalize(blocks: input.blocks.map(\.text))
    }

    /// Normalizes paragraphs and joins them with `\n\n`.
    public static func normalize(blocks: [String]) -> String {
        var paragraphs: [String] = []
        paragraphs.reserveCapacity(blocks.count)
        for block in blocks {
            let cleaned = normalizeParagraph(block)
            if !cleaned.isEmpty { paragraphs.append(cleaned) }
        }
        return paragraphs.joined(separator: "\n\n")
    }

    /// Whether a scalar may change under width folding or NFC. Scripts that NFC never touches (ASCII, Latin-1,
    /// CJK ideographs and punctuation, kana, Hangul syllables, common punctuation) skip ICU: most text is only those.
    private static func needsICU(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x2FF, 0x2010...0x2027, 0x2030...0x2056, 0x20A0...0x20BF, 0x3001...0x303F, 0x3041...0x3096,
            0x30A0...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF0C, 0xFF0E, 0xFF01, 0xFF1F, 0xFF1A, 0xFF1B, 0xFF08, 0xFF09:
            // U+00A0 is folded to a space by the loop below, so Latin-1 needs no ICU either.
            false
        default:
            true
        }
    }

    /// One paragraph: folding, invisible characters removed, white space collapsed, trimmed.
    public static func normalizeParagraph(_ raw: String) -> String {
        var text = raw
        if raw.unicodeScalars.contains(where: needsICU) {
            text = ICU.normalize(raw, nfkcSet: widthFoldingSet)
        }
        var scalars = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0x85, 0x2028, 0x2029, 0x3000, 0xA0:
                pendingSpace = true
            case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x2060...0x2064, 0xFEFF, 0xAD, 0x202A...0x202E, 0x2066...0x2069:
                continue
            default:
                if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }
}
