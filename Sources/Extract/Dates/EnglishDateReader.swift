/// Reads English (and language-neutral numeric) date expressions from tokens: `May 30, 2023`,
/// `30 May`, `2023-05-30`, `5/30`, `In October 2020`, `yesterday`, `last year`, `ten years ago`,
/// `on Tuesday`, `the 30th`, `from May 25 to 30`, `between 2014 and 2018`, `since 2018`.
struct EnglishDateReader {
    /// One expression found: the tokens it covers and what it says.
    struct Found {
        var tokens: Range<Int>
        var expression: DateExpression
    }

    let rules: EnglishDateRules
    let tokens: [DateToken]
    /// Number words (`nineteen ninety six`, `two thousand and eighteen` as years).
    let numberWords: EnglishNumberRules
    /// Whether the original text has a capital letter at a code-point offset (`May` vs `may`).
    var capitals: ((Int) -> Bool)? = nil
    /// `3/7/2017` is 3 July (Chinese text, much of the world) rather than March 7 (`numericOrder` in the data).
    let dayFirst: Bool

    /// An atom and how sure we are it is a date on its own (`4` alone is only a day inside a range).
    private struct Atom {
        var expression: DateExpression
        var end: Int
        var weak = false
        var start: Int? = nil
    }

    /// Every expression, left to right, not overlapping.
    func readAll() -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < tokens.count {
            if isCandidateStart(index), let (expression, end) = readTop(at: index), end > index {
                found.append(Found(tokens: index..<end, expression: expression))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// Cheap filter: only these tokens can start a date.
    private func isCandidateStart(_ index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .number: return token.digits <= 8
        case .symbol: return false
        case .word:
            guard rules.starters.contains(token.key) else { return false }
            if rules.strongStarters.contains(token.key) { return true }
            var next = index + 1
            while next < tokens.count, next - index <= 3 {
                let token = tokens[next]
                if token.kind == .number || rules.followers.contains(token.key) { return true }
                guard rules.glueWords.contains(token.key) else { return false }
                next += 1
            }
            return false
        }
    }

    /// Future or past markers before token `index` in its sentence (`will be held from September 24`).
    func tense(before index: Int) -> Tense {
        var position = index - 1
        while position >= 0, index - position <= 15 {
            if tokens[position].kind == .symbol, rules.sentenceEnds.contains(tokens[position].key) { break }
            if rules.futureMarkers.match(tokens, at: position) != nil { return .future }
            if rules.pastMarkers.match(tokens, at: position) != nil { return .past }
            position -= 1
        }
        return .unknown
    }

    // MARK: Token helpers

    private func word(_ index: Int) -> UInt64? {
        index >= 0 && index < tokens.count && tokens[index].kind == .word ? tokens[index].key : nil
    }

    private func isSymbol(_ index: Int, _ scalars: UInt32...) -> Bool {
        guard index >= 0, index < tokens.count, tokens[index].kind == .symbol else { return false }
        return scalars.contains(UInt32(truncatingIfNeeded: tokens[index].key & 0xFFFF_FFFF))
    }

    private func number(_ index: Int) -> DateToken? {
        index >= 0 && index < tokens.count && tokens[index].kind == .number ? tokens[index] : nil
    }

    /// Tokens `index` and `index + 1` touch (no space between).
    private func touching(_ index: Int) -> Bool { index + 1 < tokens.count && !tokens[index + 1].spaced }

    private func skip(_ key: UInt64, at index: Int) -> Int { word(index) == key ? index + 1 : index }

    private func skipComma(_ index: Int) -> Int { isSymbol(index, 0x2C) ? index + 1 : index }

    // MARK: Top level: ranges and open ranges around atoms

    private func readTop(at index: Int) -> (DateExpression, Int)? {
        if let lead = rules.openLeads.match(tokens, at: index), let atom = readAtom(at: lead.end), !atom.weak {
            if let range = readRangeTail(after: atom, allowWeakStart: false) { return (.open(range.0, lead.payload), range.1) }
            return (.open(atom.expression, lead.payload), atom.end)
        }
        if let lead = word(index), rules.rangeLeads.contains(lead) {
            if let start = readAtom(at: index + 1, allowWeak: true) {
                if let range = readRangeTail(after: start, allowWeakStart: true, between: lead == rules.between) { return range }
                if !start.weak { return (start.expression, start.end) }
            }
            return nil
        }
        guard let atom = readAtom(at: index, allowWeak: true) else { return nil }
        if let range = readRangeTail(after: atom, allowWeakStart: true) { return range }
        if atom.weak { return nil }
        if let tail = rules.openTails.match(tokens, at: atom.end), tail.end >= tokens.count || tokens[tail.end].kind == .symbol {
            return (.open(atom.expression, tail.payload), tail.end)
        }
        return (atom.expression, atom.end)
    }

    /// `A to B`, `A - B`, `A and B` (after `between`), with a month or year written once at the end
    /// (`from 4 to 22 January, 1995`, `between 3 and 12 of Sept`, `4 to 23 next month`).
    private func readRangeTail(after start: Atom, allowWeakStart: Bool, between: Bool = false) -> (DateExpression, Int)? {
        // `and` links only after `between` (`2015 and 2016` are two dates).
        guard let link = rules.rangeLinks.match(tokens, at: start.end), between || word(start.end) != rules.and, var end = readAtom(at: link.end, allowWeak: true) else { return nil }
        var startExpression = start.expression
        if case .calendar(let y1?, nil, nil) = startExpression, case .calendar(let y2?, nil, nil) = end.expression {
            // `2014-2018`, `between 2014 and 2018`: years in order, within a century, not inside a
            // chain of numbers (`138-2010-2015` is a telephone number).
            let startToken = rangeStart(of: start)
            let chained = (startToken >= 2 && tokens[startToken - 1].kind == .symbol && number(startToken - 2) != nil && !tokens[startToken].spaced)
                || (end.end + 1 < tokens.count && isSymbol(end.end, 0x2D) && number(end.end + 1) != nil && !tokens[end.end].spaced)
            return y2 > y1 && y2 - y1 < 100 && !chained ? (.range(startExpression, end.expression), end.end) : nil
        }
        // A bare-number start needs something that makes it a day: a month on either side or a
        // shared tail.
        if start.weak || end.weak {
            if let tail = rules.dayOfMonthTails.match(tokens, at: end.end) ?? rules.dayOfMonthTails.match(tokens, at: skip(rules.of, at: end.end)),
                case .calendar(nil, nil, let startDay?) = startExpression, case .calendar(nil, nil, let endDay?) = end.expression
            {
                startExpression = .dayOfRelativeMonth(day: startDay, monthStep: tail.payload)
                end = Atom(expression: .dayOfRelativeMonth(day: endDay, monthStep: tail.payload), end: tail.end)
            } else if case .calendar(nil, nil, let startDay?) = startExpression, case .calendar(nil, nil, let endDay?) = end.expression {
                // `between 3 and 12 of Sept`: the month (and year) after the second day.
                let next = skip(rules.of, at: end.end)
                guard let month = readMonth(at: next) else { return nil }
                var finish = month.end
                var year: Int?
                if let found = readYear(at: skipComma(finish), loose: true) { year = found.year; finish = found.end }
                startExpression = .calendar(year: year, month: month.month, day: startDay)
                end = Atom(expression: .calendar(year: year, month: month.month, day: endDay), end: finish)
            } else if start.weak, case .calendar(nil, nil, let startDay?) = startExpression {
                // `from 4 to 22 January, 1995`, `4 to 23 next month`: the end names the month.
                switch end.expression {
                case .calendar(_, _?, _): break
                case .dayOfRelativeMonth(_, let step): startExpression = .dayOfRelativeMonth(day: startDay, monthStep: step)
                default: return nil
                }
            } else if start.weak, case .relativeDay = startExpression, !end.weak {
                // `between now and November 15th`
            } else if start.weak {
                return nil
            }
        }
        if case .calendar(let year, nil, nil) = startExpression, year != nil, case .calendar(nil, nil, _) = end.expression {
            return nil  // `2014 - 22`
        }
        return (.range(startExpression, end.expression), end.end)
    }

    /// The first token of an atom (atoms keep only their end; the year atoms that need this are one token).
    private func rangeStart(of atom: Atom) -> Int { atom.start ?? atom.end - 1 }

    // MARK: Atoms

    private func readAtom(at index: Int, allowWeak: Bool = false) -> Atom? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        if token.kind == .number {
            // `6,107.31`: the 31 is the end of a larger number, not a day.
            if isSymbol(index - 1, 0x2E, 0x2C), number(index - 2) != nil, !token.spaced, !tokens[index - 1].spaced { return nil }
            if let atom = readNumeric(at: index) { return atom }
            if let atom = readDayFirst(at: index) { return atom }
            if let atom = readYearFirst(at: index) { return atom }
            if let atom = readCountExpression(at: index) { return atom }
            if token.digits <= 2, (1...12).contains(token.value), isSymbol(index + 1, 0x2D, 0x2F), let year = number(index + 2), year.digits == 4,
                let value = plausibleYear(year), tokens[index + 1].spaced || tokens[index + 2].spaced, !isSymbol(index + 3, 0x2D, 0x2F)
            {
                return Atom(expression: .calendar(year: value, month: token.value, day: nil), end: index + 3)  // `11 - 2016`
            }
            if allowWeak, token.digits <= 2, (1...31).contains(token.value) {
                var end = index + 1
                if let suffix = word(end), rules.ordinalSuffixes.contains(suffix), touching(index) { end += 1 }
                return Atom(expression: .calendar(year: nil, month: nil, day: token.value), end: end, weak: true)
            }
            if allowWeak, token.digits == 4, let year = plausibleYear(token) {
                return Atom(expression: .calendar(year: year, month: nil, day: nil), end: index + 1, weak: true)
            }
            return nil
        }
        guard token.kind == .word else { return nil }
        let roles = rules.roles[token.key] ?? []
        if roles.contains(.relativeDay), let found = rules.relativeDays.match(tokens, at: index) {
            if let atom = readCountExpression(at: index) { return atom }  // `the day after tomorrow` is in the table
            return Atom(expression: .relativeDay(found.payload), end: skipParenthesizedDay(found.end))
        }
        if roles.contains(.holiday), let atom = readHoliday(at: index) { return atom }
        if roles.contains(.abbreviation), let (part, unit) = rules.partUnitAbbreviations[token.key] {
            return Atom(expression: .part(.relativeUnit(step: 0, unit: unit), part), end: index + 1)
        }
        if roles.contains(.part), let atom = readPart(at: index) { return atom }
        if roles.contains(.edge), let atom = readEdge(at: index) { return atom }
        if roles.contains(.nthWeek), let atom = readNthWeek(at: index) ?? readNthQuarter(at: index) { return atom }
        if roles.contains(.containing), let atom = readContaining(at: index) { return atom }
        if roles.contains(.afterNext) || roles.contains(.the), let atom = readAfterNext(at: index) { return atom }
        if roles.contains(.lasting), let atom = readLasting(at: index) { return atom }
        if numberWords.words[token.key] != nil, let atom = readSpelledYear(at: index) { return atom }
        if roles.contains(.same) {
            if let found = rules.sameYear.match(tokens, at: index) { return Atom(expression: .sameYear, end: found.end) }
            if let found = rules.sameDay.match(tokens, at: index) { return Atom(expression: .sameDay, end: found.end) }
        }
        if roles.contains(.the), let atom = readNthWeek(at: index + 1) { return atom }  // `the last week of July` before `the last week`
        if roles.contains(.step), let atom = readRelativeStep(at: index) { return atom }
        if roles.contains(.weekday), let atom = readWeekdayFirst(at: index) { return atom }
        if roles.contains(.month), let atom = readMonthFirst(at: index) { return atom }
        if roles.contains(.thisYear), let found = rules.thisYear.match(tokens, at: index) {
            if let year = readYear(at: skip(rules.of, at: found.end), loose: false) {
                return Atom(expression: .calendar(year: year.year, month: nil, day: nil), end: year.end)
            }
            return Atom(expression: .relativeUnit(step: 0, unit: .year), end: found.end)
        }
        if roles.contains(.the) {
            if let atom = readNthWeekday(at: index + 1) ?? readPart(at: index + 1) ?? readNthWeek(at: index + 1) { return atom }
            if let atom = readDayFirst(at: index) { return atom }
            if let atom = readCountExpression(at: index + 1) { return atom }
            if let atom = readDecadeOrCentury(at: index + 1) { return atom }
            if let atom = readYearFirst(at: index + 1) { return atom }
        }
        if roles.contains(.day), let atom = readNthWeekday(at: index) { return atom }
        if roles.contains(.count), let atom = readCountExpression(at: index) { return atom }
        if roles.contains(.day), let atom = readDayFirst(at: index) { return atom }
        if roles.contains(.decade), let atom = readDecadeOrCentury(at: index) { return atom }
        if roles.contains(.quarter), let atom = readQuarterFirst(at: index) { return atom }
        if allowWeak, roles.contains(.now), let now = rules.nowWords.match(tokens, at: index) {
            return Atom(expression: .relativeDay(0), end: now.end, weak: true)  // `between Jan 22 and now`, `from March to date`
        }
        if allowWeak, roles.contains(.day) || roles.contains(.the), let day = readDay(at: word(index) == rules.the ? index + 1 : index, strict: true),
            readMonth(at: day.end) == nil, rules.dayOfMonthTails.match(tokens, at: day.end) == nil, word(day.end) != rules.of
        {
            // `april 9th through seventeenth`, `from the ninth till ...`: a day only inside a range.
            return Atom(expression: .calendar(year: nil, month: nil, day: day.day), end: day.end, weak: true)
        }
        return nil
    }

    /// `early 2023`, `the end of March`, `mid-November`, `late last year`, `mid next week`.
    private func readPart(at index: Int) -> Atom? {
        guard let key = word(index), let part = rules.parts[key] else { return nil }
        var next = index + 1
        if isSymbol(next, 0x2D), touching(index) { next += 1 }
        next = skip(rules.of, at: next)
        next = skip(rules.the, at: next)
        if let unit = rules.units.match(tokens, at: next), [.year, .month, .week].contains(unit.payload), rules.pluralUnits.contains(tokens[unit.end - 1].key) == false,
            readAtom(at: next) == nil
        {
            return Atom(expression: .part(.relativeUnit(step: 0, unit: unit.payload), part), end: unit.end)  // `end of month`
        }
        guard let inner = readAtom(at: next), !inner.weak else { return nil }
        switch inner.expression {
        case .calendar(_, _, nil), .relativeUnit(_, .year), .relativeUnit(_, .month), .relativeUnit(_, .week), .monthOfRelativeYear(_, nil, _):
            return Atom(expression: .part(inner.expression, part), end: inner.end)
        default:
            return nil
        }
    }

    /// `rest of the week`, `earlier this month`, `later in the year`.
    private func readEdge(at index: Int) -> Atom? {
        guard let key = word(index) else { return nil }
        var next = index + 1
        let towardEnd: Bool
        if rules.restWords.contains(key) {
            towardEnd = true
            next = skip(rules.of, at: next)
        } else if let edge = rules.edgeWords[key] {
            towardEnd = edge
            if word(next) == Self.inWord { next += 1 }
        } else {
            return nil
        }
        if let step = rules.relativeSteps.match(tokens, at: next), step.payload == 0 { next = step.end } else if word(next) == rules.the || word(next) == Self.my { next += 1 }
        guard let unit = rules.units.match(tokens, at: next), [.week, .month, .year].contains(unit.payload) else { return nil }
        return Atom(expression: .toEdge(.relativeUnit(step: 0, unit: unit.payload), towardEnd: towardEnd), end: unit.end)
    }

    private static let my = EnglishDateRules.key("my") ?? 0
    private static let from = EnglishDateRules.key("from") ?? 0

    /// `the first week of 2015`, `the last week of July`, `the third week of this month`, `week 31`, `week 3 of 2027`.
    private func readNthWeek(at index: Int) -> Atom? {
        if word(index) == rules.week, let number = number(index + 1), number.digits <= 2, (1...53).contains(number.value) {
            var end = index + 2
            var year: DateExpression?
            if word(end) == rules.of, let found = readYear(at: end + 1, loose: false) {
                year = .calendar(year: found.year, month: nil, day: nil)
                end = found.end
            }
            return Atom(expression: .nthWeek(number.value, of: year), end: end)
        }
        guard let key = word(index), let nth = rules.weekdayOrdinals[key], word(index + 1) == rules.week else { return nil }
        var next = index + 2
        if let link = word(next), link == rules.of || link == Self.inWord { next += 1 }
        guard let inner = readAtom(at: next), !inner.weak else { return nil }
        switch inner.expression {
        case .calendar(_, _, nil), .relativeUnit(_, .year), .relativeUnit(_, .month), .monthOfRelativeYear(_, nil, _):
            return Atom(expression: .nthWeek(nth, of: inner.expression), end: inner.end)
        default:
            return nil
        }
    }

    /// `Christmas`, `last Easter`, `black friday 2010`, `independence day of this year`, `the next new year day`.
    private func readHoliday(at index: Int) -> Atom? {
        var next = index
        var step: Int?
        if let found = rules.relativeSteps.match(tokens, at: next), rules.holidays.match(tokens, at: found.end) != nil {
            step = found.payload
            next = found.end
        }
        guard let holiday = rules.holidays.match(tokens, at: next) else { return nil }
        var end = holiday.end
        if let year = readYear(at: skip(rules.of, at: skipComma(end)), loose: false) {
            return Atom(expression: .holiday(holiday.payload, year: year.year, step: nil), end: year.end)
        }
        if let found = rules.relativeSteps.match(tokens, at: skip(rules.of, at: end)), let unit = rules.units.match(tokens, at: found.end), unit.payload == .year {
            step = found.payload
            end = unit.end
        }
        return Atom(expression: .holiday(holiday.payload, year: nil, step: step), end: end)
    }

    /// `the week of the 18th`, `the week beginning on February 4`, `w/c feb 4`, `month of september 16th`.
    private func readContaining(at index: Int) -> Atom? {
        guard let lead = rules.containingLeads.match(tokens, at: index) else { return nil }
        let next = word(lead.end) == Self.on ? lead.end + 1 : lead.end
        guard let inner = readAtom(at: next), !inner.weak else { return nil }
        return Atom(expression: .containing(lead.payload, inner.expression), end: inner.end)
    }

    /// `the week after next`, `the year after next`.
    private func readAfterNext(at index: Int) -> Atom? {
        let start = word(index) == rules.the ? index + 1 : index
        guard let unit = rules.units.match(tokens, at: start), let after = rules.afterNext.match(tokens, at: unit.end) else { return nil }
        return Atom(expression: .relativeUnit(step: 2, unit: unit.payload), end: after.end)
    }

    /// `the third quarter of 2016`, `the first quarter this year`.
    private func readNthQuarter(at index: Int) -> Atom? {
        guard let key = word(index), let nth = rules.weekdayOrdinals[key], word(index + 1) == rules.quarter else { return nil }
        let part = nth < 0 ? 4 : nth
        guard (1...4).contains(part) else { return nil }
        var next = skip(rules.of, at: index + 2)
        if word(next) == Self.inWord { next += 1 }
        if let year = readYear(at: next, loose: false) {
            return quarter(year: year.year, unit: .quarter, part: part, end: year.end)
        }
        if let step = rules.relativeSteps.match(tokens, at: next), let unit = rules.units.match(tokens, at: step.end), unit.payload == .year {
            return Atom(expression: .partOfRelativeYear(step: step.payload, firstMonth: part * 3 - 2, lastMonth: part * 3), end: unit.end)
        }
        return nil
    }

    /// `for 3 days, from today`, `a week starting tomorrow`, `2 weeks starting May 20th`.
    private func readLasting(at index: Int) -> Atom? {
        let hasFor = word(index).map { rules.durationLeads.contains($0) } ?? false
        let start = hasFor ? index + 1 : index
        guard let count = readCount(at: start), let unit = rules.units.match(tokens, at: count.end) else { return nil }
        let next = skipComma(unit.end)
        guard let link = rules.durationLinks.match(tokens, at: next), hasFor || tokens[next].key != Self.from,
            let from = readAtom(at: link.end), !from.weak
        else { return nil }
        return Atom(expression: .lasting(amount: count.value, unit: unit.payload, from: from.expression), end: from.end)
    }

    /// `in nineteen ninety six`, `In one thousand seven hundred and eighty nine`: a year in words after a
    /// lead word, ending its phrase.
    private func readSpelledYear(at index: Int) -> Atom? {
        guard let previous = word(index - 1), rules.yearLeads.contains(previous), let spelled = readSpelledNumber(at: index),
            (1000...2999).contains(spelled.value), spelled.end >= tokens.count || tokens[spelled.end].kind == .symbol
                || word(spelled.end) == rules.and || word(spelled.end).map({ rules.months[$0] != nil }) ?? false
        else { return nil }
        return Atom(expression: .calendar(year: spelled.value, month: nil, day: nil), end: spelled.end)
    }

    /// `Yesterday (30th)`: the day in brackets repeats the date.
    private func skipParenthesizedDay(_ index: Int) -> Int {
        guard isSymbol(index, 0x28), let day = readDay(at: index + 1, strict: false), isSymbol(day.end, 0x29) else { return index }
        return day.end + 1
    }

    /// `2023-05-30`, `2023/5/30`, `2015.5.13`, `21/04/2016`, `9-18-15`, `20161016`, `4/22`, `11/2016`,
    /// `2019-sep-1`.
    private func readNumeric(at index: Int) -> Atom? {
        guard let first = number(index) else { return nil }
        if first.digits == 8, let year = plausibleYear(value: first.value / 10000),
            let day = CalendarDay(year: year, month: first.value / 100 % 100, day: first.value % 100)
        {
            return Atom(expression: .calendar(year: day.year, month: day.month, day: day.day), end: index + 1)
        }
        guard isSymbol(index + 1, 0x2D, 0x2F, 0x2E), touching(index) else { return nil }
        let separator = tokens[index + 1].key
        if number(index - 2) != nil, index >= 1, tokens[index - 1].key == separator, touching(index - 2), touching(index - 1) {
            return nil  // inside a longer number chain (a phone number, a version)
        }
        let second = number(index + 2)
        let secondMonth = second == nil ? readMonth(at: index + 2) : nil
        guard second != nil || secondMonth != nil, touching(index + 1) else { return nil }
        let afterSecond = second != nil ? index + 3 : (secondMonth?.end ?? index + 3)
        let hasThird = afterSecond < tokens.count && tokens[afterSecond].key == separator && touching(afterSecond - 1) && touching(afterSecond)
        let third = hasThird ? number(afterSecond + 1) : nil
        let thirdEnd = afterSecond + 2
        if third != nil, number(thirdEnd + 1) != nil, thirdEnd < tokens.count, tokens[thirdEnd].key == separator, touching(thirdEnd - 1) {
            return nil  // `1.2.3.4`: a version or an address, not a date
        }
        if first.digits == 4, let year = plausibleYear(first) {
            let month = second.map(\.value) ?? secondMonth?.month
            guard let month, (1...12).contains(month) else { return nil }
            if let third {
                guard third.digits <= 2, CalendarDay(year: year, month: month, day: third.value) != nil else {
                    // `2020/23/Sep` is too rare to guess at; `2015-1-32` is no date.
                    return nil
                }
                return Atom(expression: .calendar(year: year, month: month, day: third.value), end: thirdEnd)
            }
            guard second.map({ $0.digits <= 2 }) ?? true, separator != DateToken.symbolKey(0x2E) else { return nil }
            return Atom(expression: .calendar(year: year, month: month, day: nil), end: afterSecond)
        }
        guard first.digits <= 2, let second, second.digits <= 4 else { return nil }
        if let third {
            guard third.digits == 4 || third.digits == 2, second.digits <= 2 else { return nil }
            let year = third.digits == 4 ? third.value : (third.value <= 30 ? 2000 + third.value : 1900 + third.value)
            var (month, day) = (first.value, second.value)
            if first.value > 12 || (dayFirst && second.value <= 12) { (month, day) = (second.value, first.value) }
            guard CalendarDay(year: year, month: month, day: day) != nil else { return nil }
            return Atom(expression: .calendar(year: year, month: month, day: day), end: thirdEnd)
        }
        if second.digits == 4, (1...12).contains(first.value), separator != DateToken.symbolKey(0x2E), let year = plausibleYear(second) {
            return Atom(expression: .calendar(year: year, month: first.value, day: nil), end: index + 3)
        }
        guard second.digits <= 2 else { return nil }
        // `4/22` stands alone; `4-22` and `4.22` only after `on` / `in` or a weekday (else a score or a time).
        if separator != DateToken.symbolKey(0x2F) {
            let previous = word(index - 1)
            guard let previous, previous == Self.on || previous == Self.inWord || rules.weekdays[previous] != nil else { return nil }
        }
        if isSymbol(index + 3, 0x3A) || number(index + 4) != nil && isSymbol(index + 3, 0x2E) { return nil }
        // Without a year, month first even where day-first is the rule for full dates (`12/1`).
        var (month, day) = (first.value, second.value)
        if first.value > 12 { (month, day) = (second.value, first.value) }
        guard (1...12).contains(month), (1...31).contains(day), day <= CalendarDay.daysIn(month: month, year: 2000) else { return nil }
        var end = index + 3
        var year: Int?
        if isSymbol(end, 0x2C), let found = number(end + 1), found.digits == 4, let value = plausibleYear(found) {
            year = value
            end += 2
        }
        return Atom(expression: .calendar(year: year, month: month, day: day), end: end)
    }

    private static let on = EnglishDateRules.key("on") ?? 0
    private static let inWord = EnglishDateRules.key("in") ?? 0

    private func plausibleYear(_ token: DateToken) -> Int? {
        token.digits == 4 ? plausibleYear(value: token.value) : nil
    }

    private func plausibleYear(value: Int) -> Int? { (1000...2999).contains(value) ? value : nil }

    /// A month name (`Sept.` with its dot).
    private func readMonth(at index: Int) -> (month: Int, end: Int)? {
        guard let key = word(index), let month = rules.months[key] else { return nil }
        let end = isSymbol(index + 1, 0x2E) && touching(index) ? index + 2 : index + 1
        return (month, end)
    }

    /// A day of the month: `30`, `30th`, `the 30th`, `thirtieth`, `twenty-first`, `twenty one`.
    /// `strict` refuses a bare number (it needs a suffix or an ordinal word).
    private func readDay(at index: Int, strict: Bool) -> (day: Int, end: Int)? {
        if let token = number(index) {
            guard token.digits <= 2, (1...31).contains(token.value) else { return nil }
            if let suffix = word(index + 1), rules.ordinalSuffixes.contains(suffix), touching(index) { return (token.value, index + 2) }
            return strict ? nil : (token.value, index + 1)
        }
        guard let key = word(index) else { return nil }
        if let tens = rules.dayTens[key] {
            var next = index + 1
            if isSymbol(next, 0x2D) { next += 1 }
            if let unit = word(next), let value = rules.dayOrdinals[unit] ?? (strict ? nil : rules.dayCardinals[unit]), value < 10 {
                return (tens + value, next + 1)
            }
        }
        if let value = rules.dayOrdinals[key] { return (value, index + 1) }
        if !strict, let value = rules.dayCardinals[key], value <= 31 { return (value, index + 1) }
        return nil
    }

    /// A four-digit year; `loose` also takes `'87` and two digits after `of`.
    private func readYear(at index: Int, loose: Bool) -> (year: Int, end: Int)? {
        if let token = number(index), let year = plausibleYear(token) {
            if let suffix = word(index + 1), touching(index), !rules.decadeSuffixes.contains(suffix) { return nil }  // `2018abc`
            return (year, index + 1)
        }
        if loose, let token = number(index), token.digits == 2, word(index - 1) == rules.of {
            return (token.value <= 30 ? 2000 + token.value : 1900 + token.value, index + 1)
        }
        if loose, let spelled = readSpelledNumber(at: index), (1000...2999).contains(spelled.value) { return (spelled.value, spelled.end) }
        return nil
    }

    /// A number in words as years are said: `two thousand and eighteen`, `nineteen ninety six`,
    /// `seventeen hundred thirty three`, `one thousand seven hundred and eighty nine`.
    private func readSpelledNumber(at index: Int) -> (value: Int, end: Int)? {
        /// Below a hundred: `seventy`, `twenty seven`, `twenty-seven`, `fifteen`.
        func small(_ at: Int) -> (Int, Int)? {
            guard let key = word(at), let entry = numberWords.words[key] else { return nil }
            if let tens = entry.tens {
                var next = at + 1
                if isSymbol(next, 0x2D), touching(at) { next += 1 }
                if let unitKey = word(next), let unit = numberWords.words[unitKey]?.unit, unit < 10, unit > 0 { return (tens + unit, next + 1) }
                return (tens, at + 1)
            }
            if let unit = entry.unit, unit < 100 { return (unit, at + 1) }
            return nil
        }
        func isHundred(_ at: Int) -> Bool { word(at).flatMap { numberWords.words[$0] }?.isHundred ?? false }
        func isThousand(_ at: Int) -> Bool { word(at).flatMap { numberWords.words[$0] }?.scale == 1000 }
        func skipAnd(_ at: Int) -> Int { word(at) == rules.and ? at + 1 : at }
        /// Below a thousand: `seven hundred and eighty nine`, `sixty seven`.
        func belowThousand(_ at: Int) -> (Int, Int)? {
            guard let (first, end) = small(at) else { return nil }
            guard isHundred(end), first < 10 else { return (first, end) }
            if let (rest, restEnd) = small(skipAnd(end + 1)) { return (first * 100 + rest, restEnd) }
            return (first * 100, end + 1)
        }
        guard let (first, end) = small(index) else { return nil }
        if isThousand(end) {
            if let (rest, restEnd) = belowThousand(skipAnd(end + 1)) { return (first * 1000 + rest, restEnd) }
            return (first * 1000, end + 1)
        }
        if isHundred(end) {
            if let (rest, restEnd) = small(skipAnd(end + 1)) { return (first * 100 + rest, restEnd) }
            return (first * 100, end + 1)
        }
        if first >= 10, let (rest, restEnd) = small(end), rest >= 10 { return (first * 100 + rest, restEnd) }  // nineteen ninety six
        return (first, end)
    }

    /// `May 30`, `May 30th, 2023`, `Sept. 24`, `October 2020`, `Oct/2`, `May twenty one`, `June the 28th 2020`, `May`.
    private func readMonthFirst(at index: Int) -> Atom? {
        guard let key = word(index), let (month, afterMonth) = readMonth(at: index) else { return nil }
        var next = afterMonth
        if isSymbol(next, 0x2F, 0x2D), touching(next - 1), readMonth(at: next + 1) == nil { next += 1 }
        next = skip(rules.the, at: next)
        if let spelled = readSpelledNumber(at: next), (1000...2999).contains(spelled.value) {
            return Atom(expression: .calendar(year: spelled.value, month: month, day: nil), end: spelled.end)  // `October two thousand and five`
        }
        if let day = readDay(at: next, strict: false), !(number(next).map { $0.digits == 4 } ?? false) {
            var end = day.end
            var year: Int?
            var probe = skipComma(end)
            if isSymbol(probe, 0x2D) { probe += 1 }
            probe = skip(rules.of, at: probe)
            if word(probe) == Self.inWord { probe += 1 }
            if let found = readYear(at: probe, loose: true) {
                year = found.year
                end = found.end
            }
            return Atom(expression: .calendar(year: year, month: month, day: day.day), end: end)
        }
        // `june next year`, `March of last year`
        let relative = skip(rules.of, at: afterMonth)
        if let step = rules.relativeSteps.match(tokens, at: relative), let unit = rules.units.match(tokens, at: step.end), unit.payload == .year {
            return Atom(expression: .monthOfRelativeYear(month: month, day: nil, yearStep: step.payload), end: unit.end)
        }
        var probe = skipComma(afterMonth)
        if isSymbol(probe, 0x2F) { probe += 1 }
        probe = skip(rules.of, at: probe)
        if word(probe) == Self.inWord { probe += 1 }
        if let year = readYear(at: probe, loose: true) {
            // `September-2020-23`
            if isSymbol(year.end, 0x2D), let day = number(year.end + 1), day.digits <= 2, touching(year.end) {
                return Atom(expression: .calendar(year: year.year, month: month, day: day.value), end: year.end + 2)
            }
            return Atom(expression: .calendar(year: year.year, month: month, day: nil), end: year.end)
        }
        if rules.ambiguousMonths.contains(key), !monthStandsAlone(at: index, end: afterMonth) { return nil }
        return Atom(expression: .calendar(year: nil, month: month, day: nil), end: afterMonth)
    }

    private static let may = EnglishDateRules.key("may") ?? 0

    /// `may`, `march`, `jan` with no number beside them are months only after a lead word (`in may`,
    /// `since March`) and before the end of a clause or another date word, or written with a capital
    /// inside a sentence (`this May`): `This may take longer`, `may or may not` are verbs.
    private func monthStandsAlone(at index: Int, end: Int) -> Bool {
        if rules.rangeLinks.match(tokens, at: end) != nil, readMonth(at: rules.rangeLinks.match(tokens, at: end)?.end ?? end) != nil { return true }
        let clauseEnds = end >= tokens.count || tokens[end].kind == .symbol || rules.followers.contains(tokens[end].key)
        let previous = word(index - 1)
        let led = previous.map { rules.yearLeads.contains($0) || rules.relativeSteps.match(tokens, at: index - 1) != nil } ?? false
        let capitalized = isCapitalized(index) && index > 0 && !(tokens[index - 1].kind == .symbol && rules.sentenceEnds.contains(tokens[index - 1].key))
        if previous == Self.may || word(index - 2) == Self.may { return false }
        return led && (clauseEnds || capitalized)
    }

    private func isCapitalized(_ index: Int) -> Bool { capitals?(tokens[index].start) ?? false }

    /// `30 May`, `the 30th of May, 2023`, `16. Nov. 2016`, `second of Aug`, `the 20th of next month`, `the 30th`.
    private func readDayFirst(at index: Int) -> Atom? {
        let hasThe = word(index) == rules.the
        let start = hasThe ? index + 1 : index
        guard let day = readDay(at: start, strict: false) else { return nil }
        var next = day.end
        if isSymbol(next, 0x2E) { next += 1 }
        if word(next) == rules.day { next += 1 }  // `the 15th day of next month`
        if let tail = rules.dayOfMonthTails.match(tokens, at: next) {
            return Atom(expression: .dayOfRelativeMonth(day: day.day, monthStep: tail.payload), end: tail.end)
        }
        next = skip(rules.of, at: next)
        if isSymbol(next, 0x2D, 0x2F), touching(next - 1) { next += 1 }
        if let (month, afterMonth) = readMonth(at: next) {
            // `One may ask`: a number word before `may` / `march` makes a date only with a capital (`fifteen May`).
            if number(start) == nil, rules.dayOrdinals[tokens[start].key] == nil, rules.ambiguousMonths.contains(tokens[next].key), !isCapitalized(next) {
                return nil
            }
            var end = afterMonth
            var probe = skipComma(end)
            if isSymbol(probe, 0x2D, 0x2F) { probe += 1 }
            probe = skip(rules.of, at: probe)
            if word(probe) == Self.inWord { probe += 1 }
            var year: Int?
            if let found = readYear(at: probe, loose: true) {
                year = found.year
                end = found.end
            }
            return Atom(expression: .calendar(year: year, month: month, day: day.day), end: end)
        }
        // `the 30th`, `the 27` at the end of a clause: a day of a month near today.
        let strictDay = readDay(at: start, strict: true)
        guard hasThe else { return nil }
        if strictDay == nil {
            guard number(start) != nil, day.end >= tokens.count || tokens[day.end].kind == .symbol else { return nil }
        } else if let following = word(day.end), rules.units.match(tokens, at: day.end) != nil || following == Self.century {
            return nil  // `the second week`, `the 21st century`
        } else if word(day.end) != nil, strictDay?.end == day.end, number(start) == nil, word(day.end).map({ rules.months[$0] == nil }) ?? false {
            // `the second Monday`, `the first time`: an ordinal word before another word is not a day.
            return nil
        }
        return Atom(expression: .calendar(year: nil, month: nil, day: day.day), end: day.end)
    }

    private static let century = EnglishDateRules.key("century") ?? 0

    /// `2016 June`, `2016, nov`, `2017-q1`, `2019 H2`, `1990s`.
    private func readYearFirst(at index: Int) -> Atom? {
        guard let token = number(index) else { return nil }
        if let atom = readDecadeOrCentury(at: index) { return atom }
        guard let year = plausibleYear(token) else { return nil }
        var next = skipComma(index + 1)
        if let (month, end) = readMonth(at: next) {
            return Atom(expression: .calendar(year: year, month: month, day: nil), end: end)
        }
        next = index + 1
        if isSymbol(next, 0x2D) { next += 1 }
        if let letter = word(next), let unit = rules.quarterLetters[letter], let part = number(next + 1), touching(next) {
            return quarter(year: year, unit: unit, part: part.value, end: next + 2)
        }
        // `2016 - 11`, `2016/ 11`: a year and a month with a space around the separator.
        if isSymbol(index + 1, 0x2D, 0x2F), tokens[index + 1].spaced || tokens[index + 2 < tokens.count ? index + 2 : index + 1].spaced,
            let month = number(index + 2), month.digits <= 2, (1...12).contains(month.value), !isSymbol(index + 3, 0x2D, 0x2F)
        {
            return Atom(expression: .calendar(year: year, month: month.value, day: nil), end: index + 3)
        }
        // A bare year needs a lead word (`in 2018`, `year 2012`, `founded in 2007`).
        if let previous = word(index - 1), rules.yearLeads.contains(previous) {
            if word(index + 1) != nil, touching(index) { return nil }  // `2018abc`
            return Atom(expression: .calendar(year: year, month: nil, day: nil), end: index + 1)
        }
        if isSymbol(index - 1, 0x2D) || isSymbol(index - 1, 0x7E) { return nil }
        return Atom(expression: .calendar(year: year, month: nil, day: nil), end: index + 1, weak: true)
    }

    private func quarter(year: Int, unit: DateUnit, part: Int, end: Int) -> Atom? {
        let months = unit == .half ? 6 : 3
        guard part >= 1, part * months <= 12,
            let first = DatePeriod(year: year, month: (part - 1) * months + 1),
            let last = DatePeriod(year: year, month: part * months)
        else { return nil }
        return Atom(expression: .span(first, last), end: end)
    }

    /// `Q3 2019`, `q1 of 2017`, `q1-2019`, `during Q3`.
    private func readQuarterFirst(at index: Int) -> Atom? {
        guard let letter = word(index), let unit = rules.quarterLetters[letter], let part = number(index + 1), touching(index) else { return nil }
        var next = index + 2
        if isSymbol(next, 0x2D) { next += 1 } else { next = skip(rules.of, at: next) }
        guard let year = readYear(at: next, loose: false) else {
            let months = unit == .half ? 6 : 3
            guard part.digits == 1, part.value >= 1, part.value * months <= 12, let lead = word(index - 1), rules.yearLeads.contains(lead) else { return nil }
            return Atom(expression: .quarterOfNearestYear(part.value, unit), end: index + 2)
        }
        return quarter(year: year.year, unit: unit, part: part.value, end: year.end)
    }

    /// `1990s`, `the 90s`, `nineties`, `21st century`.
    private func readDecadeOrCentury(at index: Int) -> Atom? {
        if let key = word(index), let decade = rules.decades[key] {
            guard let first = DatePeriod(year: 1900 + decade), let last = DatePeriod(year: 1909 + decade) else { return nil }
            return Atom(expression: .span(first, last), end: index + 1)
        }
        guard let token = number(index) else { return nil }
        var next = index + 1
        if isSymbol(next, 0x27, 0x2019) { next += 1 }
        if let suffix = word(next), rules.decadeSuffixes.contains(suffix), token.value % 10 == 0, token.digits == 4 || token.digits == 2 {
            let start = token.digits == 4 ? token.value : 1900 + token.value
            guard let first = DatePeriod(year: start), let last = DatePeriod(year: start + 9) else { return nil }
            return Atom(expression: .span(first, last), end: next + 1)
        }
        if token.digits <= 2, let suffix = word(index + 1), rules.ordinalSuffixes.contains(suffix), touching(index),
            let key = word(index + 2), rules.century.contains(key), (1...30).contains(token.value)
        {
            let start = (token.value - 1) * 100
            guard let first = DatePeriod(year: max(1, start)), let last = DatePeriod(year: start + 99) else { return nil }
            return Atom(expression: .span(first, last), end: index + 3)
        }
        return nil
    }

    /// `Friday the 22nd`, `monday, jan twenty two, 2018`, `Friday 7/6`, `Tuesday next week`, `on Tuesday`.
    private func readWeekdayFirst(at index: Int) -> Atom? {
        guard let key = word(index), let weekday = rules.weekdays[key] else { return nil }
        var next = index + 1
        if isSymbol(next, 0x2E), touching(index), rules.ambiguousWeekdays.contains(key) { next += 1 }  // `Wed.`
        let afterName = next
        next = skipComma(next)
        if isSymbol(next, 0x28) { next += 1 }  // `this friday (jun-15)`
        if let atom = readNumeric(at: next) ?? readMonthFirst(at: next) ?? readDayFirst(at: next) {
            var end = atom.end
            if isSymbol(end, 0x29), isSymbol(afterName, 0x28) || isSymbol(skipComma(afterName), 0x28) { end += 1 }
            return Atom(expression: atom.expression, end: end)
        }
        if let day = number(next), day.digits <= 2, (1...31).contains(day.value), !isSymbol(next + 1, 0x3A) {
            var end = next + 1
            if let suffix = word(end), rules.ordinalSuffixes.contains(suffix), touching(next) { end += 1 }
            return Atom(expression: .weekdayAndDay(weekday, day.value), end: end)
        }
        if let tail = rules.weekTails.match(tokens, at: afterName) {
            return Atom(expression: .weekday(weekday, step: nil, weekStep: tail.payload), end: tail.end)
        }
        if rules.ambiguousWeekdays.contains(key) {
            guard word(index - 1) == Self.on else { return nil }
        }
        return Atom(expression: .weekday(weekday, step: nil, weekStep: nil), end: afterName)
    }

    /// `last year`, `next month`, `this week`, `next Friday`, `this past Wednesday`, `next week Sunday`,
    /// `this September`, `last sept`.
    private func readRelativeStep(at index: Int) -> Atom? {
        if let step = rules.weekdaySteps.match(tokens, at: index), let key = word(step.end), let weekday = rules.weekdays[key] {
            var end = step.end + 1
            if isSymbol(end, 0x2E), touching(end - 1) { end += 1 }
            switch step.payload {
            case .week(let weeks):
                return Atom(expression: .weekday(weekday, step: weeks, weekStep: weeks == 0 ? nil : weeks), end: end)
            case .nearestPast:
                return Atom(expression: .offsetWeekday(weekday, past: true), end: end)
            case .nearestFuture:
                return Atom(expression: .offsetWeekday(weekday, past: false), end: end)
            }
        }
        guard let step = rules.relativeSteps.match(tokens, at: index) else { return nil }
        if let unit = rules.units.match(tokens, at: step.end) {
            if let last = word(unit.end - 1), rules.pluralUnits.contains(last) { return nil }  // `the coming months`
            // `next week Sunday`, `previous week - Monday`
            var next = unit.end
            if isSymbol(next, 0x2D) { next += 1 }
            if unit.payload == .week, let key = word(next), let weekday = rules.weekdays[key] {
                return Atom(expression: .weekday(weekday, step: nil, weekStep: step.payload), end: next + 1)
            }
            return Atom(expression: .relativeUnit(step: step.payload, unit: unit.payload), end: unit.end)
        }
        if let (month, end) = readMonth(at: step.end), !rules.ambiguousMonths.contains(tokens[step.end].key) || monthStandsAlone(at: step.end, end: end) {
            return Atom(expression: .monthOfRelativeYear(month: month, day: nil, yearStep: step.payload), end: end)
        }
        // `next 5 days`, `the past 3 years`, `last 2 quarters`
        if let count = readCount(at: step.end), let unit = rules.units.match(tokens, at: count.end), step.payload != 0 {
            return Atom(expression: .stretch(amount: count.value, unit: unit.payload, forward: step.payload > 0, includesToday: false), end: unit.end)
        }
        return nil
    }

    /// `the first Friday of July`, `the second Monday of next month`, `first Sunday` (this month).
    private func readNthWeekday(at index: Int) -> Atom? {
        guard let key = word(index), let nth = rules.weekdayOrdinals[key], let dayKey = word(index + 1), let weekday = rules.weekdays[dayKey] else {
            return nil
        }
        var next = index + 2
        if let link = word(next), link == rules.of || link == Self.inWord { next += 1 }
        if let tail = rules.dayOfMonthTails.match(tokens, at: next) ?? rules.dayOfMonthTails.match(tokens, at: index + 2) {
            return Atom(expression: .nthWeekday(nth, weekday, month: .relativeUnit(step: tail.payload, unit: .month)), end: tail.end)
        }
        if let step = rules.relativeSteps.match(tokens, at: next), let unit = rules.units.match(tokens, at: step.end), unit.payload == .month {
            return Atom(expression: .nthWeekday(nth, weekday, month: .relativeUnit(step: step.payload, unit: .month)), end: unit.end)
        }
        if let (month, end) = readMonth(at: next) {
            var finish = end
            var year: Int?
            if let found = readYear(at: skip(rules.of, at: skipComma(end)), loose: false) { year = found.year; finish = found.end }
            return Atom(expression: .nthWeekday(nth, weekday, month: .calendar(year: year, month: month, day: nil)), end: finish)
        }
        return Atom(expression: .nthWeekday(nth, weekday, month: .relativeUnit(step: 0, unit: .month)), end: index + 2)
    }

    /// `two`, `a few`, `a couple of`, `10`.
    private func readCount(at index: Int) -> (value: Int, end: Int)? {
        if let token = number(index) {
            guard token.digits <= 4, token.value > 0, token.spaced || index == 0 || tokens[index - 1].kind == .symbol else { return nil }
            return (token.value, index + 1)
        }
        guard let key = word(index), var value = rules.countWords[key], !rules.vagueCounts.contains(key) else { return nil }
        var end = index + 1
        if rules.countFillers.contains(key), let next = word(end), rules.vagueCounts.contains(next) { return nil }
        // `a few`, `a couple of`, `twenty-one`
        if let next = word(end), let following = rules.countWords[next], rules.countFillers.contains(key) || value >= 20 && following < 10 {
            value = rules.countFillers.contains(key) ? following : value + following
            end += 1
        } else if isSymbol(end, 0x2D), let next = word(end + 1), let following = rules.countWords[next], value >= 20, following < 10 {
            value += following
            end += 2
        }
        if let next = word(end), rules.countFillers.contains(next), rules.units.match(tokens, at: end + 1) != nil { end += 1 }
        return (value, end)
    }

    /// `two days ago`, `ten years ago`, `3 weeks later`, `in two weeks`, `within 10 months`,
    /// `two weeks from now`, `4 days from yesterday`, `1 month 21 days ago`, `2 weeks before May 13 1999`.
    private func readCountExpression(at index: Int) -> Atom? {
        var start = index
        var within: Bool?
        if let lead = rules.inWords.match(tokens, at: index) {
            within = lead.payload
            start = lead.end
        }
        if within == nil, let count = readCount(at: start), let step = rules.relativeSteps.match(tokens, at: count.end), step.payload != 0,
            let unit = rules.units.match(tokens, at: step.end)
        {
            // `the 3 next weeks`, `5 upcoming years`, `10 previous weeks`
            return Atom(expression: .stretch(amount: count.value, unit: unit.payload, forward: step.payload > 0, includesToday: false), end: unit.end)
        }
        var parts: [(Int, DateUnit)] = []
        var next = start
        while let count = readCount(at: next), let unit = rules.units.match(tokens, at: count.end) {
            parts.append((count.value, unit.payload))
            next = unit.end
            if word(next) == rules.and, readCount(at: next + 1) != nil { next += 1 }
        }
        if parts.isEmpty, let unit = rules.units.match(tokens, at: next), rules.units.match(tokens, at: next).map({ $0.payload == .fortnight }) ?? false {
            parts.append((1, unit.payload))
            next = unit.end
        }
        guard !parts.isEmpty else { return nil }
        func chain(sign: Int, base: DateExpression?) -> DateExpression {
            var expression: DateExpression? = base
            for (amount, unit) in parts.reversed() { expression = .offset(amount: sign * amount, unit: unit, base: expression) }
            return expression ?? .relativeDay(0)
        }
        if let within {
            guard parts.count == 1 else { return nil }
            if within { return Atom(expression: .stretch(amount: parts[0].0, unit: parts[0].1, forward: true, includesToday: true), end: next) }
            if let later = rules.laterWords.match(tokens, at: next) { next = later.end }
            return Atom(expression: chain(sign: 1, base: nil), end: next)
        }
        if let ago = rules.agoWords.match(tokens, at: next) {
            // `2 weeks before May 13 1999`, `more than 2 days before yesterday`
            if let base = readAtom(at: ago.end), !base.weak, rules.agoWords.match(tokens, at: next)?.end == next + 1, word(next) != Self.ago {
                return Atom(expression: chain(sign: -1, base: base.expression), end: base.end)
            }
            return Atom(expression: chain(sign: -1, base: nil), end: ago.end)
        }
        if let later = rules.laterWords.match(tokens, at: next) {
            if let base = readAtom(at: later.end), !base.weak, later.end == next + 1, rules.rangeLeads.contains(tokens[next].key) || word(next) == Self.after {
                return Atom(expression: chain(sign: 1, base: base.expression), end: base.end)
            }
            return Atom(expression: chain(sign: 1, base: nil), end: later.end)
        }
        return nil
    }

    private static let ago = EnglishDateRules.key("ago") ?? 0
    private static let after = EnglishDateRules.key("after") ?? 0
}

extension DateExpression {
    /// The nearest `weekday` before (or after) today, today excluded (`this past Wednesday`).
    static func offsetWeekday(_ weekday: Int, past: Bool) -> DateExpression {
        .weekday(weekday, step: past ? -100 : 100, weekStep: nil)
    }
}
