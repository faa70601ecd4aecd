import Foundation

/// Reads an English number phrase at one position, in words, digits or both: `one hundred and six`,
/// `twenty-one trillion and three hundred`, `3 hundred and 21`, `1,674.5 million`, `half a dozen`,
/// `two thirds`, `one and a half`, `two hundred point zero three`, `1 over twenty-one`, `minus five`.
/// Groups must shrink from left to right (`3 hundred and 2 hundred` is two numbers).
struct EnglishNumberReader: Sendable {
    let rules: EnglishNumberRules
    let digits: DigitNumberReader

    private typealias Word = EnglishNumberRules.Word

    /// One group below the next scale word: `three hundred and two`, `322 hundred`, `fifty-two`.
    private struct Group {
        var value: Decimal
        var end: Int
        /// The part after `hundred` (for `two hundred and two dozens`).
        var tail: Decimal = 0
        var isLiteral = false
        var isHalf = false
        var wordCount = 1
    }

    /// A whole integer part: groups joined by scale words.
    private struct Phrase {
        var value: Decimal
        var end: Int
        var lastScale: Decimal?
        var isLiteralOnly: Bool
        var wordCount: Int
    }

    func read(_ text: ScalarText, at start: Int) -> NumberMention? {
        var position = start
        var negative = false
        if let (word, end) = rules.word(in: text, at: start), word.isSign {
            negative = true
            position = text.skipSpaces(from: end)
        }
        var phrase: Phrase
        if let (article, end) = rules.word(in: text, at: position), article.isArticle, let denominator = denominator(text, after: end) {
            // a third, a twenty-first
            guard let value = DecimalMath.divide(1, denominator.value) else { return nil }
            return mention(value, start: start, end: denominator.end, negative: negative, words: true)
        } else if let parsed = readPhrase(text, at: position) {
            phrase = parsed
        } else {
            return nil
        }
        if phrase.wordCount == 1, !phrase.isLiteralOnly, isPronounOne(text, at: position) { return nil }
        var value = phrase.value
        var end = phrase.end
        var isInteger = value == value.rounded(0)

        if !phrase.isLiteralOnly, let denominator = denominator(text, after: end) {
            guard var divided = DecimalMath.divide(value, denominator.value) else { return nil }
            end = denominator.end
            if let (scaleWord, _, scaleEnd) = nextWord(text, after: end), let scale = scaleWord.scale {
                divided *= scale  // three quarters billion
                end = scaleEnd
            }
            value = divided
            isInteger = value == value.rounded(0)
        } else if let (fraction, after) = andFraction(text, after: end, lastScale: phrase.lastScale) {
            value += fraction
            end = after
            isInteger = value == value.rounded(0)
        } else if !phrase.isLiteralOnly, let (decimals, after) = pointDigits(text, after: end) {
            value += decimals
            end = after
            isInteger = false
        } else if isInteger, let (ratio, after) = fractionLink(text, numerator: value, after: end) {
            value = ratio
            end = after
            isInteger = false
        }
        if phrase.isLiteralOnly, end == phrase.end, !negative { return nil }  // the digit reader alone does better
        var result = mention(value, start: start, end: end, negative: negative, words: !phrase.isLiteralOnly)
        result.isInteger = isInteger
        return result
    }

    private func mention(_ value: Decimal, start: Int, end: Int, negative: Bool, words: Bool) -> NumberMention {
        NumberMention(value: negative ? -value : value, range: start..<end, script: words ? .words : .digits,
                      isInteger: value == value.rounded(0))
    }

    /// `this one`, `that one`: a pronoun, not a number.
    private func isPronounOne(_ text: ScalarText, at position: Int) -> Bool {
        guard let (word, _) = rules.word(in: text, at: position), word.unit == 1 else { return false }
        let previousEnd = text.previousNonSpace(before: position) + 1
        let previousStart = text.wordStart(before: previousEnd)
        guard previousStart < previousEnd, let (previous, _) = rules.word(in: text, at: previousStart) else { return false }
        return previous.beforeOneMeansPronoun
    }

    // MARK: Integer part

    private func readPhrase(_ text: ScalarText, at start: Int) -> Phrase? {
        guard let first = readGroup(text, at: start) else { return nil }
        var total: Decimal = 0
        var current = first.value
        var tail = first.tail
        var end = first.end
        var lastScale: Decimal?
        var wordCount = first.wordCount
        var isLiteralOnly = first.isLiteral
        while let (word, wordStart, wordEnd) = nextWord(text, after: end) {
            if let scale = word.scale, lastScale.map({ scale < $0 }) ?? true, wordStart - end <= 3 {
                guard let scaled = DecimalMath.multiply(current, scale) else { return nil }
                total += scaled
                current = 0
                tail = 0
                lastScale = scale
                end = wordEnd
                wordCount += 1
                isLiteralOnly = false
                if let next = groupAfterScale(text, after: end, below: scale) {
                    current = next.value
                    tail = next.tail
                    end = next.end
                    wordCount += next.wordCount
                }
            } else if word.isDozen, wordStart - end <= 3, current > 0 {
                current = tail > 0 ? current - tail + tail * 12 : current * 12
                tail = 0
                end = wordEnd
                wordCount += 1
                isLiteralOnly = false
            } else {
                break
            }
        }
        return Phrase(value: total + current, end: end, lastScale: current == 0 ? lastScale : nil,
                      isLiteralOnly: isLiteralOnly, wordCount: wordCount)
    }

    /// After `thousand`: an optional `and` and a smaller group, unless that group starts a fraction.
    private func groupAfterScale(_ text: ScalarText, after end: Int, below scale: Decimal) -> Group? {
        var position = text.skipSpaces(from: end)
        var sawAnd = false
        if let (word, wordEnd) = rules.word(in: text, at: position), word.isAnd {
            sawAnd = true
            position = text.skipSpaces(from: wordEnd)
        }
        guard position > end, let group = readGroup(text, at: position), group.value < scale, !group.isHalf else { return nil }
        if sawAnd, group.value == 0 { return nil }
        if sawAnd, let denominator = denominator(text, after: group.end), group.value < denominator.value { return nil }
        return group
    }

    private func readGroup(_ text: ScalarText, at start: Int) -> Group? {
        var group: Group
        if text.isDigit(start) {
            guard let literal = digits.read(text, at: start), literal.attachedWord == nil, literal.diagnostic == nil else { return nil }
            group = Group(value: literal.value, end: literal.range.upperBound, isLiteral: true)
        } else if let (word, end) = rules.word(in: text, at: start) {
            if word.isArticle {
                guard let (next, _, _) = nextWord(text, after: end), next.isHundred || next.scale != nil || next.isDozen else { return nil }
                group = Group(value: 1, end: end)
            } else if word.isHalf {
                group = Group(value: Decimal(string: "0.5") ?? 0, end: end, isHalf: true)
                if let (article, _, articleEnd) = nextWord(text, after: end), article.isArticle,
                    let (dozen, _, dozenEnd) = nextWord(text, after: articleEnd), dozen.isDozen
                {
                    return Group(value: 6, end: dozenEnd, wordCount: 3)
                }
                return group
            } else if let tens = word.tens {
                group = Group(value: Decimal(tens), end: end)
                if let (unit, unitEnd) = unitAfterTens(text, after: end) {
                    group.value += Decimal(unit)
                    group.end = unitEnd
                    group.wordCount = 2
                }
            } else if let unit = word.unit {
                group = Group(value: Decimal(unit), end: end)
            } else if word.isHundred, let (next, _, _) = nextWord(text, after: end), next.scale != nil {
                return Group(value: 100, end: end)  // hundred thousand dollars
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard let (word, wordStart, wordEnd) = nextWord(text, after: group.end), word.isHundred, wordStart - group.end <= 3,
            group.value > 0, group.value < 1000 || group.isLiteral
        else { return group }
        group.value *= 100
        group.end = wordEnd
        group.wordCount += 1
        group.isLiteral = false
        if let tail = tailAfterHundred(text, after: wordEnd) {
            group.value += tail.value
            group.tail = tail.value
            group.end = tail.end
            group.wordCount += tail.wordCount
        }
        return group
    }

    /// `and six`, `sixty-one`, `and 21` after `hundred`.
    private func tailAfterHundred(_ text: ScalarText, after end: Int) -> Group? {
        var position = text.skipSpaces(from: end)
        var sawAnd = false
        if let (word, wordEnd) = rules.word(in: text, at: position), word.isAnd {
            sawAnd = true
            position = text.skipSpaces(from: wordEnd)
        }
        guard position > end else { return nil }
        var tail: Group
        if text.isDigit(position) {
            guard sawAnd, let literal = digits.read(text, at: position), literal.attachedWord == nil, literal.isInteger,
                literal.value > 0, literal.value < 100
            else { return nil }
            tail = Group(value: literal.value, end: literal.range.upperBound, isLiteral: true)
        } else if let (word, wordEnd) = rules.word(in: text, at: position) {
            if let tens = word.tens {
                tail = Group(value: Decimal(tens), end: wordEnd)
                if let (unit, unitEnd) = unitAfterTens(text, after: wordEnd) {
                    tail.value += Decimal(unit)
                    tail.end = unitEnd
                    tail.wordCount = 2
                } else if !sawAnd, denominator(text, after: wordEnd) != nil || compoundDenominator(text, tensEnd: wordEnd) != nil {
                    return nil  // one hundred thirty fifths = 100/35
                }
            } else if let unit = word.unit, unit > 0 {
                tail = Group(value: Decimal(unit), end: wordEnd)
            } else {
                return nil
            }
        } else {
            return nil
        }
        if let (next, _, _) = nextWord(text, after: tail.end), next.isHundred { return nil }
        if sawAnd, let denominator = denominator(text, after: tail.end), tail.value < denominator.value { return nil }
        tail.wordCount += sawAnd ? 1 : 0
        return tail
    }

    /// The unit word in `fifty-two`, `fifty - two`, `fifty two`.
    private func unitAfterTens(_ text: ScalarText, after end: Int) -> (Int, Int)? {
        var position = text.skipSpaces(from: end)
        if text[position] == 0x2D { position = text.skipSpaces(from: position + 1) }
        guard position > end, let (word, wordEnd) = rules.word(in: text, at: position), let unit = word.unit, unit >= 1, unit <= 9
        else { return nil }
        return (unit, wordEnd)
    }

    /// The next number word after `end` (spaces or one hyphen between).
    private func nextWord(_ text: ScalarText, after end: Int) -> (Word, Int, Int)? {
        var position = text.skipSpaces(from: end)
        if text[position] == 0x2D { position = text.skipSpaces(from: position + 1) }
        guard position > end, let (word, wordEnd) = rules.word(in: text, at: position) else { return nil }
        return (word, position, wordEnd)
    }

    // MARK: Fractions and decimals

    /// `thirds`, `twenty-firsts`, `hundred-fifths` after a numerator.
    private func denominator(_ text: ScalarText, after end: Int) -> (value: Decimal, end: Int)? {
        guard let (word, _, wordEnd) = nextWord(text, after: end) else { return nil }
        if let value = word.denominator { return (value, wordEnd) }
        if let tens = word.tens, let (unit, unitEnd) = compoundDenominator(text, tensEnd: wordEnd) {
            return (Decimal(tens + unit), unitEnd)
        }
        if word.isHundred, let (next, _, nextEnd) = nextWord(text, after: wordEnd), let value = next.denominator, value < 100 {
            return (100 * value, nextEnd)  // hundred-fifths
        }
        return nil
    }

    /// `-first`, `-fifth` after a tens word: the ordinal unit and its end.
    private func compoundDenominator(_ text: ScalarText, tensEnd: Int) -> (Int, Int)? {
        guard let (word, _, wordEnd) = nextWord(text, after: tensEnd) else { return nil }
        if let ordinal = word.compoundOrdinal { return (ordinal, wordEnd) }
        if let value = word.denominator, value < 10, let unit = Int("\(value)") { return (unit, wordEnd) }
        return nil
    }

    /// `and a half`, `and three quarters`, `and two thirds million`: the amount to add and the end.
    private func andFraction(_ text: ScalarText, after end: Int, lastScale: Decimal?) -> (Decimal, Int)? {
        guard let (and, _, andEnd) = nextWord(text, after: end), and.isAnd,
            let (first, _, firstEnd) = nextWord(text, after: andEnd)
        else { return nil }
        var numerator: Decimal
        var numeratorEnd = firstEnd
        if first.isArticle {
            numerator = 1
        } else if let tens = first.tens {
            numerator = Decimal(tens)
            if let (unit, unitEnd) = unitAfterTens(text, after: firstEnd) {
                numerator += Decimal(unit)
                numeratorEnd = unitEnd
            }
        } else if let unit = first.unit, unit > 0 {
            numerator = Decimal(unit)
        } else {
            return nil
        }
        guard let denominator = denominator(text, after: numeratorEnd), numerator < denominator.value,
            var fraction = DecimalMath.divide(numerator, denominator.value)
        else { return nil }
        var after = denominator.end
        if let (scaleWord, _, scaleEnd) = nextWord(text, after: after), let scale = scaleWord.scale {
            fraction *= scale
            after = scaleEnd
        } else if let lastScale {
            fraction *= lastScale
        }
        return (fraction, after)
    }

    /// `point zero three`, `point seventy-one`.
    private func pointDigits(_ text: ScalarText, after end: Int) -> (Decimal, Int)? {
        guard let (point, _, pointEnd) = nextWord(text, after: end), point.isPoint else { return nil }
        var digitsText = ""
        var position = pointEnd
        while let (word, _, wordEnd) = nextWord(text, after: position) {
            if let unit = word.unit, unit <= 9 {
                digitsText += String(unit)
                position = wordEnd
            } else if let tens = word.tens {
                var value = tens
                position = wordEnd
                if let (unit, unitEnd) = unitAfterTens(text, after: wordEnd) {
                    value += unit
                    position = unitEnd
                }
                digitsText += String(value)
            } else {
                break
            }
        }
        guard !digitsText.isEmpty, digitsText.count <= DecimalMath.maxSignificantDigits,
            let value = Decimal(string: "0." + digitsText, locale: nil)
        else { return nil }
        return (value, position)
    }

    /// `1 over twenty-one`, `two out of five hundred`: a proper fraction only (`12 out of 10` is two numbers).
    private func fractionLink(_ text: ScalarText, numerator: Decimal, after end: Int) -> (Decimal, Int)? {
        let position = text.skipSpaces(from: end)
        guard position > end, let (linkEnd, _) = rules.fractionLinks.match(in: text, at: position) else { return nil }
        let start = text.skipSpaces(from: linkEnd)
        guard start > linkEnd, let phrase = readPhrase(text, at: start), phrase.value > numerator,
            phrase.value == phrase.value.rounded(0), let value = DecimalMath.divide(numerator, phrase.value)
        else { return nil }
        return (value, phrase.end)
    }
}

extension Decimal {
    /// Rounded to `scale` decimal places, half away from zero.
    func rounded(_ scale: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, scale, .plain)
        return result
    }
}
