/// Sentence boundaries of normalized text, from ICU's sentence break iterator, as code-point offsets.
public struct Segmenter: Sendable {
    public init() {}

    /// `[start, end)` code-point ranges of the sentences of `text`.
    public func sentences(_ text: String, language: String) -> [Range<Int>] {
        let units = Array(text.utf16)
        let breaks = ICU.sentenceBreaks(units, locale: language.hasPrefix("zh") ? "zh" : language)
        // UTF-16 offsets to code-point offsets in one pass.
        var ranges: [Range<Int>] = []
        var unitOffset = 0, scalarOffset = 0, start = 0
        var breakIndex = 0
        for scalar in text.unicodeScalars {
            unitOffset += scalar.utf16.count
            scalarOffset += 1
            while breakIndex < breaks.count, breaks[breakIndex] <= unitOffset {
                if breaks[breakIndex] == unitOffset, scalarOffset > start {
                    ranges.append(start..<scalarOffset)
                    start = scalarOffset
                }
                breakIndex += 1
            }
        }
        if start < scalarOffset { ranges.append(start..<scalarOffset) }
        return ranges
    }
}
