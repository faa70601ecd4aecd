import Foundation

/// Everything the extractors know about languages, loaded once from `Resources/` and immutable
/// afterwards. A new language is a folder of data files; code changes only for a new mechanism.
struct LanguagePack: Sendable {
    let englishNumbers: EnglishNumberRules
    let chineseNumbers: ChineseNumberRules
    let englishFigures: FigureRules
    let chineseFigures: FigureRules
    let currencySigns: CurrencySigns
    let englishDates: EnglishDateRules
    let chineseDates: ChineseDateRules

    /// The bundled pack; nil only when the package's resources are missing or malformed.
    static let bundled: LanguagePack? = try? LanguagePack(resources: Bundle.module)

    init(resources bundle: Bundle) throws {
        englishNumbers = EnglishNumberRules(try Self.load("en/numbers", from: bundle))
        chineseNumbers = ChineseNumberRules(try Self.load("zh/numbers", from: bundle))
        englishFigures = FigureRules(try Self.load("en/figures", from: bundle))
        chineseFigures = FigureRules(try Self.load("zh/figures", from: bundle))
        currencySigns = CurrencySigns(try Self.load("currencies", from: bundle))
        englishDates = EnglishDateRules(try Self.load("en/dates", from: bundle))
        chineseDates = ChineseDateRules(try Self.load("zh/dates", from: bundle))
    }

    private static func load<T: Decodable>(_ name: String, from bundle: Bundle) throws -> T {
        guard let url = bundle.url(forResource: "Resources/\(name)", withExtension: "json")
            ?? bundle.url(forResource: name, withExtension: "json")
        else { throw CocoaError(.fileNoSuchFile) }
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// An exact decimal from a data file: `"1000"`, `"0.01"` or a fraction `"1/3"`.
func decimalFromData(_ string: String) -> Decimal? {
    let parts = string.split(separator: "/")
    if parts.count == 2, let numerator = Decimal(string: String(parts[0]), locale: nil),
        let denominator = Decimal(string: String(parts[1]), locale: nil), denominator != 0
    {
        return numerator / denominator
    }
    return Decimal(string: string, locale: nil)
}

/// A single scalar from a one-character data string.
private func scalar(_ string: String) -> UInt32? {
    let scalars = string.unicodeScalars
    return scalars.count == 1 ? scalars.first.map { ScalarText.fold($0.value) } : nil
}

/// English number words (`Resources/en/numbers.json`).
struct EnglishNumberRules: Sendable {
    /// What one word can do in a number; a word may have several roles (`half`).
    struct Word: Sendable {
        var unit: Int?
        var tens: Int?
        var isHundred = false
        var scale: Decimal?
        var isDozen = false
        var isHalf = false
        var isArticle = false
        var denominator: Decimal?
        var compoundOrdinal: Int?
        var isSign = false
        var isPoint = false
        var isAnd = false
        var beforeOneMeansPronoun = false
    }

    struct File: Decodable {
        var units: [String: Int]
        var tens: [String: Int]
        var hundred: [String]
        var scales: [String: String]
        var dozens: [String]
        var half: [String]
        var article: [String]
        var denominators: [String: Int]
        var compoundOrdinals: [String: Int]
        var signs: [String]
        var point: [String]
        var and: [String]
        var fractionLinks: [[String]]
        var pronounOne: [String]
        var attachedMultipliers: [String: String]
        var spacedMultipliers: [String: String]
        var vulgarFractions: [String: String]
    }

    let words: [UInt64: Word]
    let fractionLinks: PhraseTable<Bool>
    /// Case-sensitive letters attached to digits that multiply them (`10M`, `5bn`).
    let attachedMultipliers: [String: Decimal]
    /// Case-sensitive letters after a space that multiply (`2.33 k`).
    let spacedMultipliers: [String: Decimal]
    let vulgarFractions: [UInt32: Decimal]

    init(_ file: File) {
        var words: [UInt64: Word] = [:]
        func edit(_ word: String, _ change: (inout Word) -> Void) {
            guard let key = Self.key(ScalarText.folded(word)) else { return }
            var entry = words[key] ?? Word()
            change(&entry)
            words[key] = entry
        }
        for (word, value) in file.units { edit(word) { $0.unit = value } }
        for (word, value) in file.tens { edit(word) { $0.tens = value } }
        for word in file.hundred { edit(word) { $0.isHundred = true } }
        for (word, value) in file.scales { edit(word) { $0.scale = decimalFromData(value) } }
        for word in file.dozens { edit(word) { $0.isDozen = true } }
        for word in file.half { edit(word) { $0.isHalf = true } }
        for word in file.article { edit(word) { $0.isArticle = true } }
        for (word, value) in file.denominators { edit(word) { $0.denominator = Decimal(value) } }
        for (word, value) in file.compoundOrdinals { edit(word) { $0.compoundOrdinal = value } }
        for word in file.signs { edit(word) { $0.isSign = true } }
        for word in file.point { edit(word) { $0.isPoint = true } }
        for word in file.and { edit(word) { $0.isAnd = true } }
        for word in file.pronounOne { edit(word) { $0.beforeOneMeansPronoun = true } }
        self.words = words
        fractionLinks = PhraseTable(file.fractionLinks.map { ($0.joined(separator: " "), true) })
        attachedMultipliers = file.attachedMultipliers.compactMapValues(decimalFromData)
        spacedMultipliers = file.spacedMultipliers.compactMapValues(decimalFromData)
        var vulgar: [UInt32: Decimal] = [:]
        for (character, value) in file.vulgarFractions {
            if let code = scalar(character), let number = decimalFromData(value) { vulgar[code] = number }
        }
        vulgarFractions = vulgar
    }

    /// A word's lookup key: its lower-case letters packed base 27 (words of up to 13 letters).
    static func key<C: Collection>(_ letters: C) -> UInt64? where C.Element == UInt32 {
        guard !letters.isEmpty, letters.count <= 13 else { return nil }
        var key: UInt64 = 0
        for letter in letters {
            guard (0x61...0x7A).contains(letter) else { return nil }
            key = key &* 27 &+ UInt64(letter - 0x60)
        }
        return key
    }

    /// The word starting at `index` in `text`: its roles and where it ends.
    func word(in text: ScalarText, at index: Int) -> (word: Word, end: Int)? {
        guard text.isLetter(index), !text.isLetter(index - 1) else { return nil }
        let end = text.wordEnd(from: index)
        guard end - index <= 13, let key = Self.key(text.folded[index..<end]), let word = words[key] else { return nil }
        return (word, end)
    }
}

/// Chinese numerals (`Resources/zh/numbers.json`), Simplified and Traditional.
struct ChineseNumberRules: Sendable {
    struct File: Decodable {
        var digits: [String: Int]
        var notDecimalDigits: [String]
        var units: [String: Int]
        var tensShorthand: [String: Int]
        var bigs: [String: String]
        var point: [String]
        var signs: [String]
        var approximate: [String: String]
        var fraction: String
        var mixedFraction: [String]
        var dozen: [String]
        var ordinalPrefix: [String]
        var ambiguousAlone: [String]
        var notNumbers: [String]
    }

    let digits: [UInt32: Int]
    let notDecimalDigits: Set<UInt32>
    let units: [UInt32: Int]
    let tensShorthand: [UInt32: Int]
    let bigs: [UInt32: Decimal]
    let points: Set<UInt32>
    let signs: Set<UInt32>
    /// 多 / 余 / 几 inside a number, with the qualifier they imply.
    let approximate: [UInt32: String]
    let fraction: [UInt32]
    let mixedFraction: Set<UInt32>
    let dozen: Set<UInt32>
    let ordinalPrefix: Set<UInt32>
    let ambiguousAlone: Set<UInt32>
    /// For each numeral, the words containing it that are not numbers, with the numeral's offset in the word.
    let notNumbers: [UInt32: [(word: [UInt32], offset: Int)]]

    init(_ file: File) {
        func table<V>(_ source: [String: V]) -> [UInt32: V] {
            var result: [UInt32: V] = [:]
            for (key, value) in source { if let code = scalar(key) { result[code] = value } }
            return result
        }
        digits = table(file.digits)
        notDecimalDigits = Set(file.notDecimalDigits.compactMap(scalar))
        units = table(file.units)
        tensShorthand = table(file.tensShorthand)
        bigs = table(file.bigs).compactMapValues(decimalFromData)
        points = Set(file.point.compactMap(scalar))
        signs = Set(file.signs.compactMap(scalar))
        approximate = table(file.approximate)
        fraction = ScalarText.folded(file.fraction)
        mixedFraction = Set(file.mixedFraction.compactMap(scalar))
        dozen = Set(file.dozen.compactMap(scalar))
        ordinalPrefix = Set(file.ordinalPrefix.compactMap(scalar))
        ambiguousAlone = Set(file.ambiguousAlone.compactMap(scalar))
        var notNumbers: [UInt32: [(word: [UInt32], offset: Int)]] = [:]
        let numerals = Set(file.digits.keys).union(file.units.keys).union(file.bigs.keys).union(file.tensShorthand.keys)
        for word in file.notNumbers {
            let folded = ScalarText.folded(word)
            for (offset, character) in word.unicodeScalars.enumerated() where numerals.contains(String(character)) {
                notNumbers[folded[offset], default: []].append((folded, offset))
            }
        }
        self.notNumbers = notNumbers
    }

    private static let of: UInt32 = 0x4E4B  // 之

    func isNumeral(_ value: UInt32) -> Bool {
        digits[value] != nil || units[value] != nil || bigs[value] != nil || tensShorthand[value] != nil
    }

    /// The numeral at `index` belongs to a word that is not a number (四川, 一切, 队伍).
    func isInsideNonNumberWord(_ text: ScalarText, at index: Int) -> Bool {
        guard let candidates = notNumbers[text[index]] else { return false }
        // 十分 is "very", but 十分之一 is a tenth.
        return candidates.contains { text.matches($0.word, at: index - $0.offset) && text[index - $0.offset + $0.word.count] != Self.of }
    }
}

/// A currency a name or sign stands for; `factor` scales minor units (cents).
struct CurrencyUnit: Sendable, Equatable {
    var iso: String
    var factor: Decimal = 1
    var isMinor = false
}

/// Currency signs and codes shared by all languages (`Resources/currencies.json`).
struct CurrencySigns: Sendable {
    struct File: Decodable {
        var symbols: [String: String]
        var yenSigns: [String]
        var yenSignContext: [String]
        var prefixedDollars: [String: String]
        var codes: [String: String]
        var codesNeedingUpperCase: [String]
    }

    let symbols: PhraseTable<String>
    let yenSigns: PhraseTable<Bool>
    let yenSignContext: [[UInt32]]
    let prefixedDollars: PhraseTable<String>
    let codes: [String: String]
    let codesNeedingUpperCase: Set<String>

    init(_ file: File) {
        symbols = PhraseTable(file.symbols.map { ($0.key, $0.value) })
        yenSigns = PhraseTable(file.yenSigns.map { ($0, true) })
        yenSignContext = file.yenSignContext.map(ScalarText.folded)
        prefixedDollars = PhraseTable(file.prefixedDollars.map { ($0.key, $0.value) })
        codes = file.codes
        codesNeedingUpperCase = Set(file.codesNeedingUpperCase)
    }
}

/// The words around numbers in one language (`Resources/<lang>/figures.json`). A class so that
/// handing the rules around shares them instead of copying every table.
final class FigureRules: Sendable {
    struct CurrencyEntry: Decodable {
        var iso: String
        var factor: String?
        var minor: Bool?
    }

    struct File: Decodable {
        var currencies: [String: CurrencyEntry]
        var currencyBeforeAmount: [String]
        var notBareCurrencies: [String]?
        var currencyClassifiers: [String]?
        var percent: [[String]]?
        var percentagePoints: [[String]]?
        var percentBefore: [String: String]?
        var percentAfter: [String]?
        var tenths: [String]?
        var discount: [String]?
        var discountBefore: [String]?
        var halfDiscount: [String]?
        var half: [String]?
        var qualifiersBefore: [String: [[String]]]?
        var qualifiersAfter: [String: [[String]]]?
        var zhQualifiersBefore: [String: [String]]?
        var zhQualifiersAfter: [String: [String]]?
        var durationUnits: [String: String]
        var notDurationAfter: [String]?
        var durationBefore: [String]?
        var months: [String]?
        var yearBefore: [String]?
        var dateUnits: [String]?
        var classifiers: [String]?
        var entityStop: [String]?
        var entityStopChars: [String]?
        var entityListLinks: [String]?
        var numberListSeparators: [String]?
        var entityJoiners: [String]?
        var entityRefersBack: [[String]]?
        var entityBeforeStops: [String]?
        var maxEntityWords: Int?
        var maxEntityChars: Int?

        enum CodingKeys: String, CodingKey {
            case currencies, currencyBeforeAmount, notBareCurrencies, currencyClassifiers, percent, percentagePoints, percentBefore, percentAfter
            case tenths, discount, discountBefore, halfDiscount, half, qualifiersBefore, qualifiersAfter, durationUnits
            case notDurationAfter, durationBefore, months, yearBefore, dateUnits, classifiers, entityStop, entityStopChars
            case entityListLinks, numberListSeparators, entityJoiners, entityRefersBack, entityBeforeStops, maxEntityWords, maxEntityChars
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            currencies = try container.decode([String: CurrencyEntry].self, forKey: .currencies)
            currencyBeforeAmount = try container.decode([String].self, forKey: .currencyBeforeAmount)
            currencyClassifiers = try container.decodeIfPresent([String].self, forKey: .currencyClassifiers)
            notBareCurrencies = try container.decodeIfPresent([String].self, forKey: .notBareCurrencies)
            percent = try container.decodeIfPresent([[String]].self, forKey: .percent)
            percentagePoints = try? container.decodeIfPresent([[String]].self, forKey: .percentagePoints)
            if percentagePoints == nil, let flat = try? container.decodeIfPresent([String].self, forKey: .percentagePoints) {
                percentagePoints = flat.map { [$0] }
            }
            percentBefore = try container.decodeIfPresent([String: String].self, forKey: .percentBefore)
            percentAfter = try container.decodeIfPresent([String].self, forKey: .percentAfter)
            tenths = try container.decodeIfPresent([String].self, forKey: .tenths)
            discount = try container.decodeIfPresent([String].self, forKey: .discount)
            discountBefore = try container.decodeIfPresent([String].self, forKey: .discountBefore)
            halfDiscount = try container.decodeIfPresent([String].self, forKey: .halfDiscount)
            half = try container.decodeIfPresent([String].self, forKey: .half)
            // English phrases are word lists; Chinese ones are plain strings.
            qualifiersBefore = try? container.decodeIfPresent([String: [[String]]].self, forKey: .qualifiersBefore)
            if qualifiersBefore == nil {
                zhQualifiersBefore = try container.decodeIfPresent([String: [String]].self, forKey: .qualifiersBefore)
            }
            qualifiersAfter = try? container.decodeIfPresent([String: [[String]]].self, forKey: .qualifiersAfter)
            if qualifiersAfter == nil {
                zhQualifiersAfter = try container.decodeIfPresent([String: [String]].self, forKey: .qualifiersAfter)
            }
            durationUnits = try container.decode([String: String].self, forKey: .durationUnits)
            notDurationAfter = try container.decodeIfPresent([String].self, forKey: .notDurationAfter)
            durationBefore = try container.decodeIfPresent([String].self, forKey: .durationBefore)
            months = try container.decodeIfPresent([String].self, forKey: .months)
            yearBefore = try container.decodeIfPresent([String].self, forKey: .yearBefore)
            dateUnits = try container.decodeIfPresent([String].self, forKey: .dateUnits)
            classifiers = try container.decodeIfPresent([String].self, forKey: .classifiers)
            entityStop = try container.decodeIfPresent([String].self, forKey: .entityStop)
            entityStopChars = try container.decodeIfPresent([String].self, forKey: .entityStopChars)
            entityListLinks = try container.decodeIfPresent([String].self, forKey: .entityListLinks)
            numberListSeparators = try container.decodeIfPresent([String].self, forKey: .numberListSeparators)
            entityJoiners = try container.decodeIfPresent([String].self, forKey: .entityJoiners)
            entityRefersBack = try container.decodeIfPresent([[String]].self, forKey: .entityRefersBack)
            entityBeforeStops = try container.decodeIfPresent([String].self, forKey: .entityBeforeStops)
            maxEntityWords = try container.decodeIfPresent(Int.self, forKey: .maxEntityWords)
            maxEntityChars = try container.decodeIfPresent(Int.self, forKey: .maxEntityChars)
        }
    }

    let currencies: PhraseTable<CurrencyUnit>
    let currencyBeforeAmount: PhraseTable<CurrencyUnit>
    let currencyClassifiers: PhraseTable<Bool>
    /// Currency words that are usually something else when no amount stands by (`won`, `pound`).
    let notBareCurrencies: Set<String>
    let percent: PhraseTable<Bool>
    let percentagePoints: PhraseTable<Bool>
    /// 百分之 / 千分之: the factor that turns the following number into percent.
    let percentBefore: PhraseTable<Decimal>
    let tenths: PhraseTable<Bool>
    let discount: PhraseTable<Bool>
    let discountBefore: PhraseTable<Bool>
    let halfDiscount: PhraseTable<Bool>
    let half: PhraseTable<Bool>
    let qualifiersBefore: PhraseTable<String>
    let qualifiersAfter: PhraseTable<String>
    let durationUnits: PhraseTable<String>
    let notDurationAfter: PhraseTable<Bool>
    let durationBefore: PhraseTable<Bool>
    let months: PhraseTable<Bool>
    let yearBefore: PhraseTable<Bool>
    let dateUnits: PhraseTable<Bool>
    let classifiers: PhraseTable<Bool>
    let entityStopWords: Set<UInt64>
    let entityStopChars: Set<UInt32>
    let entityListLinks: PhraseTable<Bool>
    /// What may stand between listed numbers that share one noun (`136, 18 and 10 quantum bits`).
    let numberListSeparators: Set<String>
    let entityJoiners: Set<UInt32>
    let entityRefersBack: PhraseTable<Bool>
    let entityBeforeStops: PhraseTable<Bool>
    let maxEntityWords: Int
    let maxEntityChars: Int

    init(_ file: File) {
        func phrases(_ list: [String]?) -> PhraseTable<Bool> { PhraseTable((list ?? []).map { ($0, true) }) }
        func wordPhrases(_ list: [[String]]?) -> PhraseTable<Bool> {
            PhraseTable((list ?? []).map { ($0.joined(separator: " "), true) })
        }
        func unit(_ entry: CurrencyEntry) -> CurrencyUnit {
            CurrencyUnit(iso: entry.iso, factor: entry.factor.flatMap(decimalFromData) ?? 1, isMinor: entry.minor ?? false)
        }
        currencies = PhraseTable(file.currencies.map { ($0.key, unit($0.value)) })
        currencyBeforeAmount = PhraseTable(file.currencyBeforeAmount.compactMap { name in
            file.currencies[name].map { (name, unit($0)) }
        })
        currencyClassifiers = phrases(file.currencyClassifiers)
        notBareCurrencies = Set(file.notBareCurrencies ?? [])
        percent = wordPhrases(file.percent)
        percentagePoints = wordPhrases(file.percentagePoints)
        percentBefore = PhraseTable((file.percentBefore ?? [:]).compactMap { key, value in
            decimalFromData(value).map { (key, $0) }
        })
        tenths = phrases(file.tenths)
        discount = phrases(file.discount)
        discountBefore = phrases(file.discountBefore)
        halfDiscount = phrases(file.halfDiscount)
        half = phrases(file.half)
        var before = PhraseTable<String>(), after = PhraseTable<String>()
        for (qualifier, list) in file.qualifiersBefore ?? [:] { for words in list { before.add(words.joined(separator: " "), qualifier) } }
        for (qualifier, list) in file.zhQualifiersBefore ?? [:] { for phrase in list { before.add(phrase, qualifier) } }
        for (qualifier, list) in file.qualifiersAfter ?? [:] { for words in list { after.add(words.joined(separator: " "), qualifier) } }
        for (qualifier, list) in file.zhQualifiersAfter ?? [:] { for phrase in list { after.add(phrase, qualifier) } }
        qualifiersBefore = before
        qualifiersAfter = after
        durationUnits = PhraseTable(file.durationUnits.map { ($0.key, $0.value) })
        notDurationAfter = phrases(file.notDurationAfter)
        durationBefore = phrases(file.durationBefore)
        months = phrases(file.months)
        yearBefore = phrases(file.yearBefore)
        dateUnits = phrases(file.dateUnits)
        classifiers = phrases(file.classifiers)
        entityStopWords = Set((file.entityStop ?? []).compactMap { EnglishNumberRules.key(ScalarText.folded($0)) })
        entityStopChars = Set((file.entityStopChars ?? []).compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil }
            .map(ScalarText.fold))
        entityListLinks = phrases(file.entityListLinks)
        numberListSeparators = Set(file.numberListSeparators ?? [])
        entityJoiners = Set((file.entityJoiners ?? []).compactMap { $0.unicodeScalars.first?.value })
        entityRefersBack = wordPhrases(file.entityRefersBack)
        entityBeforeStops = phrases(file.entityBeforeStops)
        maxEntityWords = file.maxEntityWords ?? 6
        maxEntityChars = file.maxEntityChars ?? 8
    }
}
