import Foundation

/// Reads money around a number: a sign, code or name before it (`$`, `HK$`, `USD`, `人民币`) or a name,
/// code or sign after it (`yuan`, `亿元`, `euros`, `115USD`, `10 €`), and minor units that follow a
/// major amount (`13 dollars and 45 cents`, `五元三毛`). Conversions in parentheses are separate figures.
struct MoneyReader {
    let context: FigureContext

    private var text: ScalarText { context.text }
    private var signs: CurrencySigns { context.pack.currencySigns }

    /// The money figure starting with mention `index`, if any; text before `taken` belongs to earlier figures.
    func read(at index: Int, taken: Int = 0) -> FigureReading? {
        let mention = context.mentions[index]
        guard mention.attachedWord == nil || isCodeOrMultiplierCode(mention.attachedWord) else { return nil }
        let rules = context.rules(for: mention)
        var prefix = currencyBefore(mention, rules: rules).flatMap { $0.start >= taken ? $0 : nil }
        var suffix = currencyAfter(mention, rules: rules)
        if let before = prefix?.unit, let after = suffix?.unit, before.iso != after.iso {
            // rmb 10 usd 20 (English: the sign before wins); 4人民币5美元 (Chinese: the name after wins).
            if context.isChinese(mention) { prefix = nil } else { suffix = nil }
        }
        guard let unit = suffix?.unit ?? prefix?.unit else { return nil }
        var value = mention.value * unit.factor * (prefix?.multiplier ?? 1) * (suffix?.multiplier ?? 1)
        var reading = FigureReading(kind: "money", value: nil, range: (prefix?.start ?? mention.range.lowerBound)..<(suffix?.end ?? mention.range.upperBound),
                                    currency: unit.iso)
        // 13 dollars and 45 cents; never after a scaled amount (150 million and 50 cents are two figures).
        if !unit.isMinor, mention.isInteger, mention.value < 1_000_000, let (minor, end) = minorAmount(after: reading.range.upperBound, index: index, rules: rules, major: unit) {
            value += minor
            reading.range = reading.range.lowerBound..<end
            reading.mentionsUsed = 2
        }
        reading.value = value
        return reading
    }

    /// A currency word with no amount (`rmb`, `美元`), for `--mentions`.
    func bareCurrency(at index: Int, rules: FigureRules) -> (CurrencyUnit, Int)? {
        guard let match = rules.currencies.match(in: text, at: index) else { return nil }
        return (match.payload, match.end)
    }

    // MARK: Before the number

    private struct Marker {
        var unit: CurrencyUnit?
        var start: Int = 0
        var end: Int = 0
        var multiplier: Decimal = 1
    }

    private func currencyBefore(_ mention: NumberMention, rules: FigureRules) -> Marker? {
        let start = mention.range.lowerBound
        if mention.followsLetters {
            let wordStart = text.wordStart(before: start)
            return code(in: wordStart..<start).map { Marker(unit: $0.unit, start: wordStart, end: start, multiplier: $0.multiplier) }
        }
        let end = text.previousNonSpace(before: start) + 1
        guard end > 0, start - end <= 2 else { return nil }
        if let match = signs.prefixedDollars.match(in: text, endingAt: end), !text.isLetter(match.start - 1) {
            return Marker(unit: CurrencyUnit(iso: match.payload), start: match.start, end: end)
        }
        if let match = signs.symbols.match(in: text, endingAt: end) {
            return Marker(unit: CurrencyUnit(iso: match.payload), start: match.start, end: end)
        }
        if let match = signs.yenSigns.match(in: text, endingAt: end) {
            return Marker(unit: CurrencyUnit(iso: yenCurrency), start: match.start, end: end)
        }
        if text.isLetter(end - 1) {
            let wordStart = text.wordStart(before: end)
            if let found = code(in: wordStart..<end) {
                return Marker(unit: found.unit, start: wordStart, end: end, multiplier: found.multiplier)
            }
        }
        if let match = rules.currencyBeforeAmount.match(in: text, endingAt: end) {
            return Marker(unit: match.payload, start: match.start, end: end)
        }
        return nil
    }

    // MARK: After the number

    private func currencyAfter(_ mention: NumberMention, rules: FigureRules) -> Marker? {
        if let attached = mention.attachedWord {
            return code(in: attached).map { Marker(unit: $0.unit, start: attached.lowerBound, end: attached.upperBound, multiplier: $0.multiplier) }
        }
        var position = text.skipSpaces(from: mention.range.upperBound, limit: 2)
        if position == mention.range.upperBound, text[position] == 0x2D, text.isLetter(position + 1) {
            position += 1  // a 12-cent dividend
        }
        if let classifier = rules.currencyClassifiers.match(in: text, at: position),
            rules.currencies.match(in: text, at: classifier.end) != nil
        {
            position = classifier.end  // 20个比特币
        }
        if let match = rules.currencies.match(in: text, at: position) {
            var marker = Marker(unit: match.payload, start: position, end: match.end)
            if match.payload.isMinor, mention.script == .chinese || context.isChinese(mention), !isChineseMinorContext(mention) {
                return nil  // 五分 alone is not money (五分钟, 五角大楼)
            }
            extendWithScale(&marker)
            return marker
        }
        if text.isLetter(position) {
            let wordEnd = text.wordEnd(from: position)
            if text.isDigit(wordEnd) { return nil }  // 3 USD50: the code belongs to the 50
            if var found = code(in: position..<wordEnd).map({ Marker(unit: $0.unit, start: position, end: wordEnd, multiplier: $0.multiplier) }) {
                extendWithScale(&found)
                return found
            }
        }
        if let match = signs.symbols.match(in: text, at: position), !text.isDigit(match.end) {
            return Marker(unit: CurrencyUnit(iso: match.payload), start: position, end: match.end)
        }
        if let match = signs.yenSigns.match(in: text, at: position) {
            return Marker(unit: CurrencyUnit(iso: yenCurrency), start: position, end: match.end)
        }
        return nil
    }

    /// `75 USD million`: a scale word after the currency multiplies the amount.
    private func extendWithScale(_ marker: inout Marker) {
        let position = text.skipSpaces(from: marker.end, limit: 1)
        guard position > marker.end, let (word, end) = context.pack.englishNumbers.word(in: text, at: position),
            let scale = word.scale, word.unit == nil
        else { return }
        marker.multiplier *= scale
        marker.end = end
    }

    /// Chinese minor units (角, 分, 毛) count only after a major amount (五元三毛) or before nothing numeric.
    private func isChineseMinorContext(_ mention: NumberMention) -> Bool {
        let before = text.previousNonSpace(before: mention.range.lowerBound)
        guard before >= 0 else { return false }
        return context.pack.chineseFigures.currencies.match(in: text, endingAt: before + 1).map { !$0.payload.isMinor } ?? false
            || context.pack.chineseFigures.currencies.match(in: text, endingAt: before).map { !$0.payload.isMinor } ?? false
    }

    /// An ISO code in a letter run, case-insensitive (`usd`, `USD`), or `M` + code for millions (`MGBP`).
    private func code(in range: Range<Int>) -> (unit: CurrencyUnit, multiplier: Decimal)? {
        guard !range.isEmpty else { return nil }
        let word = text.string(range)
        let lower = word.lowercased()
        if let iso = signs.codes[lower], !signs.codesNeedingUpperCase.contains(lower) || word == word.uppercased() {
            return (CurrencyUnit(iso: iso), 1)
        }
        if word.count == 4, word.first == "M", word == word.uppercased(), let iso = signs.codes[String(lower.dropFirst())] {
            return (CurrencyUnit(iso: iso), 1_000_000)
        }
        return nil
    }

    private func isCodeOrMultiplierCode(_ range: Range<Int>?) -> Bool {
        range.map { code(in: $0) != nil } ?? false
    }

    /// A currency name, sign or code starts at `index`.
    func isCurrency(at index: Int, rules: FigureRules) -> Bool {
        if rules.currencies.match(in: text, at: index) != nil || signs.symbols.match(in: text, at: index) != nil
            || signs.yenSigns.match(in: text, at: index) != nil
        {
            return true
        }
        return text.isLetter(index) && code(in: index..<text.wordEnd(from: index)) != nil
    }

    /// A currency code standing alone (`rmb`), for `--mentions`.
    func bareCode(at index: Int) -> (CurrencyUnit, Int)? {
        let end = text.wordEnd(from: index)
        return code(in: index..<end).map { ($0.unit, end) }
    }

    /// Where an `and` (the number words' connector) starting at `index` ends.
    private func andWordEnd(at index: Int) -> Int? {
        guard let (word, end) = context.pack.englishNumbers.word(in: text, at: index), word.isAnd else { return nil }
        return end
    }

    private var yenCurrency: String { context.yenSignIsYuan ? "CNY" : "JPY" }

    // MARK: Minor units

    /// `and 45 cents`, `50` (after `15 dollars`), `三毛`, `又三美分`: the amount to add and where it ends.
    private func minorAmount(after end: Int, index: Int, rules: FigureRules, major: CurrencyUnit) -> (Decimal, Int)? {
        guard index + 1 < context.mentions.count else { return nil }
        let next = context.mentions[index + 1]
        var gap = text.skipSpaces(from: end)
        if let end = andWordEnd(at: gap) {
            gap = text.skipSpaces(from: end)
        } else if context.pack.chineseNumbers.mixedFraction.contains(text[gap]) {
            gap += 1
        }
        guard next.range.lowerBound == gap, next.value > 0, next.value < 100, next.isInteger, next.attachedWord == nil else { return nil }
        let afterNext = text.skipSpaces(from: next.range.upperBound, limit: 1)
        if let minor = rules.currencies.match(in: text, at: afterNext), minor.payload.isMinor {
            return (next.value * minor.payload.factor, minor.end)
        }
        // 15 dollars 50: a bare two-digit tail is cents, but only at the end of a clause and not
        // when a currency of its own follows (10 $ 30 $).
        guard !isCurrency(at: afterNext, rules: rules) else { return nil }
        let following = text[afterNext]
        guard afterNext >= text.count || andWordEnd(at: afterNext) != nil
            || !(ScalarText.isLetter(following) || ScalarText.isDigit(following) || ScalarText.isHan(following))
        else { return nil }
        guard !context.isChinese(next) else { return nil }
        return (next.value / 100, next.range.upperBound)
    }
}
