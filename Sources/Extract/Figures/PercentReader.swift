import Foundation

/// Reads percentages around a number: `40%`, `40 percent`, `per cent`, `百分之四十`, `千分之一`,
/// `四成` (tenths, `七成六` = 76%), `八折` (a discount: pay 80%), and percentage points
/// (`2 percentage points`, `两个百分点`) as their own kind.
struct PercentReader {
    let context: FigureContext

    private var text: ScalarText { context.text }

    func read(at index: Int) -> FigureReading? {
        let mention = context.mentions[index]
        let rules = context.rules(for: mention)
        if let per = mention.per, let start = mention.perStart, let value = DecimalMath.divide(mention.value * 100, per) {
            return FigureReading(kind: "percent", value: value, range: start..<mention.range.upperBound)
        }
        let position = text.skipSpaces(from: mention.range.upperBound, limit: 1)
        if text[position] == 0x25, !isURLEscape(position) {  // % and ％
            return FigureReading(kind: "percent", value: mention.value, range: mention.range.lowerBound..<(position + 1))
        }
        let spaced = text.skipSpaces(from: mention.range.upperBound)
        if let match = rules.percentagePoints.match(in: text, at: position)
            ?? (text.isHan(spaced) ? spacedChinesePoints(at: spaced, rules: rules) : nil)
        {
            return FigureReading(kind: "percentage_points", value: mention.value, range: mention.range.lowerBound..<match.end)
        }
        if let match = rules.percent.match(in: text, at: position) {
            return FigureReading(kind: "percent", value: mention.value, range: mention.range.lowerBound..<match.end)
        }
        if let reading = tenths(mention, at: position, rules: rules) { return reading }
        return discount(mention, at: position, rules: rules)
    }

    /// `%28` in a URL is an escape, not a percentage.
    func isURLEscape(_ index: Int) -> Bool {
        let next = text[index + 1]
        return ScalarText.isDigit(next) || ScalarText.isLetter(next)
    }

    /// `percent of 10`: the number after a percent word that has no number of its own.
    func percentOf(at index: Int) -> FigureReading? {
        let mention = context.mentions[index]
        let rules = context.pack.englishFigures
        var end = text.previousNonSpace(before: mention.range.lowerBound) + 1
        let ofStart = text.wordStart(before: end)
        guard text.string(ofStart..<end).lowercased() == "of" else { return nil }
        end = text.previousNonSpace(before: ofStart) + 1
        guard let match = rules.percent.match(in: text, endingAt: end) else { return nil }
        let before = text.previousNonSpace(before: match.start)
        if before >= 0, index > 0, context.mentions[index - 1].range.upperBound == before + 1 { return nil }
        return FigureReading(kind: "percent", value: mention.value, range: match.start..<mention.range.upperBound)
    }

    /// 一 百 五 十 个 百 分 点: the percentage-point marker with spaces between its characters.
    private func spacedChinesePoints(at position: Int, rules: FigureRules) -> (end: Int, payload: Bool)? {
        var compact: [UInt32] = []
        var end = position
        while end < text.count, compact.count < 4, end - position < 12 {
            if !text.isSpace(end) { compact.append(text[end]) }
            end += 1
        }
        let probe = ScalarText(String(String.UnicodeScalarView(compact.compactMap(Unicode.Scalar.init))))
        guard let match = rules.percentagePoints.match(in: probe, at: 0), compact.count == match.end else { return nil }
        return (end, true)
    }

    /// 四成 = 40%, 七成六 = 76%, 三成半 = 35%, 9.5成 = 95%.
    private func tenths(_ mention: NumberMention, at position: Int, rules: FigureRules) -> FigureReading? {
        guard let match = rules.tenths.match(in: text, at: position), mention.value > 0, mention.value <= 10 else { return nil }
        var value = mention.value * 10
        var end = match.end
        let next = text.skipSpaces(from: end, limit: 1)
        if let digit = context.pack.chineseNumbers.digits[text[next]], mention.isInteger, mention.value < 10 {
            value += Decimal(digit)
            end = next + 1
        } else if rules.half.match(in: text, at: next) != nil, mention.value < 10 {
            value += 5
            end = next + 1
        }
        return FigureReading(kind: "percent", value: value, range: mention.range.lowerBound..<end)
    }

    /// 八折 = 80%, 75折 = 75%, 9.9折 = 99%; 十折 is not a discount.
    private func discount(_ mention: NumberMention, at position: Int, rules: FigureRules) -> FigureReading? {
        guard let match = rules.discount.match(in: text, at: position), mention.value > 0 else { return nil }
        let value: Decimal
        if mention.value < 10 {
            value = mention.value * 10
        } else if mention.value > 10, mention.value < 100, mention.isInteger {
            value = mention.value
        } else {
            return nil
        }
        return FigureReading(kind: "percent", value: value, range: mention.range.lowerBound..<match.end)
    }

    /// 打对折 / 半折 = 50%, which has no numeral to start from.
    func halfDiscounts() -> [FigureReading] {
        let rules = context.pack.chineseFigures
        var readings: [FigureReading] = []
        var index = 0
        while index < text.count {
            if text.isHan(index), let match = rules.halfDiscount.match(in: text, at: index) {
                let isHalf = rules.half.match(in: text, at: index) != nil
                if isHalf || rules.discountBefore.match(in: text, endingAt: index) != nil {
                    readings.append(FigureReading(kind: "percent", value: 50, range: index..<match.end))
                }
                index = match.end
            } else {
                index += 1
            }
        }
        return readings
    }
}
