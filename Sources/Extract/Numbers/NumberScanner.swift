import Foundation

/// Finds every number in a text, left to right, without overlaps: digits, English words, Chinese
/// numerals and their mixtures. This is the layer the figure extractor builds on, and what
/// `ingest-cli figures --numbers` prints.
struct NumberScanner: Sendable {
    let english: EnglishNumberReader
    let chinese: ChineseNumberReader
    let digits: DigitNumberReader
    let chineseRules: ChineseNumberRules
    let englishRules: EnglishNumberRules
    /// Characters other than ASCII digits and letters that can start a number (numerals, signs,
    /// vulgar fractions): every other character is passed over without a lookup.
    let otherStarts: ScalarBits

    init(pack: LanguagePack) {
        digits = DigitNumberReader(rules: pack.englishNumbers)
        english = EnglishNumberReader(rules: pack.englishNumbers, digits: digits)
        chinese = ChineseNumberReader(rules: pack.chineseNumbers, digits: digits)
        chineseRules = pack.chineseNumbers
        englishRules = pack.englishNumbers
        var starts = Set(pack.englishNumbers.vulgarFractions.keys).union(pack.chineseNumbers.signs)
        for table in [pack.chineseNumbers.digits.keys, pack.chineseNumbers.units.keys, pack.chineseNumbers.tensShorthand.keys] { starts.formUnion(table) }
        starts.formUnion(pack.chineseNumbers.bigs.keys)
        otherStarts = ScalarBits(starts)
    }

    func scan(_ text: ScalarText) -> [NumberMention] {
        var mentions: [NumberMention] = []
        var index = 0
        while index < text.count {
            let character = text[index]
            if ScalarText.isDigit(character) || (character == 0x2E && text.isDigit(index + 1) && !text.isDigit(index - 1) && text[index - 1] != 0x2E) {
                if text.isLetter(index - 1) {
                    // A202107…, usd115: glued to letters; money reads codes itself.
                    var mention = readAtDigit(text, at: index)  // RMB8.6 billion
                    mention?.followsLetters = true
                    if let mention { mentions.append(mention) }
                    index = max(index + 1, mention?.range.upperBound ?? index + 1)
                    continue
                }
                guard var mention = readAtDigit(text, at: index) else {
                    index += 1
                    continue
                }
                applySign(text, to: &mention)
                mentions.append(mention)
                index = max(index + 1, mention.range.upperBound)
            } else if ScalarText.isLetter(character) {
                if let urlEnd = urlEnd(text, at: index) {
                    index = urlEnd  // numbers inside links are not figures
                    continue
                }
                let end = text.wordEnd(from: index)
                if !text.isLetter(index - 1), englishRules.word(in: text, at: index) != nil, let mention = english.read(text, at: index) {
                    mentions.append(mention)
                    index = max(index + 1, mention.range.upperBound)
                } else {
                    index = end
                }
            } else if !otherStarts.contains(character) {
                index += 1
            } else if let fraction = englishRules.vulgarFractions[character] {
                mentions.append(NumberMention(value: fraction, range: index..<(index + 1), script: .digits, isInteger: false))
                index += 1
            } else if chineseRules.isNumeral(character) || chineseRules.signs.contains(character) {
                if let mention = chinese.read(text, at: index), mention.range.upperBound > index {
                    mentions.append(mention)
                    index = mention.range.upperBound
                } else {
                    index = skipNumeralRun(text, from: index)
                }
            } else {
                index += 1
            }
        }
        return mentions
    }

    /// At a digit: a Chinese mixture (`810亿`, `5千万`), an English phrase (`2 million`), or the digits alone.
    private func readAtDigit(_ text: ScalarText, at index: Int) -> NumberMention? {
        guard let literal = digits.read(text, at: index) else { return nil }
        let next = text.skipSpaces(from: literal.range.upperBound, limit: 1)
        let following = text[next]
        if literal.attachedWord == nil || following == text[literal.range.upperBound],
            chineseRules.units[following] != nil || chineseRules.bigs[following] != nil || chineseRules.approximate[following] != nil
                || following == chineseRules.fraction.first || chineseRules.dozen.contains(following)
                || chineseRules.mixedFraction.contains(following),
            let mixed = chinese.read(text, at: index), mixed.range.upperBound > literal.range.upperBound
        {
            return mixed
        }
        if literal.attachedWord == nil, let phrase = english.read(text, at: index), phrase.range.upperBound > literal.range.upperBound {
            return phrase
        }
        return literal
    }

    /// `-9.23`, `- 10 k`, `−5`: a minus that is not a hyphen between words or numbers (`SCP-173`, `25-30`).
    private func applySign(_ text: ScalarText, to mention: inout NumberMention) {
        let start = mention.range.lowerBound
        var sign = start - 1
        if text[sign] == 0x20, text[sign - 1] == 0x2D, sign - 1 == 0 || text.isSpace(sign - 2) { sign -= 1 }
        guard sign >= 0, text[sign] == 0x2D else { return }
        let before = text[sign - 1]
        guard !ScalarText.isLetter(before), !ScalarText.isDigit(before), before != 0x2D, before != 0x2F, before != 0x2E else { return }
        if sign < start - 1, text.previousNonSpace(before: sign) >= 0, text.isDigit(text.previousNonSpace(before: sign)) { return }
        mention.value = -mention.value
        mention.range = sign..<mention.range.upperBound
    }

    private static let http = ScalarText.folded("http"), www = ScalarText.folded("www.")

    /// Where a link starting at `index` (`http://…`, `www.…`) ends.
    private func urlEnd(_ text: ScalarText, at index: Int) -> Int? {
        guard !text.isLetter(index - 1), text.matches(Self.http, at: index) || text.matches(Self.www, at: index) else { return nil }
        let scheme = text.wordEnd(from: index)
        guard text.matches(Self.www, at: index) || (text[scheme] == 0x3A && text[scheme + 1] == 0x2F) else { return nil }
        var end = index
        while end < text.count, !text.isSpace(end), !text.isHan(end) { end += 1 }
        return end
    }

    private func skipNumeralRun(_ text: ScalarText, from start: Int) -> Int {
        var index = start + 1
        while index < text.count, chineseRules.isNumeral(text[index]) { index += 1 }
        return index
    }
}
