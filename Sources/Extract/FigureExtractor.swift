import Foundation

/// Reads figures from an article's text: counts with what they count, money with an ISO currency,
/// percentages and percentage points, durations, and bare numbers, each with its qualifier, its
/// exact text and its code-point span; and dates and date ranges placed in time against the
/// publication date. English and Chinese (Simplified and Traditional); the words are data in
/// `Resources/`.
///
/// Input: normalized article text (or any text). Output: figures in text order. Never traps on
/// input: absurd numbers (400 digits, 1e308) give no figure and a diagnostic.
public struct FigureExtractor: Sendable {
    /// Options for callers that score against number recognizers rather than read news.
    public struct Options: Sendable {
        /// Also report currency and percent words with no amount (`rmb`, `percent`) with `value: null`.
        public var includeBareMentions = false
        public init(includeBareMentions: Bool = false) { self.includeBareMentions = includeBareMentions }
    }

    /// What one text gave.
    public struct Result: Sendable {
        public var figures: [Figure]
        public var diagnostics: [String]
    }

    let pack: LanguagePack
    let scanner: NumberScanner
    let dates: DateExtractor

    /// The extractor with the bundled language data; nil only if the package resources are missing.
    public init?() {
        guard let pack = LanguagePack.bundled else { return nil }
        self.pack = pack
        scanner = NumberScanner(pack: pack)
        dates = DateExtractor(english: pack.englishDates, chinese: pack.chineseDates, numerals: pack.chineseNumbers, numberWords: pack.englishNumbers)
    }

    /// Figures in `text`, in text order. `lang` (BCP-47) settles what `¥` means and how `3/7/2017`
    /// reads; `published` (ISO date or date-time) places relative dates (`yesterday`, `去年`, `May 30`).
    public func extract(from text: String, lang: String? = nil, published: String? = nil, options: Options = Options()) -> Result {
        let scalars = ScalarText(text)
        let publishedDay = published.flatMap(CalendarDay.init(iso:))
        var diagnostics: [String] = []
        if let published, publishedDay == nil { diagnostics.append("published \(published.prefix(40)) is not an ISO date: relative dates left unresolved") }
        let dateReadings = dates.extract(from: scalars, published: publishedDay, dayFirst: dayFirst(scalars, lang: lang))
        let mentions = removingDates(scanner.scan(scalars), dateReadings)
        let context = FigureContext(text: scalars, pack: pack, mentions: mentions, lang: lang)
        var readings: [FigureReading] = []
        let money = MoneyReader(context: context), percent = PercentReader(context: context)
        let counts = CountReader(context: context), qualifiers = QualifierReader(context: context)
        var index = 0
        var taken = 0
        while index < mentions.count {
            let mention = mentions[index]
            if let diagnostic = mention.diagnostic {
                diagnostics.append("\(scalars.string(mention.range).prefix(40)) at \(mention.range.lowerBound): \(diagnostic)")
                index += 1
                continue
            }
            var reading: FigureReading?
            if let found = percent.read(at: index) ?? money.read(at: index, taken: taken) ?? percent.percentOf(at: index) {
                reading = found
            } else if case .figure(let found) = counts.read(at: index) {
                reading = found
            }
            if var found = reading {
                let rules = context.rules(for: mention)
                found.qualifier = mention.qualifier
                if let before = qualifiers.before(found.range.lowerBound, rules: rules) {
                    found.qualifier = before.qualifier
                } else if let after = qualifiers.after(found.range.upperBound, rules: rules) ?? qualifiers.after(mention.range.upperBound, rules: rules) {
                    found.qualifier = after.qualifier
                }
                readings.append(found)
                taken = found.range.upperBound
                index += found.mentionsUsed
            } else {
                index += 1
            }
        }
        readings += percent.halfDiscounts()
        if options.includeBareMentions { readings += bareMentions(in: context, besides: readings) }
        shareListEntities(&readings, in: scalars)
        var figures = readings.map { figure(from: $0, in: scalars) }
        figures += dateReadings.map { dateFigure(from: $0, in: scalars) }
        figures.sort { $0.span[0] < $1.span[0] }
        return Result(figures: figures, diagnostics: diagnostics)
    }

    /// Numbers inside a date (`30` in `May 30`, `2023` in `2023年`) are not figures of their own.
    private func removingDates(_ mentions: [NumberMention], _ dates: [DateExtractor.Reading]) -> [NumberMention] {
        guard !dates.isEmpty else { return mentions }
        var dateIndex = 0
        return mentions.filter { mention in
            while dateIndex < dates.count, dates[dateIndex].range.upperBound <= mention.range.lowerBound { dateIndex += 1 }
            return dateIndex >= dates.count || !dates[dateIndex].range.overlaps(mention.range)
        }
    }

    /// Day-first numeric dates in Chinese text (and where `lang` says so).
    private func dayFirst(_ text: ScalarText, lang: String?) -> Bool {
        if let lang { return lang.lowercased().hasPrefix("zh") }
        var han = 0, letters = 0
        for index in 0..<min(text.count, 2000) {
            if text.isHan(index) { han += 1 } else if text.isLetter(index) { letters += 1 }
        }
        return han > letters
    }

    private func dateFigure(from reading: DateExtractor.Reading, in text: ScalarText) -> Figure {
        var figure = Figure(kind: reading.meaning.isRange ? "date_range" : "date", value: .none, text: text.string(reading.range), span: reading.range)
        switch reading.meaning {
        case .single(let period): figure.value = .date(period.iso)
        case .range(let first, let last):
            figure.from = first?.iso
            figure.to = last?.iso
        case .unresolved: break
        }
        return figure
    }

    /// Every number in `text` as a figure of kind `number` (the layer under the figures).
    public func numbers(in text: String) -> [Figure] {
        let scalars = ScalarText(text)
        return scanner.scan(scalars).compactMap { mention in
            guard mention.attachedWord == nil, !mention.followsLetters, mention.diagnostic == nil, !mention.isOrdinal else { return nil }
            return Figure(kind: "number", value: .number(mention.value), text: scalars.string(mention.range), span: mention.range)
        }
    }

    private func figure(from reading: FigureReading, in text: ScalarText) -> Figure {
        var figure = Figure(kind: reading.kind, value: reading.value.map { .number($0) } ?? .none,
                            text: text.string(reading.range), span: reading.range)
        figure.currency = reading.currency
        figure.qualifier = reading.qualifier
        figure.entity = reading.entity
        figure.unit = reading.unit
        return figure
    }

    /// `136, 18 and 10 quantum bits`: numbers listed before a count share its noun.
    private func shareListEntities(_ readings: inout [FigureReading], in text: ScalarText) {
        guard readings.count > 1 else { return }
        for index in stride(from: readings.count - 2, through: 0, by: -1) {
            let next = readings[index + 1]
            guard readings[index].kind == "number", next.kind == "count", let entity = next.entity else { continue }
            let gap = text.string(readings[index].range.upperBound..<next.range.lowerBound)
                .trimmingCharacters(in: .whitespaces).lowercased()
            let separators = pack.englishFigures.numberListSeparators.union(pack.chineseFigures.numberListSeparators)
            guard separators.contains(gap) else { continue }
            readings[index].kind = "count"
            readings[index].entity = entity
        }
    }

    /// Currency and percent words standing without an amount, outside every figure found.
    private func bareMentions(in context: FigureContext, besides readings: [FigureReading]) -> [FigureReading] {
        let text = context.text
        var covered = [Bool](repeating: false, count: text.count + 1)
        for reading in readings { for offset in reading.range where offset < covered.count { covered[offset] = true } }
        let money = MoneyReader(context: context), percent = PercentReader(context: context)
        var found: [FigureReading] = []
        var index = 0
        while index < text.count {
            guard !covered[index], text.isLetter(index) || text.isHan(index) || text[index] == 0x25 else {
                index += 1
                continue
            }
            let chinese = text.isHan(index)
            let rules = chinese ? pack.chineseFigures : pack.englishFigures
            if let (unit, end) = money.bareCurrency(at: index, rules: rules) ?? (chinese ? nil : money.bareCode(at: index)),
                !unit.isMinor, !covered[end - 1], !rules.notBareCurrencies.contains(text.string(index..<end).lowercased())
            {
                found.append(FigureReading(kind: "money", value: nil, range: index..<end, currency: unit.iso))
                index = end
            } else if (text[index] == 0x25 && !percent.isURLEscape(index)) || (!chinese && rules.percent.match(in: text, at: index) != nil) {
                let end = text[index] == 0x25 ? index + 1 : (rules.percent.match(in: text, at: index)?.end ?? index + 1)
                found.append(FigureReading(kind: "percent", value: nil, range: index..<end))
                index = end
            } else {
                index = text.isLetter(index) ? text.wordEnd(from: index) : index + 1
            }
        }
        return found
    }
}
