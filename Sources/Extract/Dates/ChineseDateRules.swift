/// Chinese date words (`Resources/zh/dates.json`), Simplified and Traditional.
struct ChineseDateRules: Sendable {
    struct File: Decodable {
        var yearMarkers: [String]
        var monthMarkers: [String]
        var dayMarkers: [String]
        var haoMarkers: [String]
        var monthSuffixes: [String]
        var notDayAfter: [String]
        var notDayAfterExceptions: [String]
        var notHaoAfter: [String]
        var relativeDays: [String: Int]
        var relativeYears: [String: Int]
        var relativeMonths: [String: Int]
        var relativeWeeks: [String: Int]
        var weekdayPrefixes: [String]
        var weekdays: [String: Int]
        var weekendWord: [String]
        var halves: [String: [Int]]
        var thisHalf: [String: Int]
        var quarterWords: [String]
        var ordinalPrefix: [String]
        var rangeLinks: [String]
        var rangeLeads: [String]
        var betweenJoiners: [String]
        var betweenTails: [String]
        var openTails: [String: String]
        var openLeads: [String: String]
        var offsetUnits: [String: String]
        var agoWords: [String]
        var laterWords: [String]
        var stretchLeads: [String: Int]
        var decadeWords: [String]
        var centuryWords: [String]
        var relativeCentury: [String: Int]
        var lunarMonths: [String: Int]
        var lunarDayPrefix: [String]
        var lunarNewYear: [String: [Int]]
        var lunarMarkers: [String]
        var sameYear: [String]
        var sameDay: [String]
        var haoLeads: [String]
        var notDates: [String]
        var futureMarkers: [String]
        var pastMarkers: [String]
        var sentenceEnds: [String]
        var numericOrder: String
        var markers: [String]
        var eras: [String: Int]
        var firstYearOfEra: [String]
        var weekOfPeriod: [String]
        var lastOrdinal: [String]
        var nthPrefix: [String]
        var linkOf: [String]
        var nthCounter: [String]
    }

    let yearMarkers: PhraseTable<Bool>
    let monthMarkers: PhraseTable<Bool>
    let dayMarkers: PhraseTable<Bool>
    let haoMarkers: PhraseTable<Bool>
    let monthSuffixes: PhraseTable<Bool>
    let notDayAfter: PhraseTable<Bool>
    let notDayAfterExceptions: PhraseTable<Bool>
    let notHaoAfter: PhraseTable<Bool>
    let relativeDays: PhraseTable<Int>
    let relativeYears: PhraseTable<Int>
    let relativeMonths: PhraseTable<Int>
    let relativeWeeks: PhraseTable<Int>
    let weekdayPrefixes: PhraseTable<Bool>
    let weekdays: PhraseTable<Int>
    let weekendWord: PhraseTable<Bool>
    let halves: PhraseTable<[Int]>
    let thisHalf: PhraseTable<Int>
    let quarterWords: PhraseTable<Bool>
    let ordinalPrefix: PhraseTable<Bool>
    let rangeLinks: PhraseTable<Bool>
    let rangeLeads: PhraseTable<Bool>
    let betweenJoiners: PhraseTable<Bool>
    let betweenTails: PhraseTable<Bool>
    let openTails: PhraseTable<OpenBound>
    let openLeads: PhraseTable<OpenBound>
    let offsetUnits: PhraseTable<DateUnit>
    let agoWords: PhraseTable<Bool>
    let laterWords: PhraseTable<Bool>
    let stretchLeads: PhraseTable<Int>
    let decadeWords: PhraseTable<Bool>
    let centuryWords: PhraseTable<Bool>
    let relativeCentury: PhraseTable<Int>
    let lunarMonths: PhraseTable<Int>
    let lunarDayPrefix: PhraseTable<Bool>
    let lunarNewYear: PhraseTable<[Int]>
    let lunarMarkers: PhraseTable<Bool>
    let sameYear: PhraseTable<Bool>
    let sameDay: PhraseTable<Bool>
    let haoLeads: PhraseTable<Bool>
    let notDates: PhraseTable<Bool>
    let futureMarkers: PhraseTable<Bool>
    let pastMarkers: PhraseTable<Bool>
    let sentenceEnds: Set<UInt32>
    let dayFirst: Bool
    /// Characters every Chinese date has near its start (年, 月, 日, 周, 天 ...).
    let markers: Set<UInt32>
    /// Regnal and ROC eras with their first Gregorian year.
    let eras: PhraseTable<Int>
    let firstYearOfEra: PhraseTable<Bool>
    let weekOfPeriod: PhraseTable<Bool>
    let lastOrdinal: PhraseTable<Bool>
    let nthPrefix: PhraseTable<Bool>
    let linkOf: PhraseTable<Bool>
    let nthCounter: PhraseTable<Bool>
    /// Every character that can start a Chinese date word (a cheap filter for the scanner).
    let starters: Set<UInt32>

    init(_ file: File) {
        func table(_ words: [String]) -> PhraseTable<Bool> { PhraseTable(words.map { ($0, true) }) }
        func table<V>(_ words: [String: V]) -> PhraseTable<V> { PhraseTable(words.map { ($0.key, $0.value) }) }
        func bounds(_ words: [String: String]) -> PhraseTable<OpenBound> {
            PhraseTable(words.compactMap { word, bound in OpenBound(rawValue: bound).map { (word, $0) } })
        }
        yearMarkers = table(file.yearMarkers)
        monthMarkers = table(file.monthMarkers)
        dayMarkers = table(file.dayMarkers)
        haoMarkers = table(file.haoMarkers)
        monthSuffixes = table(file.monthSuffixes)
        notDayAfter = table(file.notDayAfter)
        notDayAfterExceptions = table(file.notDayAfterExceptions)
        notHaoAfter = table(file.notHaoAfter)
        relativeDays = table(file.relativeDays)
        relativeYears = table(file.relativeYears)
        relativeMonths = table(file.relativeMonths)
        relativeWeeks = table(file.relativeWeeks)
        weekdayPrefixes = table(file.weekdayPrefixes)
        weekdays = table(file.weekdays)
        weekendWord = table(file.weekendWord)
        halves = table(file.halves)
        thisHalf = table(file.thisHalf)
        quarterWords = table(file.quarterWords)
        ordinalPrefix = table(file.ordinalPrefix)
        rangeLinks = table(file.rangeLinks)
        rangeLeads = table(file.rangeLeads)
        betweenJoiners = table(file.betweenJoiners)
        betweenTails = table(file.betweenTails)
        openTails = bounds(file.openTails)
        openLeads = bounds(file.openLeads)
        offsetUnits = PhraseTable(file.offsetUnits.compactMap { word, unit in DateUnit(rawValue: unit).map { (word, $0) } })
        agoWords = table(file.agoWords)
        laterWords = table(file.laterWords)
        stretchLeads = table(file.stretchLeads)
        decadeWords = table(file.decadeWords)
        centuryWords = table(file.centuryWords)
        relativeCentury = table(file.relativeCentury)
        lunarMonths = table(file.lunarMonths)
        lunarDayPrefix = table(file.lunarDayPrefix)
        lunarNewYear = table(file.lunarNewYear)
        lunarMarkers = table(file.lunarMarkers)
        sameYear = table(file.sameYear)
        sameDay = table(file.sameDay)
        haoLeads = table(file.haoLeads)
        notDates = table(file.notDates)
        futureMarkers = table(file.futureMarkers)
        pastMarkers = table(file.pastMarkers)
        sentenceEnds = Set(file.sentenceEnds.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first.map { ScalarText.fold($0.value) } : nil })
        dayFirst = file.numericOrder == "dmy"
        markers = Set(file.markers.compactMap { $0.unicodeScalars.first.map { ScalarText.fold($0.value) } })
        eras = table(file.eras)
        firstYearOfEra = table(file.firstYearOfEra)
        weekOfPeriod = table(file.weekOfPeriod)
        lastOrdinal = table(file.lastOrdinal)
        nthPrefix = table(file.nthPrefix)
        linkOf = table(file.linkOf)
        nthCounter = table(file.nthCounter)
        var starters = Set<UInt32>()
        let words: [[String]] = [
            Array(file.relativeDays.keys), Array(file.relativeYears.keys), Array(file.relativeMonths.keys),
            Array(file.relativeWeeks.keys), file.weekdayPrefixes, Array(file.halves.keys), Array(file.thisHalf.keys),
            file.rangeLeads, Array(file.openLeads.keys), Array(file.stretchLeads.keys), Array(file.relativeCentury.keys),
            Array(file.lunarMonths.keys), Array(file.lunarNewYear.keys), file.lunarMarkers, file.sameYear, file.sameDay, file.ordinalPrefix, file.notDates, Array(file.eras.keys),
        ]
        for list in words { for word in list { if let first = word.unicodeScalars.first { starters.insert(ScalarText.fold(first.value)) } } }
        self.starters = starters
    }
}
