import Foundation

/// Reads a Chinese number at one position, in Chinese numerals (Simplified, Traditional, financial),
/// digits or both: `一百二十九`, `八百一十亿`, `兩千三百萬`, `1430余亿`, `1.2万亿`, `5千万`, `二〇二三`,
/// `一万三` (= 13,000), `十多万`, `两千万点五五四四`, `五分之一`, `三百五又三分之一`, `负十`, `一打`.
/// Sections close at 万/亿/兆 and multiply everything smaller before them (`一万五千亿`).
struct ChineseNumberReader: Sendable {
    let rules: ChineseNumberRules
    let digits: DigitNumberReader

    /// A number without sign or fraction.
    struct Core {
        var value: Decimal
        var end: Int
        var qualifier: String?
        /// Starts with 百/千/万 and no digit: a denominator such as 百分之 / 千分之.
        var startsWithBareUnit = false
        var numeralCount = 0
        var hasDigitLiteral = false
        var isSequence = false
    }

    func read(_ text: ScalarText, at start: Int) -> NumberMention? {
        guard var (value, end, qualifier, bareDenominator) = readSigned(text, at: start) else { return nil }
        var rangeStart = start
        var per: Decimal?
        // 五分之一 is a fraction; 百分之五十 / 千分之一 is "per hundred / per thousand": the mention is the
        // numerator, and `per` tells percent figures how to scale it.
        if let afterFraction = fractionMarker(text, after: end),
            let numerator = readSigned(text, at: afterFraction, structured: true) ?? wholeHundred(text, at: afterFraction)
        {
            if bareDenominator {
                per = value
                value = numerator.0
                rangeStart = afterFraction
            } else {
                guard let ratio = DecimalMath.divide(numerator.0, value) else { return nil }
                value = ratio
            }
            end = numerator.1
            qualifier = numerator.2 ?? qualifier
        } else if let (fraction, after) = mixedFraction(text, after: end) {
            value += value < 0 ? -fraction : fraction
            end = after
        }
        if rules.dozen.contains(text[end]), !rules.digits.keys.contains(text[end + 1]) {
            guard let dozens = DecimalMath.multiply(value, 12) else { return nil }
            value = dozens
            end += 1
        }
        var mention = NumberMention(value: value, range: rangeStart..<end, script: .chinese, isInteger: value == value.rounded(0))
        mention.qualifier = qualifier
        mention.per = per
        mention.perStart = per == nil ? nil : start
        mention.isOrdinal = rules.ordinalPrefix.contains(text[text.previousNonSpace(before: rangeStart)])
        // 二〇二一 written digit by digit reads like 2021 in digits (a year, not a count).
        if per == nil, (rangeStart..<end).allSatisfy({ rules.digits[text[$0]] != nil }) { mention.plainDigitCount = end - rangeStart }
        return mention
    }

    /// The second 百 of 百分之百 (= 100%), which alone is not a number.
    private func wholeHundred(_ text: ScalarText, at index: Int) -> (Decimal, Int, String?, Bool)? {
        rules.units[text[index]] == 100 ? (100, index + 1, nil, false) : nil
    }

    private func readSigned(_ text: ScalarText, at start: Int, structured: Bool = false) -> (Decimal, Int, String?, Bool)? {
        var position = start
        var negative = false
        if rules.signs.contains(text[position]) || (text[position] == 0x2D && text.isDigit(position + 1)) {
            negative = true
            position = text.skipSpaces(from: position + 1)
        }
        guard let core = readCore(text, at: position, structured: structured || negative) else { return nil }
        return (negative ? -core.value : core.value, core.end, core.qualifier, core.startsWithBareUnit)
    }

    /// 分之 after a denominator, spaces allowed (`3 分  之1`): where the numerator starts.
    private func fractionMarker(_ text: ScalarText, after end: Int) -> Int? {
        guard rules.fraction.count == 2 else { return nil }
        var position = text.skipSpaces(from: end)
        guard text[position] == rules.fraction[0] else { return nil }
        position = text.skipSpaces(from: position + 1)
        guard text[position] == rules.fraction[1] else { return nil }
        return text.skipSpaces(from: position + 1)
    }

    /// 又三分之一 after a whole number.
    private func mixedFraction(_ text: ScalarText, after end: Int) -> (Decimal, Int)? {
        let position = text.skipSpaces(from: end)
        guard rules.mixedFraction.contains(text[position]) else { return nil }
        let denominatorStart = text.skipSpaces(from: position + 1)
        guard let denominator = readCore(text, at: denominatorStart, structured: true),
            let numeratorStart = fractionMarker(text, after: denominator.end),
            let numerator = readCore(text, at: numeratorStart, structured: true), let fraction = DecimalMath.divide(numerator.value, denominator.value)
        else { return nil }
        return (fraction, numerator.end)
    }

    // MARK: The integer and decimal core

    private struct State {
        var bigs: [(amount: Decimal, scale: Decimal)] = []
        var section: Decimal = 0
        var pending: Decimal?
        var sequenceLength = 0
        var lastUnit: Decimal?
        var lastMultiplier: Decimal?
        var afterZero = false
        var pendingIsLiteral = false

        var total: Decimal { bigs.reduce(0) { $0 + $1.amount * $1.scale } + section + (pending ?? 0) }
        var isEmpty: Bool { bigs.isEmpty && section == 0 && pending == nil }
    }

    /// The number at `start`. `structured` accepts a lone ambiguous numeral (壹, 伍) because the
    /// context already says it is a number (after 分之, 又 or a minus sign).
    func readCore(_ text: ScalarText, at start: Int, structured: Bool = false) -> Core? {
        guard !rules.isInsideNonNumberWord(text, at: start) else { return nil }
        var state = State()
        var core = Core(value: 0, end: start)
        var position = start
        var lastEnd = start
        var decimals: Decimal?

        scan: while position < text.count {
            let character = text[position]
            if text.isDigit(position) {
                guard state.pending == nil, decimals == nil, let literal = digits.read(text, at: position),
                    literal.attachedWord == nil, literal.diagnostic == nil
                else { break }
                state.pending = literal.value
                state.pendingIsLiteral = true
                state.sequenceLength = 0
                core.hasDigitLiteral = true
                position = literal.range.upperBound
            } else if let digit = rules.digits[character] {
                guard decimals == nil, !state.pendingIsLiteral else { break }
                if digit == 0, state.pending == nil, !state.isEmpty {
                    state.afterZero = true  // 一千零一: a place holder
                } else if let pending = state.pending, state.sequenceLength > 0 {
                    state.pending = pending * 10 + Decimal(digit)  // 二〇二三, 三八
                    state.sequenceLength += 1
                } else {
                    state.pending = Decimal(digit)
                    state.sequenceLength = 1
                }
                core.numeralCount += 1
                position += 1
            } else if let unitValue = rules.units[character] {
                let unit = Decimal(unitValue)
                guard decimals == nil, state.sequenceLength <= 1 else { return nil }  // 二三十: a range, not a number
                if let lastUnit = state.lastUnit, unit >= lastUnit { break }  // 五十千 is 五十
                if state.pending == nil, unit > 10, !state.isEmpty, !state.afterZero { break }
                if state.pending == nil, state.isEmpty { core.startsWithBareUnit = unit > 10 }
                // 零十 is ten: a zero before a unit is a place holder, not a multiplier.
                let multiplier = state.pending.flatMap { $0 == 0 && !state.pendingIsLiteral ? nil : $0 } ?? 1
                state.section += multiplier * unit
                state.pending = nil
                state.pendingIsLiteral = false
                state.sequenceLength = 0
                state.lastUnit = unit
                state.lastMultiplier = unit
                state.afterZero = false
                core.numeralCount += 1
                position += 1
            } else if let shorthand = rules.tensShorthand[character] {
                guard decimals == nil, state.pending == nil else { break }
                state.section += Decimal(shorthand)
                state.lastUnit = 10
                state.lastMultiplier = 10
                core.numeralCount += 1
                position += 1
            } else if let big = rules.bigs[character] {
                var amount = state.section + (state.pending ?? 0)
                if let fraction = decimals {
                    amount = (state.pending ?? 0) + fraction
                    decimals = nil
                }
                if amount == 0, state.bigs.isEmpty {
                    if state.isEmpty, state.pending == nil {
                        guard core.numeralCount == 0 else { break }
                        if position == start { core.startsWithBareUnit = true }
                        if !isFollowedByFraction(text, after: position + 1) { return nil }
                        state.pending = 1
                        amount = 1
                    } else {
                        break
                    }
                }
                let consecutive = amount == 0
                var lower: Decimal = 0
                state.bigs.removeAll { entry in
                    let merge = entry.scale < big || (consecutive && entry.scale <= big)
                    if merge { lower += entry.amount * entry.scale }
                    return merge
                }
                if state.bigs.contains(where: { $0.scale <= big }) { break }
                state.bigs.append((amount + lower, big))
                state.section = 0
                state.pending = nil
                state.pendingIsLiteral = false
                state.sequenceLength = 0
                state.lastUnit = nil
                state.lastMultiplier = big
                state.afterZero = false
                core.numeralCount += 1
                position += 1
            } else if let approximate = rules.approximate[character] {
                // 十多万, 500余万, 一百零几万: inside the number only when a bigger unit follows.
                let next = text.skipSpaces(from: position + 1)
                if approximate == "about", state.pending == nil, rules.bigs[text[next]] != nil || rules.units[text[next]] != nil {
                    state.pending = 0
                } else if rules.bigs[text[next]] == nil || state.isEmpty {
                    break scan
                }
                core.qualifier = approximate
                position = next
                lastEnd = position
                continue
            } else if rules.points.contains(character), decimals == nil, !state.isEmpty {
                guard let (fraction, after) = chineseDecimals(text, after: position + 1) else { break }
                if state.pendingIsLiteral { break }
                applyAbbreviation(&state)
                state.pending = state.section + (state.pending ?? 0)
                state.section = 0
                decimals = fraction
                position = after
                lastEnd = after
                continue
            } else {
                break
            }
            lastEnd = position
            // Spaces inside a number only when another numeral follows: 八千 三百 八十五 万.
            let next = text.skipSpaces(from: position)
            if next > position, isNumeralElement(text, at: next) { position = next }
        }
        guard lastEnd > start, !state.isEmpty || decimals != nil else { return nil }
        if decimals == nil { applyAbbreviation(&state) }
        var value = state.total
        if let decimals { value = state.bigs.reduce(0) { $0 + $1.amount * $1.scale } + (state.pending ?? 0) + decimals }
        core.value = value
        core.end = lastEnd
        if core.numeralCount == 1, !core.hasDigitLiteral, decimals == nil, !structured, rules.ambiguousAlone.contains(text[start]),
            !isFollowedByStructure(text, after: lastEnd)
        {
            return nil
        }
        if !core.hasDigitLiteral, core.numeralCount > 0, rules.isInsideNonNumberWord(text, at: lastEnd - 1) { return nil }
        guard DecimalMath.checked(value) != nil else { return nil }
        return core
    }

    /// 一万三 = 13,000, 两千三百五 = 2,350: a last lone digit after a unit counts in the next unit down.
    private func applyAbbreviation(_ state: inout State) {
        guard let pending = state.pending, state.sequenceLength == 1, !state.afterZero, !state.pendingIsLiteral,
            let multiplier = state.lastMultiplier, multiplier >= 100
        else { return }
        state.pending = pending * multiplier / 10
    }

    /// 壹打, 壹又…, 五分之…: what follows makes a lone ambiguous numeral a number.
    private func isFollowedByStructure(_ text: ScalarText, after end: Int) -> Bool {
        fractionMarker(text, after: end) != nil || rules.dozen.contains(text[end])
            || rules.mixedFraction.contains(text[text.skipSpaces(from: end)])
    }

    /// What may follow a space inside a number: a numeral, 点, 多/余, or digits glued to a unit (`7万 5千`).
    private func isNumeralElement(_ text: ScalarText, at index: Int) -> Bool {
        let character = text[index]
        if text.isDigit(index) {
            var end = index
            while text.isDigit(end) { end += 1 }
            return rules.units[text[end]] != nil || rules.bigs[text[end]] != nil
        }
        return rules.isNumeral(character) || rules.points.contains(character) || rules.approximate[character] != nil
    }

    private func isFollowedByFraction(_ text: ScalarText, after index: Int) -> Bool {
        fractionMarker(text, after: index) != nil || rules.bigs[text[index]] != nil
            && fractionMarker(text, after: index + 1) != nil
    }

    /// The digits after 点: 点五七九, 点 五, 點零五零 (两 is not a decimal digit: 一点两小时).
    private func chineseDecimals(_ text: ScalarText, after start: Int) -> (Decimal, Int)? {
        var position = text.skipSpaces(from: start)
        var digitsText = ""
        while position < text.count {
            let character = text[position]
            if let digit = rules.digits[character], !rules.notDecimalDigits.contains(character) {
                digitsText += String(digit)
            } else if text.isDigit(position) {
                digitsText += String(UnicodeScalar(UInt8(character)))
            } else {
                break
            }
            position += 1
        }
        guard !digitsText.isEmpty, digitsText.count <= DecimalMath.maxSignificantDigits,
            let value = Decimal(string: "0." + digitsText, locale: nil)
        else { return nil }
        return (value, position)
    }
}
