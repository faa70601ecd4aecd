/// Reads Chinese date expressions (Simplified and Traditional) character by character: `2023年5月30日`,
/// `九月二十四日`, `二〇二三年`, `30日`, `昨天`, `去年`, `上周一`, `5年前`, `近三年`, `9月24日至28日`,
/// `2015年和2018年之间`, `2018年以前`, `九十年代`.
struct ChineseDateReader {
    struct Found {
        var range: Range<Int>
        var expression: DateExpression
    }

    let rules: ChineseDateRules
    let numerals: ChineseNumberRules
    /// Characters that can start a date (words, numerals, digits).
    let starters: ScalarBits
    /// Characters one of which every date has within `markerReach` of its start.
    let markers: ScalarBits
    static let markerReach = 12
    let text: ScalarText

    /// A number written for a date: ASCII digits, a digit sequence (`二〇二三`) or a numeral (`二十四`).
    private struct DateNumber {
        var value: Int
        var end: Int
        /// Characters or digits written, for a sequence; 0 for a numeral with units.
        var sequenceLength: Int
        var isASCII: Bool
        var hasLeadingZero: Bool
    }

    private struct Atom {
        var expression: DateExpression
        var end: Int
        /// A year with nothing after its 年 (`2023年`): still a date, but a range end (`到2018年`) needs care.
        var isYearOnly = false
    }

    /// Every expression, left to right, not overlapping.
    func readAll() -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < text.count {
            let candidate = starters.contains(text[index]) && hasMarker(after: index)
            if candidate, let name = rules.notDates.match(in: text, at: index) {
                index = name.end
            } else if candidate, !continuesNumber(before: index), let (expression, end) = readTop(at: index), end > index {
                found.append(Found(range: index..<end, expression: expression))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private func hasMarker(after index: Int) -> Bool {
        var position = index
        while position < text.count, position - index < Self.markerReach {
            if markers.contains(text[position]) { return true }
            position += 1
        }
        return false
    }

    /// The character before `index` is part of a number (`三十` inside `一千四百三十亿`).
    private func continuesNumber(before index: Int) -> Bool {
        let previous = text[index - 1]
        return ScalarText.isDigit(previous) || numerals.digits[previous] != nil || numerals.units[previous] != nil
            || numerals.bigs[previous] != nil || previous == 0x2E || numerals.ordinalPrefix.contains(previous)
    }

    private func skipSpaces(_ index: Int) -> Int { text.skipSpaces(from: index, limit: 2) }

    // MARK: Numbers

    private func readNumber(at index: Int) -> DateNumber? {
        guard index < text.count else { return nil }
        if text.isDigit(index) {
            var end = index, value = 0
            while end < text.count, text.isDigit(end), end - index < 9 {
                value = value * 10 + Int(text[end] - 0x30)
                end += 1
            }
            guard !text.isDigit(end), text[end] != 0x2E || !text.isDigit(end + 1) else { return nil }  // a decimal is no date part
            return DateNumber(value: value, end: end, sequenceLength: end - index, isASCII: true, hasLeadingZero: text[index] == 0x30)
        }
        var end = index, sequence = 0, total = 0, current = 0, hasUnit = false
        while end < text.count, end - index < 8 {
            let scalar = text[end]
            if let digit = numerals.digits[scalar], digit < 10 {
                if !hasUnit { sequence = sequence * 10 + digit }
                current = digit
            } else if let unit = numerals.units[scalar], unit <= 1000 {
                if !hasUnit { current = end == index ? 0 : current }
                hasUnit = true
                total += (current == 0 ? 1 : current) * unit
                current = 0
            } else if let tens = numerals.tensShorthand[scalar] {
                hasUnit = true
                total += tens
                current = 0
            } else {
                break
            }
            end += 1
        }
        guard end > index else { return nil }
        if hasUnit { return DateNumber(value: total + current, end: end, sequenceLength: 0, isASCII: false, hasLeadingZero: false) }
        return DateNumber(value: sequence, end: end, sequenceLength: end - index, isASCII: false, hasLeadingZero: numerals.digits[text[index]] == 0)
    }

    /// The number read as a year before 年: four digits, a digit sequence (`二〇二三`, `零八`), `两千零四`,
    /// or two ASCII digits with a leading zero or a month after (`07年`, `18年10月`).
    private func year(from number: DateNumber, monthFollows: Bool) -> Int? {
        if number.sequenceLength == 4 { return (1000...2999).contains(number.value) || !number.isASCII ? number.value : nil }
        if number.sequenceLength == 3, !number.isASCII { return number.value }  // 三六七年
        if number.sequenceLength == 2, !number.isASCII || number.hasLeadingZero || monthFollows {
            return number.value <= 30 ? 2000 + number.value : 1900 + number.value
        }
        if number.sequenceLength == 0, (1000...2999).contains(number.value) { return number.value }
        return nil
    }

    // MARK: Top level

    private func readTop(at index: Int) -> (DateExpression, Int)? {
        if let lead = rules.openLeads.match(in: text, at: index), let atom = readAtom(at: skipSpaces(lead.end)) {
            return (.open(atom.expression, lead.payload), atom.end)
        }
        var start = index
        var hasRangeLead = false
        if let lead = rules.rangeLeads.match(in: text, at: index) {
            start = skipSpaces(lead.end)
            hasRangeLead = true
        }
        guard let first = readAtom(at: start) else { return nil }
        var end = first.end
        var expression = first.expression
        let afterFirst = skipSpaces(first.end)
        if let link = rules.rangeLinks.match(in: text, at: afterFirst), let second = readAtom(at: skipSpaces(link.end), after: first.expression) {
            expression = .range(first.expression, second.expression)
            end = second.end
        } else if let joiner = rules.betweenJoiners.match(in: text, at: afterFirst),
            let second = readAtom(at: skipSpaces(joiner.end), after: first.expression),
            let tail = rules.betweenTails.match(in: text, at: skipSpaces(second.end))
        {
            expression = .range(first.expression, second.expression)
            end = tail.end
        }
        if let tail = rules.openTails.match(in: text, at: skipSpaces(end)) {
            // `2018年以前`, `从2016年3月1日开始`; a single 前/后 is left alone (`2018年前三季度`).
            if case .range = expression {} else {
                // `2010年之后2018年之前`: two bounds make one range.
                if tail.payload == .since || tail.payload == .after, let second = readAtom(at: skipSpaces(tail.end)),
                    let closing = rules.openTails.match(in: text, at: skipSpaces(second.end)), closing.payload == .before || closing.payload == .until
                {
                    let last: DateExpression = closing.payload == .before ? .open(second.expression, .before) : second.expression
                    return (.range(expression, last), closing.end)
                }
                return (.open(expression, tail.payload), tail.end)
            }
        }
        if !hasRangeLead, case .calendar(nil, nil, _) = expression, first.isYearOnly { return nil }
        return (expression, end)
    }

    // MARK: Atoms

    /// One date at `index`. `after` is the start of a range, which lets a bare day follow (`24日到28`).
    private func readAtom(at index: Int, after: DateExpression? = nil) -> Atom? {
        guard index < text.count else { return nil }
        if let marker = rules.lunarMarkers.match(in: text, at: index) { return readAtom(at: marker.end, after: after) }
        if let found = rules.lunarNewYear.match(in: text, at: index), found.payload.count == 2 {
            return Atom(expression: .calendar(year: nil, month: found.payload[0], day: found.payload[1]), end: found.end)
        }
        if let found = rules.relativeDays.match(in: text, at: index) {
            return Atom(expression: .relativeDay(found.payload), end: found.end)
        }
        if let found = rules.sameYear.match(in: text, at: index) { return Atom(expression: .sameYear, end: found.end) }
        if let found = rules.sameDay.match(in: text, at: index) { return Atom(expression: .sameDay, end: found.end) }
        if let found = rules.relativeYears.match(in: text, at: index) { return readInsideRelativeYear(step: found.payload, at: found.end) }
        if let found = rules.halves.match(in: text, at: index), found.payload.count == 2 {
            return Atom(expression: .partOfRelativeYear(step: 0, firstMonth: found.payload[0], lastMonth: found.payload[1]), end: found.end)
        }
        if let found = rules.thisHalf.match(in: text, at: index) {
            return Atom(expression: .relativeUnit(step: found.payload, unit: .half), end: found.end)
        }
        if let found = rules.relativeMonths.match(in: text, at: index) {
            if let day = readDay(at: skipSpaces(found.end)) {
                return Atom(expression: .dayOfRelativeMonth(day: day.day, monthStep: found.payload), end: day.end)
            }
            return Atom(expression: .relativeUnit(step: found.payload, unit: .month), end: found.end)
        }
        if let found = rules.relativeWeeks.match(in: text, at: index) {
            let next = found.end
            if let weekday = rules.weekdays.match(in: text, at: next) {
                return Atom(expression: .weekday(weekday.payload, step: nil, weekStep: found.payload), end: weekday.end)
            }
            if let prefix = rules.weekdayPrefixes.match(in: text, at: next), let weekday = rules.weekdays.match(in: text, at: prefix.end) {
                return Atom(expression: .weekday(weekday.payload, step: nil, weekStep: found.payload), end: weekday.end)
            }
            if let weekend = rules.weekendWord.match(in: text, at: next) {
                return Atom(expression: .relativeUnit(step: found.payload, unit: .weekend), end: weekend.end)
            }
            guard !isClassifier(at: found.end - 1) else { return nil }  // 这个 alone
            return Atom(expression: .relativeUnit(step: found.payload, unit: .week), end: found.end)
        }
        if let prefix = rules.weekdayPrefixes.match(in: text, at: index) {
            if let weekday = rules.weekdays.match(in: text, at: prefix.end) {
                return Atom(expression: .weekday(weekday.payload, step: nil, weekStep: nil), end: weekday.end)
            }
            if let weekend = rules.weekendWord.match(in: text, at: prefix.end) {
                return Atom(expression: .relativeUnit(step: 0, unit: .weekend), end: weekend.end)
            }
        }
        if let century = rules.relativeCentury.match(in: text, at: index) {
            return readDecade(at: century.end, century: nil, centuryStep: century.payload)
        }
        if let lead = rules.stretchLeads.match(in: text, at: index), lead.end - index > 1 || !text.isHan(index - 1),
            let atom = readStretch(at: skipSpaces(lead.end), step: lead.payload)
        {
            return atom
        }
        if let month = rules.lunarMonths.match(in: text, at: index) {
            return readMonthTail(year: nil, month: month.payload, at: month.end)
        }
        if let era = rules.eras.match(in: text, at: index) {
            // 康熙三年, 民國112年, 神龙元年: year n of an era.
            var ordinal: Int?
            var next = era.end
            if let first = rules.firstYearOfEra.match(in: text, at: next) {
                ordinal = 1
                next = first.end
            } else if let number = readNumber(at: next), number.value >= 1, number.value < 400 {
                ordinal = number.value
                next = number.end
            }
            guard let ordinal, let marker = rules.yearMarkers.match(in: text, at: skipSpaces(next)) else { return nil }
            return readInsideYear(era.payload + ordinal - 1, at: marker.end)
        }
        return readNumberLed(at: index, after: after)
    }

    /// After 今年 / 去年 / 明年: a month, a half, a quarter, or nothing.
    private func readInsideRelativeYear(step: Int, at index: Int) -> Atom {
        var next = skipSpaces(index)
        if let link = rules.linkOf.match(in: text, at: next) { next = link.end }  // 的
        if let half = rules.halves.match(in: text, at: next), half.payload.count == 2 {
            return Atom(expression: .partOfRelativeYear(step: step, firstMonth: half.payload[0], lastMonth: half.payload[1]), end: half.end)
        }
        if let quarter = readQuarter(at: next) {
            return Atom(expression: .partOfRelativeYear(step: step, firstMonth: quarter.first, lastMonth: quarter.last), end: quarter.end)
        }
        if let number = readNumber(at: next), number.value >= 1, number.value <= 12, let marker = rules.monthMarkers.match(in: text, at: skipSpaces(number.end)),
            !isCountedMonth(at: number.end)
        {
            var end = marker.end
            if let suffix = rules.monthSuffixes.match(in: text, at: end) { end = suffix.end }
            if let day = readDay(at: end) {
                return Atom(expression: .monthOfRelativeYear(month: number.value, day: day.day, yearStep: step), end: day.end)
            }
            return Atom(expression: .monthOfRelativeYear(month: number.value, day: nil, yearStep: step), end: end)
        }
        return Atom(expression: .relativeUnit(step: step, unit: .year), end: index)
    }

    /// `第一季度`, `一季度`, `Q1`: the first and last month.
    private func readQuarter(at index: Int) -> (first: Int, last: Int, end: Int)? {
        var next = index
        if let prefix = rules.ordinalPrefix.match(in: text, at: next) { next = prefix.end }
        guard let number = readNumber(at: next), (1...4).contains(number.value), let word = rules.quarterWords.match(in: text, at: number.end) else { return nil }
        return ((number.value - 1) * 3 + 1, number.value * 3, word.end)
    }

    /// 个月 counts months (`3个月`); 月 after a number is a month of the year.
    private func isCountedMonth(at index: Int) -> Bool { isClassifier(at: index) }

    /// 个 / 個 (data: `nthCounter`).
    private func isClassifier(at index: Int) -> Bool { rules.nthCounter.match(in: text, at: index) != nil }

    /// `N日` / `N号`: a day of the month, not `30日元` or `3号线`.
    private func readDay(at index: Int) -> (day: Int, end: Int)? {
        var next = index
        var lunar = false
        if let prefix = rules.lunarDayPrefix.match(in: text, at: next) {
            next = prefix.end
            lunar = true
        }
        guard let number = readNumber(at: next), (1...31).contains(number.value), number.sequenceLength <= 2 else { return nil }
        let afterNumber = skipSpaces(number.end)
        if lunar { return (number.value, number.end) }
        guard let marker = rules.dayMarkers.match(in: text, at: afterNumber) else { return nil }
        if rules.notDayAfterExceptions.match(in: text, at: afterNumber) == nil, rules.notDayAfter.match(in: text, at: marker.end) != nil {
            return nil
        }
        return (number.value, marker.end)
    }

    /// `10月12号，星期一`: a weekday after a date repeats it and belongs to it.
    private func skipRepeatedWeekday(_ index: Int) -> Int {
        var next = index
        if text[next] == 0x2C || text[next] == 0xFF0C || text[next] == 0x3001 { next += 1 }
        next = skipSpaces(next)
        if text[next] == 0x28 || text[next] == 0xFF08 { next += 1 }
        guard let prefix = rules.weekdayPrefixes.match(in: text, at: next), let weekday = rules.weekdays.match(in: text, at: prefix.end) else {
            return index
        }
        if text[weekday.end] == 0x29 || text[weekday.end] == 0xFF09 { return weekday.end + 1 }
        return weekday.end
    }

    /// After a month: the day (`24日`, `初一`, `十五` at the end of a phrase), or nothing.
    private func readMonthTail(year: Int?, month: Int, at index: Int) -> Atom? {
        if let week = readWeekInside(.calendar(year: year, month: month, day: nil), at: index, allowsWeekday: true) { return week }
        var end = index
        if let suffix = rules.monthSuffixes.match(in: text, at: end) { end = suffix.end }
        if let day = readDay(at: skipSpaces(end)) {
            return Atom(expression: .calendar(year: year, month: month, day: day.day), end: skipRepeatedWeekday(day.end))
        }
        // `八月十五` with no 日: a Chinese numeral day that ends the phrase.
        if let number = readNumber(at: end), !number.isASCII, (1...31).contains(number.value), !text.isHan(number.end) || text[number.end] == 0xFF0C {
            if numerals.bigs[text[number.end]] == nil { return Atom(expression: .calendar(year: year, month: month, day: number.value), end: number.end) }
        }
        // `10月12号，星期一`: a weekday after the date repeats it.
        return Atom(expression: .calendar(year: year, month: month, day: nil), end: end)
    }

    private func readNumberLed(at index: Int, after: DateExpression?) -> Atom? {
        guard let number = readNumber(at: index) else { return nil }
        let afterNumber = skipSpaces(number.end)
        // Decades: `90年代`, `九十年代`; `20世纪80年代`.
        if let century = rules.centuryWords.match(in: text, at: afterNumber) {
            return readDecade(at: century.end, century: number.value, centuryStep: nil)
        }
        if rules.decadeWords.match(in: text, at: afterNumber) != nil {
            guard number.value % 10 == 0, number.value < 100 else { return nil }
            let start = 1900 + number.value
            guard let first = DatePeriod(year: start), let last = DatePeriod(year: start + 9) else { return nil }
            return Atom(expression: .span(first, last), end: afterNumber + 2)
        }
        // Offsets: `5年前`, `3天后`, `两个月前`.
        if let unit = rules.offsetUnits.match(in: text, at: afterNumber), number.value > 0 {
            let probe = skipSpaces(unit.end)
            let maybeYear = unit.payload == .year && (number.sequenceLength == 4 || number.hasLeadingZero)
            if let ago = rules.agoWords.match(in: text, at: probe), !maybeYear {
                return Atom(expression: .offset(amount: -number.value, unit: unit.payload, base: nil), end: ago.end)
            }
            if let later = rules.laterWords.match(in: text, at: probe), !maybeYear, unit.payload != .month || text[afterNumber] != 0x6708 {
                return Atom(expression: .offset(amount: number.value, unit: unit.payload, base: nil), end: later.end)
            }
        }
        // Years, then months and days inside them.
        if let marker = rules.yearMarkers.match(in: text, at: afterNumber) {
            let next = skipSpaces(marker.end)
            let monthFollows = readNumber(at: next).map { rules.monthMarkers.match(in: text, at: skipSpaces($0.end)) != nil } ?? false
            if let year = year(from: number, monthFollows: monthFollows) {
                return readInsideYear(year, at: marker.end)
            }
            return nil
        }
        if let marker = rules.monthMarkers.match(in: text, at: afterNumber), (1...12).contains(number.value), number.sequenceLength <= 2 {
            return readMonthTail(year: nil, month: number.value, at: marker.end)
        }
        if let day = readDay(at: index) {
            // A day alone is a date (`30日`), but `号` alone needs to not name a thing (`3号线`).
            if rules.haoMarkers.match(in: text, at: skipSpaces(number.end)) != nil {
                if rules.notHaoAfter.match(in: text, at: day.end) != nil { return nil }
                if text.isHan(index - 1), rules.haoLeads.match(in: text, endingAt: index) == nil, after == nil { return nil }
            }
            return Atom(expression: .calendar(year: nil, month: nil, day: day.day), end: day.end)
        }
        // A range end without 日 (`从一月十日到20`) is too loose to read: only ends with a marker count.
        return nil
    }

    /// After a month or a year: `的第一周`, `的最后一个星期一`, `的第二个星期三`.
    private func readWeekInside(_ period: DateExpression, at index: Int, allowsWeekday: Bool) -> Atom? {
        guard let link = rules.linkOf.match(in: text, at: skipSpaces(index)) else { return nil }
        var next = skipSpaces(link.end)
        var nth: Int?
        if let last = rules.lastOrdinal.match(in: text, at: next) {
            nth = -1
            next = last.end
            if let counter = rules.nthCounter.match(in: text, at: next) { next = counter.end }
        } else if let prefix = rules.nthPrefix.match(in: text, at: next), let number = readNumber(at: prefix.end), (1...5).contains(number.value) {
            nth = number.value
            next = number.end
            if let counter = rules.nthCounter.match(in: text, at: next) { next = counter.end }
        }
        guard let nth else { return nil }
        if allowsWeekday, let prefix = rules.weekdayPrefixes.match(in: text, at: next), let weekday = rules.weekdays.match(in: text, at: prefix.end) {
            return Atom(expression: .nthWeekday(nth, weekday.payload, month: period), end: weekday.end)
        }
        if let week = rules.weekOfPeriod.match(in: text, at: next) {
            return Atom(expression: .nthWeek(nth, of: period), end: week.end)
        }
        return nil
    }

    private func readInsideYear(_ year: Int, at index: Int) -> Atom? {
        if let week = readWeekInside(.calendar(year: year, month: nil, day: nil), at: index, allowsWeekday: false) { return week }
        var next = skipSpaces(index)
        if let marker = rules.lunarMarkers.match(in: text, at: next) { next = marker.end }
        if let link = rules.linkOf.match(in: text, at: next) { next = link.end }  // 的
        if let half = rules.halves.match(in: text, at: next), half.payload.count == 2,
            let first = DatePeriod(year: year, month: half.payload[0]), let last = DatePeriod(year: year, month: half.payload[1])
        {
            return Atom(expression: .span(first, last), end: half.end)
        }
        if let quarter = readQuarter(at: next), let first = DatePeriod(year: year, month: quarter.first), let last = DatePeriod(year: year, month: quarter.last) {
            return Atom(expression: .span(first, last), end: quarter.end)
        }
        if let month = rules.lunarMonths.match(in: text, at: next) {
            return readMonthTail(year: year, month: month.payload, at: month.end)
        }
        if let number = readNumber(at: next), let marker = rules.monthMarkers.match(in: text, at: skipSpaces(number.end)), !isCountedMonth(at: number.end) {
            guard (1...12).contains(number.value), number.sequenceLength <= 2 else { return nil }  // 2023年13月 is no date
            return readMonthTail(year: year, month: number.value, at: marker.end)
        }
        if let lunarNewYear = rules.lunarNewYear.match(in: text, at: next), lunarNewYear.payload.count == 2 {
            return Atom(expression: .calendar(year: year, month: lunarNewYear.payload[0], day: lunarNewYear.payload[1]), end: lunarNewYear.end)
        }
        return Atom(expression: .calendar(year: year, month: nil, day: nil), end: index, isYearOnly: true)
    }

    /// `N年代` after a century (`20世纪80年代`, `上世纪90年代`).
    private func readDecade(at index: Int, century: Int?, centuryStep: Int?) -> Atom? {
        guard let number = readNumber(at: skipSpaces(index)), number.value % 10 == 0, number.value < 100,
            rules.yearMarkers.match(in: text, at: number.end) != nil, rules.decadeWords.match(in: text, at: number.end) != nil
        else { return nil }
        let hundreds: Int
        if let century { hundreds = (century - 1) * 100 } else { hundreds = 2000 + 100 * (centuryStep ?? 0) }
        let start = hundreds + number.value
        guard let first = DatePeriod(year: start), let last = DatePeriod(year: start + 9) else { return nil }
        return Atom(expression: .span(first, last), end: number.end + 2)
    }

    /// After 近 / 过去 / 未来: `三年`, `两天`, `1周`, `2个月`.
    private func readStretch(at index: Int, step: Int) -> Atom? {
        guard let number = readNumber(at: index), number.value > 0, number.sequenceLength != 4,
            let unit = rules.offsetUnits.match(in: text, at: skipSpaces(number.end))
        else { return nil }
        if unit.payload == .month, text[skipSpaces(number.end)] == 0x6708 { return nil }  // 上2月 is not two months
        return Atom(expression: .stretch(amount: number.value, unit: unit.payload, forward: step > 0, includesToday: false), end: unit.end)
    }

    // MARK: Tense

    /// Future or past markers before `index` in its sentence (`将于9月24日至28日举行`).
    func tense(before index: Int) -> Tense {
        var position = index - 1
        while position >= 0, index - position <= 24 {
            if rules.sentenceEnds.contains(text[position]) { break }
            if rules.futureMarkers.match(in: text, at: position) != nil { return .future }
            if rules.pastMarkers.match(in: text, at: position) != nil { return .past }
            position -= 1
        }
        return .unknown
    }
}
