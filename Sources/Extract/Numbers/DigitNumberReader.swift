import Foundation

/// Reads a number written in digits at one position: group separators (`1,674,200`, `1 234 567`,
/// `1.111,11`), decimals, exponents (`1e10`, `1.1^23`, `6.23x10^-4`), simple fractions (`3/4`, `2 1/4`),
/// and multiplier suffixes from the data (`100k`, `10M`, `5bn`). Dotted runs such as `192.168.1.2` and
/// slashed dates such as `5/17/2018` give their first number only, so the scanner reads the rest apart.
struct DigitNumberReader: Sendable {
    let rules: EnglishNumberRules

    private static let comma: UInt32 = 0x2C, dot: UInt32 = 0x2E, slash: UInt32 = 0x2F, hyphen: UInt32 = 0x2D
    private static let caret: UInt32 = 0x5E, plus: UInt32 = 0x2B

    /// The number starting at `start` (a digit, or `.` before a digit), unsigned.
    func read(_ text: ScalarText, at start: Int) -> NumberMention? {
        var position = start
        var integer: [UInt8] = []
        var fraction: [UInt8] = []
        var hasGrouping = false
        var decimalSeparator = Self.dot

        position = readDigits(text, from: position, into: &integer)
        if let european = europeanGroups(text, integerDigits: integer.count, at: position) {
            // 1.111,11: dots group, the comma is the decimal separator.
            for index in position..<european where text.isDigit(index) { integer.append(UInt8(text[index])) }
            position = european
            hasGrouping = true
            decimalSeparator = Self.comma
        } else {
            position = readGroups(text, integerDigits: integer.count, from: position, into: &integer, grouped: &hasGrouping)
        }
        // The 168 of 192.168.1.2 continues a dotted list: no decimals.
        let continuesList = text[start - 1] == Self.dot && text.isDigit(start - 2)
        if text[position] == decimalSeparator, text.isDigit(position + 1), !continuesList, !isDottedList(text, at: position) {
            position = readDigits(text, from: position + 1, into: &fraction)
        } else if decimalSeparator == Self.dot, !hasGrouping, isDecimalComma(text, integerDigits: integer.count, at: position, start: start) {
            position = readDigits(text, from: position + 1, into: &fraction)
        }
        guard !integer.isEmpty || !fraction.isEmpty else { return nil }
        guard var value = DecimalMath.fromDigits(integer, fraction: fraction) else {
            return tooLong(text, start: start, from: position)
        }
        var isInteger = fraction.isEmpty
        var end = position

        if let (scaled, after) = exponent(text, mantissa: value, at: end) {
            guard let scaled else { return tooLong(text, start: start, from: after) }
            value = scaled
            end = after
            isInteger = value == value.rounded(0)
        } else if isInteger, !hasGrouping, let (fractionValue, after) = slashFraction(text, numerator: value, at: end, start: start) {
            value = fractionValue
            end = after
            isInteger = false
        } else if isInteger, let (mixed, after) = mixedFraction(text, whole: value, at: end) {
            value = mixed
            end = after
            isInteger = false
        }

        var attached: Range<Int>?
        if text.isLetter(end) {
            let wordEnd = text.wordEnd(from: end)
            if let multiplier = rules.attachedMultipliers[text.string(end..<wordEnd)] {
                guard let scaled = DecimalMath.multiply(value, multiplier) else { return tooLong(text, start: start, from: wordEnd) }
                value = scaled
                end = wordEnd
                isInteger = value == value.rounded(0)
            } else {
                attached = end..<wordEnd
            }
        } else if text[end] == 0x20, case let letter = text.skipSpaces(from: end, limit: 2), text.isLetter(letter) {
            let wordEnd = text.wordEnd(from: letter)
            if !text.isLetter(wordEnd), let multiplier = rules.spacedMultipliers[text.string(letter..<wordEnd)],
                let scaled = DecimalMath.multiply(value, multiplier)
            {
                value = scaled
                end = wordEnd
                isInteger = value == value.rounded(0)
            }
        }

        var mention = NumberMention(value: value, range: start..<end, script: .digits, isInteger: isInteger)
        mention.hasGrouping = hasGrouping
        mention.plainDigitCount = (!hasGrouping && fraction.isEmpty && end == position) ? integer.count : 0
        mention.attachedWord = attached
        return mention
    }

    private func tooLong(_ text: ScalarText, start: Int, from position: Int) -> NumberMention {
        var end = position
        while end < text.count, text.isDigit(end) || text[end] == Self.comma || text[end] == Self.dot { end += 1 }
        var mention = NumberMention(value: 0, range: start..<end, script: .digits, isInteger: true)
        mention.diagnostic = "number too large or too precise to hold exactly"
        return mention
    }

    private func readDigits(_ text: ScalarText, from start: Int, into digits: inout [UInt8]) -> Int {
        var position = start
        while text.isDigit(position) {
            digits.append(UInt8(text[position]))
            position += 1
        }
        return position
    }

    /// `,ddd` groups, or space-separated `ddd` groups (thin spaces always; ASCII spaces only when at
    /// least two groups follow, so `in 2 100-metre races` stays two numbers).
    private func readGroups(_ text: ScalarText, integerDigits: Int, from start: Int, into digits: inout [UInt8], grouped: inout Bool) -> Int {
        guard integerDigits >= 1 else { return start }
        var position = start
        if text[position] == Self.comma, integerDigits <= 3, isGroup(text, at: position + 1) {
            while text[position] == Self.comma, isGroup(text, at: position + 1) {
                position = readDigits(text, from: position + 1, into: &digits)
                grouped = true
            }
            return position
        }
        guard integerDigits <= 3, text[position] == 0x20, isGroup(text, at: position + 1) else { return position }
        let thin = text.original[position].value != 0x20
        var groups = 0
        var probe = position
        while text[probe] == 0x20, text.original[probe].value == text.original[position].value, isGroup(text, at: probe + 1) {
            groups += 1
            probe += 4
        }
        guard thin || groups >= 2 else { return position }
        while position < probe {
            position = readDigits(text, from: position + 1, into: &digits)
        }
        grouped = true
        return position
    }

    /// Exactly three digits at `index`, not followed by a fourth.
    private func isGroup(_ text: ScalarText, at index: Int) -> Bool {
        text.isDigit(index) && text.isDigit(index + 1) && text.isDigit(index + 2) && !text.isDigit(index + 3)
    }

    /// `(.ddd)+,d+` after up to three digits: the end of the grouped part, else nil.
    private func europeanGroups(_ text: ScalarText, integerDigits: Int, at start: Int) -> Int? {
        guard integerDigits >= 1, integerDigits <= 3, text[start] == Self.dot else { return nil }
        var position = start
        while text[position] == Self.dot, isGroup(text, at: position + 1) { position += 4 }
        guard position > start, text[position] == Self.comma, text.isDigit(position + 1) else { return nil }
        return position
    }

    /// `1.2.3`: a dot followed by digits and another dot and digit is a list, not a decimal.
    private func isDottedList(_ text: ScalarText, at dot: Int) -> Bool {
        var position = dot + 1
        while text.isDigit(position) { position += 1 }
        return text[position] == Self.dot && text.isDigit(position + 1)
    }

    /// `1,3`: a lone comma before one or two digits, in a short number that is not part of a list.
    private func isDecimalComma(_ text: ScalarText, integerDigits: Int, at position: Int, start: Int) -> Bool {
        guard integerDigits <= 3, text[position] == Self.comma, text.isDigit(position + 1) else { return false }
        var end = position + 1
        while text.isDigit(end) { end += 1 }
        guard end - position - 1 <= 2 else { return false }
        if text[end] == Self.comma, text.isDigit(end + 1) { return false }
        if text[start - 1] == Self.comma, text.isDigit(start - 2) { return false }
        return true
    }

    /// `e10`, `e+14`, `^23`, `^-1`, `x10^6`: the scaled value (nil when out of range) and the end.
    private func exponent(_ text: ScalarText, mantissa: Decimal, at start: Int) -> (Decimal?, Int)? {
        var position = start
        var base: Decimal = 10
        var multiplyMantissa = true
        if text[position] == 0x65 {  // e
            position += 1
        } else if text[position] == Self.caret {
            base = mantissa
            multiplyMantissa = false
            position += 1
        } else if text[position] == 0x78, text[position + 1] == 0x31, text[position + 2] == 0x30, text[position + 3] == Self.caret {
            position += 4  // x10^
        } else {
            return nil
        }
        var negative = false
        while text[position] == Self.hyphen || text[position] == Self.plus {
            if text[position] == Self.hyphen { negative.toggle() }
            position += 1
        }
        var digits: [UInt8] = []
        let end = readDigits(text, from: position, into: &digits)
        guard !digits.isEmpty, !text.isLetter(end) else { return nil }
        guard digits.count <= 4, let magnitude = Int(String(decoding: digits, as: UTF8.self)) else { return (nil, end) }
        let exponent = negative ? -magnitude : magnitude
        if multiplyMantissa {
            guard let scale = DecimalMath.tenTo(exponent) else { return (nil, end) }
            return (DecimalMath.multiply(mantissa, scale), end)
        }
        return (DecimalMath.power(of: base, exponent), end)
    }

    /// `3/4`, but not `5/17/2018` nor the `17` or `2018` of it, nor a phone number's `2222/2222`.
    private func slashFraction(_ text: ScalarText, numerator: Decimal, at position: Int, start: Int) -> (Decimal, Int)? {
        guard text[position] == Self.slash, text.isDigit(position + 1) else { return nil }
        if (text[start - 1] == Self.slash || text[start - 1] == Self.hyphen), text.isDigit(start - 2) { return nil }
        var digits: [UInt8] = []
        let end = readDigits(text, from: position + 1, into: &digits)
        if text[end] == Self.slash || text.isLetter(end) { return nil }
        guard let denominator = DecimalMath.fromDigits(digits), let value = DecimalMath.divide(numerator, denominator) else { return nil }
        return (value, end)
    }

    /// `2 1/4` or `2  1/4`.
    private func mixedFraction(_ text: ScalarText, whole: Decimal, at position: Int) -> (Decimal, Int)? {
        guard text[position] == 0x20 else { return nil }
        let start = text.skipSpaces(from: position)
        guard text.isDigit(start) else { return nil }
        var numerator: [UInt8] = []
        let slash = readDigits(text, from: start, into: &numerator)
        guard text[slash] == Self.slash, text.isDigit(slash + 1) else { return nil }
        var denominator: [UInt8] = []
        let end = readDigits(text, from: slash + 1, into: &denominator)
        guard text[end] != Self.slash, !text.isLetter(end),
            let top = DecimalMath.fromDigits(numerator), let bottom = DecimalMath.fromDigits(denominator),
            let fraction = DecimalMath.divide(top, bottom)
        else { return nil }
        return (whole + fraction, end)
    }
}
