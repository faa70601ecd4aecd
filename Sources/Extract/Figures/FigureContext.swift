import Foundation

/// One text being read for figures: the folded text, its numbers, and the rules for the language
/// around each number (Chinese rules next to Han characters, English rules elsewhere).
final class FigureContext {
    let text: ScalarText
    let pack: LanguagePack
    let mentions: [NumberMention]
    let lang: String?

    init(text: ScalarText, pack: LanguagePack, mentions: [NumberMention], lang: String?) {
        self.text = text
        self.pack = pack
        self.mentions = mentions
        self.lang = lang
    }

    /// `¥` means yuan here: Chinese text, or English text that talks about yuan / RMB. Computed only
    /// when a `¥` is met, since it reads the whole text.
    var yenSignIsYuan: Bool {
        if lang?.hasPrefix("zh") == true { return true }
        return pack.currencySigns.yenSignContext.contains { word in Self.contains(text, word) }
            || (lang == nil && text.folded.contains(where: ScalarText.isHan))
    }

    private static func contains(_ text: ScalarText, _ word: [UInt32]) -> Bool {
        guard let first = word.first, text.count >= word.count else { return false }
        var index = 0
        while index + word.count <= text.count {
            if text.folded[index] == first, text.matches(word, at: index) { return true }
            index += 1
        }
        return false
    }

    /// Chinese rules when Han characters touch the number or it is written in Chinese numerals.
    func isChinese(_ mention: NumberMention) -> Bool {
        if mention.script == .chinese { return true }
        let after = text.skipSpaces(from: mention.range.upperBound)
        let before = text.previousNonSpace(before: mention.range.lowerBound)
        return text.isHan(after) || text.isHan(before) || text[after] == 0x3001 || text[after] == 0xFF0C
    }

    func rules(for mention: NumberMention) -> FigureRules {
        isChinese(mention) ? pack.chineseFigures : pack.englishFigures
    }
}

/// What one number turned out to be.
struct FigureReading {
    var kind: String
    var value: Decimal?
    var range: Range<Int>
    var currency: String?
    var unit: String?
    var qualifier: String?
    var entity: String?
    /// How many number mentions the figure used (`13 dollars and 45 cents` uses two).
    var mentionsUsed = 1
}
