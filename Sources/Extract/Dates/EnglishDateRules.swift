/// English date words (`Resources/en/dates.json`).
struct EnglishDateRules: Sendable {
    struct File: Decodable {
        var months: [String: Int]
        var ambiguousMonths: [String]
        var weekdays: [String: Int]
        var ambiguousWeekdays: [String]
        var ordinalSuffixes: [String]
        var dayOrdinals: [String: Int]
        var dayCardinals: [String: Int]
        var dayTens: [String: Int]
        var weekdayOrdinals: [String: Int]
        var countWords: [String: Int]
        var countFillers: [String]
        var vagueCounts: [String]
        var relativeDays: [String: Int]
        var relativeSteps: [String: Int]
        var weekdaySteps: [String: String]
        var units: [String: String]
        var agoWords: [String]
        var laterWords: [String]
        var inWords: [String: String]
        var rangeLeads: [String]
        var rangeLinks: [String]
        var openLeads: [String: String]
        var openTails: [String: String]
        var yearLeads: [String]
        var sameYear: [String]
        var sameDay: [String]
        var pluralUnits: [String]
        var thisYear: [String]
        var dayOfMonthTails: [String: Int]
        var weekTails: [String: Int]
        var futureMarkers: [String]
        var pastMarkers: [String]
        var sentenceEnds: [String]
        var decades: [String: Int]
        var decadeSuffixes: [String]
        var century: [String]
        var quarterLetters: [String: String]
        var numericOrder: String
        var partWords: [String: String]
        var partsOfPeriods: [String: PartOfPeriod]
        var restWords: [String]
        var edgeWords: [String: String]
        var weekWord: String
        var nowWords: [String]
        var containingLeads: [String: String]
        var durationLinks: [String]
        var durationLeads: [String]
        var afterNext: [String]
        var quarterWord: String
        var holidays: [String: String]
        var partUnitAbbreviations: [String: [String]]
        var glueWords: [String]
    }

    /// How a step word moves a weekday: a week step (`next Friday` = Friday of next week) or the
    /// nearest one before or after today (`this past Wednesday`, `this coming Friday`).
    enum WeekdayStep: Sendable { case week(Int), nearestPast, nearestFuture }

    let months: [UInt64: Int]
    let ambiguousMonths: Set<UInt64>
    let weekdays: [UInt64: Int]
    let ambiguousWeekdays: Set<UInt64>
    let ordinalSuffixes: Set<UInt64>
    let dayOrdinals: [UInt64: Int]
    let dayCardinals: [UInt64: Int]
    let dayTens: [UInt64: Int]
    /// `first` ... `fifth`, `last` before a weekday (`the last Monday of May` = -1).
    let weekdayOrdinals: [UInt64: Int]
    let countWords: [UInt64: Int]
    let countFillers: Set<UInt64>
    let vagueCounts: Set<UInt64>
    let relativeDays: TokenPhrases<Int>
    let relativeSteps: TokenPhrases<Int>
    let weekdaySteps: TokenPhrases<WeekdayStep>
    let units: TokenPhrases<DateUnit>
    let agoWords: TokenPhrases<Bool>
    let laterWords: TokenPhrases<Bool>
    /// `in` (a date that far ahead) and `within` (the stretch up to it).
    let inWords: TokenPhrases<Bool>
    let rangeLeads: Set<UInt64>
    let rangeLinks: TokenPhrases<Bool>
    let between: UInt64
    let and: UInt64
    let openLeads: TokenPhrases<OpenBound>
    let openTails: TokenPhrases<OpenBound>
    let yearLeads: Set<UInt64>
    let sameYear: TokenPhrases<Bool>
    let sameDay: TokenPhrases<Bool>
    /// `months` in `the coming months`: a step and a plural unit name no single period.
    let pluralUnits: Set<UInt64>
    let thisYear: TokenPhrases<Bool>
    let dayOfMonthTails: TokenPhrases<Int>
    let weekTails: TokenPhrases<Int>
    let futureMarkers: TokenPhrases<Bool>
    let pastMarkers: TokenPhrases<Bool>
    let sentenceEnds: Set<UInt64>
    let decades: [UInt64: Int]
    let decadeSuffixes: Set<UInt64>
    let century: Set<UInt64>
    /// `q` → quarter, `h` → half.
    let quarterLetters: [UInt64: DateUnit]
    let dayFirst: Bool
    /// `early`, `the end` ... with where each falls in a year, a month and a week.
    let parts: [UInt64: PartOfPeriod]
    let restWords: Set<UInt64>
    /// `earlier` (start to today) and `later` (today to the end) before `this week`, `in the year`.
    let edgeWords: [UInt64: Bool]
    let week: UInt64
    let nowWords: TokenPhrases<Bool>
    /// `the week of`, `w/c`, `the month of` before a day: the week or month holding it.
    let containingLeads: TokenPhrases<DateUnit>
    /// `for 3 days, from today`, `2 weeks starting May 20th`: a stretch from a day.
    let durationLinks: TokenPhrases<Bool>
    let durationLeads: Set<UInt64>
    /// `the week after next`.
    let afterNext: TokenPhrases<Bool>
    let quarter: UInt64
    let holidays: TokenPhrases<HolidayRule>
    /// Which readers a word can start, so the reader tries only those (a bit per `Role`).
    let roles: [UInt64: Role]

    struct Role: OptionSet, Sendable {
        let rawValue: UInt32
        static let relativeDay = Role(rawValue: 1 << 0), holiday = Role(rawValue: 1 << 1), part = Role(rawValue: 1 << 2)
        static let edge = Role(rawValue: 1 << 3), nthWeek = Role(rawValue: 1 << 4), containing = Role(rawValue: 1 << 5)
        static let afterNext = Role(rawValue: 1 << 6), lasting = Role(rawValue: 1 << 7), spelled = Role(rawValue: 1 << 8)
        static let same = Role(rawValue: 1 << 9), step = Role(rawValue: 1 << 10), weekday = Role(rawValue: 1 << 11)
        static let month = Role(rawValue: 1 << 12), thisYear = Role(rawValue: 1 << 13), count = Role(rawValue: 1 << 14)
        static let day = Role(rawValue: 1 << 15), decade = Role(rawValue: 1 << 16), quarter = Role(rawValue: 1 << 17)
        static let now = Role(rawValue: 1 << 18), the = Role(rawValue: 1 << 19), abbreviation = Role(rawValue: 1 << 20)
    }

    /// `EOY`: a part of the current unit in one word.
    let partUnitAbbreviations: [UInt64: (PartOfPeriod, DateUnit)]
    let the: UInt64
    /// Every word that can start a date expression: the reader looks no further at other words.
    let starters: Set<UInt64>
    /// Starters that are dates alone (`May`, `Tuesday`, `yesterday`); other starters (`the`, `a`, `in`)
    /// are only tried when the next token is a number or a word in `followers`.
    let strongStarters: Set<UInt64>
    let followers: Set<UInt64>
    /// Function words looked past in that test (`end of March`: `of` says nothing, `March` does).
    let glueWords: Set<UInt64>
    let of: UInt64
    let day: UInt64

    init(_ file: File) {
        func keyed<V>(_ source: [String: V]) -> [UInt64: V] {
            var result: [UInt64: V] = [:]
            for (word, value) in source { if let key = Self.key(word) { result[key] = value } }
            return result
        }
        func keySet(_ words: [String]) -> Set<UInt64> { Set(words.compactMap { DateToken.keys(of: $0).first }) }
        months = keyed(file.months)
        ambiguousMonths = keySet(file.ambiguousMonths)
        weekdays = keyed(file.weekdays)
        ambiguousWeekdays = keySet(file.ambiguousWeekdays)
        ordinalSuffixes = keySet(file.ordinalSuffixes)
        dayOrdinals = keyed(file.dayOrdinals)
        dayCardinals = keyed(file.dayCardinals)
        dayTens = keyed(file.dayTens)
        weekdayOrdinals = keyed(file.weekdayOrdinals)
        countWords = keyed(file.countWords)
        countFillers = keySet(file.countFillers)
        vagueCounts = keySet(file.vagueCounts)
        relativeDays = TokenPhrases(file.relativeDays.map { ($0.key, $0.value) })
        relativeSteps = TokenPhrases(file.relativeSteps.map { ($0.key, $0.value) })
        weekdaySteps = TokenPhrases(file.weekdaySteps.compactMap { phrase, step in
            switch step {
            case "past": return (phrase, .nearestPast)
            case "future": return (phrase, .nearestFuture)
            default: return Int(step).map { (phrase, .week($0)) }
            }
        })
        units = TokenPhrases(file.units.compactMap { phrase, unit in DateUnit(rawValue: unit).map { (phrase, $0) } })
        agoWords = TokenPhrases(file.agoWords, true)
        laterWords = TokenPhrases(file.laterWords, true)
        inWords = TokenPhrases(file.inWords.map { ($0.key, $0.value == "within") })
        rangeLeads = keySet(file.rangeLeads)
        rangeLinks = TokenPhrases(file.rangeLinks, true)
        between = Self.key("between") ?? 0
        and = Self.key("and") ?? 0
        openLeads = TokenPhrases(file.openLeads.compactMap { phrase, bound in OpenBound(rawValue: bound).map { (phrase, $0) } })
        openTails = TokenPhrases(file.openTails.compactMap { phrase, bound in OpenBound(rawValue: bound).map { (phrase, $0) } })
        yearLeads = keySet(file.yearLeads)
        sameYear = TokenPhrases(file.sameYear, true)
        sameDay = TokenPhrases(file.sameDay, true)
        pluralUnits = keySet(file.pluralUnits)
        thisYear = TokenPhrases(file.thisYear, true)
        dayOfMonthTails = TokenPhrases(file.dayOfMonthTails.map { ($0.key, $0.value) })
        weekTails = TokenPhrases(file.weekTails.map { ($0.key, $0.value) })
        futureMarkers = TokenPhrases(file.futureMarkers, true)
        pastMarkers = TokenPhrases(file.pastMarkers, true)
        sentenceEnds = keySet(file.sentenceEnds)
        decades = keyed(file.decades)
        decadeSuffixes = keySet(file.decadeSuffixes)
        century = keySet(file.century)
        quarterLetters = keyed(file.quarterLetters).compactMapValues(DateUnit.init(rawValue:))
        dayFirst = file.numericOrder == "dmy"
        var parts: [UInt64: PartOfPeriod] = [:]
        for (word, name) in file.partWords { if let key = Self.key(word), let part = file.partsOfPeriods[name] { parts[key] = part } }
        self.parts = parts
        restWords = keySet(file.restWords)
        edgeWords = keyed(file.edgeWords).mapValues { $0 == "end" }
        week = Self.key(file.weekWord) ?? 0
        nowWords = TokenPhrases(file.nowWords, true)
        containingLeads = TokenPhrases(file.containingLeads.compactMap { phrase, unit in DateUnit(rawValue: unit).map { (phrase, $0) } })
        durationLinks = TokenPhrases(file.durationLinks, true)
        durationLeads = keySet(file.durationLeads)
        afterNext = TokenPhrases(file.afterNext, true)
        quarter = Self.key(file.quarterWord) ?? 0
        holidays = TokenPhrases(file.holidays.compactMap { phrase, rule in HolidayRule(rule).map { (phrase, $0) } })
        var abbreviations: [UInt64: (PartOfPeriod, DateUnit)] = [:]
        for (word, pair) in file.partUnitAbbreviations where pair.count == 2 {
            if let key = Self.key(word), let part = file.partsOfPeriods[pair[0]], let unit = DateUnit(rawValue: pair[1]) { abbreviations[key] = (part, unit) }
        }
        partUnitAbbreviations = abbreviations
        the = Self.key("the") ?? 0
        of = Self.key("of") ?? 0
        day = Self.key("day") ?? 0
        var starters = Set<UInt64>()
        for keys in [Set(months.keys), Set(weekdays.keys), Set(dayOrdinals.keys), Set(dayCardinals.keys), Set(dayTens.keys),
                     Set(countWords.keys), Set(weekdayOrdinals.keys), Set(decades.keys), Set(quarterLetters.keys), rangeLeads,
                     relativeDays.firstKeys, relativeSteps.firstKeys, weekdaySteps.firstKeys, units.firstKeys, inWords.firstKeys,
                     openLeads.firstKeys, sameYear.firstKeys, sameDay.firstKeys, thisYear.firstKeys, [the, week],
                     Set(parts.keys), restWords, Set(edgeWords.keys), containingLeads.firstKeys, durationLeads, holidays.firstKeys,
                     Set(partUnitAbbreviations.keys)]
        {
            starters.formUnion(keys)
        }
        self.starters = starters
        var roles: [UInt64: Role] = [:]
        func mark<S: Sequence>(_ keys: S, _ role: Role) where S.Element == UInt64 { for key in keys { roles[key, default: []].insert(role) } }
        mark(relativeDays.firstKeys, .relativeDay)
        mark(holidays.firstKeys.union(relativeSteps.firstKeys), .holiday)
        mark(parts.keys, .part)
        mark(restWords.union(edgeWords.keys), .edge)
        mark(Set(weekdayOrdinals.keys).union([week]), .nthWeek)
        mark(containingLeads.firstKeys, .containing)
        mark(units.firstKeys, .afterNext)
        mark(durationLeads.union(countWords.keys), .lasting)
        mark(sameYear.firstKeys.union(sameDay.firstKeys), .same)
        mark(relativeSteps.firstKeys.union(weekdaySteps.firstKeys), .step)
        mark(weekdays.keys, .weekday)
        mark(months.keys, .month)
        mark(thisYear.firstKeys, .thisYear)
        mark(inWords.firstKeys.union(countWords.keys).union(units.firstKeys), .count)
        mark(Set(dayOrdinals.keys).union(dayCardinals.keys).union(dayTens.keys).union(weekdayOrdinals.keys), .day)
        mark(decades.keys, .decade)
        mark(quarterLetters.keys, .quarter)
        mark(nowWords.firstKeys, .now)
        mark([the], .the)
        mark(partUnitAbbreviations.keys, .abbreviation)
        self.roles = roles
        strongStarters = Set(months.keys).union(weekdays.keys).union(relativeDays.firstKeys).union(decades.keys).union(holidays.firstKeys)
            .union(partUnitAbbreviations.keys)
        var followers = starters
        for keys in [relativeDays.allKeys, relativeSteps.allKeys, weekdaySteps.allKeys, units.allKeys, inWords.allKeys, openLeads.allKeys,
                     sameYear.allKeys, sameDay.allKeys, thisYear.allKeys, dayOfMonthTails.allKeys, weekTails.allKeys, agoWords.allKeys,
                     laterWords.allKeys, rangeLinks.allKeys, Set(century), Set(ordinalSuffixes)]
        {
            followers.formUnion(keys)
        }
        glueWords = keySet(file.glueWords)
        self.followers = followers.subtracting(glueWords)
    }

    static func key(_ word: String) -> UInt64? { EnglishNumberRules.key(ScalarText.folded(word)) }
}
