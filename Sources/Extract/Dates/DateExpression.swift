/// A calendar unit a relative expression counts in.
enum DateUnit: String, Sendable {
    case day, businessday, week, workweek, fortnight, weekend, month, quarter, half, year, decade, century
}

/// Whether the words around an expression place it before or after publication.
enum Tense: Sendable { case past, future, unknown }

/// How an open range is bounded: `since 2018`, `after May`, `before 2018`, `until June 5`.
enum OpenBound: String, Sendable { case since, after, before, until }

/// A date as written, before it is placed in time. The readers build these; `DateResolver` turns
/// them into periods using the publication date, the tense and the article's last explicit year.
indirect enum DateExpression: Sendable {
    /// Calendar fields as written; a missing year (or month) is inferred.
    case calendar(year: Int?, month: Int?, day: Int?)
    /// An explicit stretch (a decade, a quarter, the first half of a year).
    case span(DatePeriod, DatePeriod)
    /// Today plus `days` (`yesterday` = -1).
    case relativeDay(Int)
    /// `this week`, `last year`, `next month`, `下下周`: the unit `step` units from today's.
    case relativeUnit(step: Int, unit: DateUnit)
    /// The first or second half (or a quarter) of the unit `step` units from today's (`去年上半年`).
    case partOfRelativeYear(step: Int, firstMonth: Int, lastMonth: Int)
    /// `this September`, `last sept`, `明年四月`: a month of the year `step` years from today's.
    case monthOfRelativeYear(month: Int, day: Int?, yearStep: Int)
    /// `the 20th of next month`, `本月十日`.
    case dayOfRelativeMonth(day: Int, monthStep: Int)
    /// `on Tuesday` (step nil: nearest by tense), `next Friday` (+1), `上周一` (week step -1 via `weekStep`).
    case weekday(Int, step: Int?, weekStep: Int?)
    /// `two days ago`, `in three weeks`, `3 weeks from tomorrow`: `base` (default today) moved by amount units.
    case offset(amount: Int, unit: DateUnit, base: DateExpression?)
    /// `the next 5 days`, `the past 3 years`, `近三年`, `within 10 months`: a stretch touching today.
    case stretch(amount: Int, unit: DateUnit, forward: Bool, includesToday: Bool)
    /// `the first Friday of July`: the nth (-1 = last) weekday of a month.
    case nthWeekday(Int, Int, month: DateExpression)
    /// `early 2023`, `the end of March`, `mid next week`: a part of a year, month or week, as months,
    /// days or weekdays of it (`last: 0` is the last day of a month).
    case part(DateExpression, PartOfPeriod)
    /// `the first week of 2015` (ISO weeks), `the third week of this month`, `the last week of July`; n = -1 is the last.
    case nthWeek(Int, of: DateExpression?)
    /// `rest of the week`, `later this year` (today to the end), `earlier this month` (the start to today).
    case toEdge(DateExpression, towardEnd: Bool)
    /// `the week of May 4`, `w/c feb 4`: the week (Monday to Sunday) or month holding a day.
    case containing(DateUnit, DateExpression)
    /// `for 3 days, from today`, `2 weeks starting May 20th`: from a day for a length of time.
    case lasting(amount: Int, unit: DateUnit, from: DateExpression)
    /// `Mon 13th`: the 13th nearest today that falls on a Monday.
    case weekdayAndDay(Int, Int)
    /// `Christmas`, `last Easter`, `Labor Day 2010`: a holiday in a given year, a year `step` away, or the nearest.
    case holiday(HolidayRule, year: Int?, step: Int?)
    /// `Q3` with no year: the quarter (or half) of the nearest year.
    case quarterOfNearestYear(Int, DateUnit)
    /// `the same year`, `同年`: the last explicit year before it (else the publication year).
    case sameYear
    /// `that day`, `当天`: the last day written out before it; nothing when there is none.
    case sameDay
    /// `from A to B`: both ends, which may share fields (`May 25 to 30`).
    case range(DateExpression, DateExpression)
    /// `since 2018`, `before June`.
    case open(DateExpression, OpenBound)

    /// The finest unit of an offset chain (`1 month 21 days ago` → day).
    var smallestUnit: DateUnit? {
        guard case .offset(_, let unit, let base) = self else { return nil }
        let order: [DateUnit] = [.day, .businessday, .week, .fortnight, .weekend, .month, .quarter, .half, .year, .decade, .century]
        guard let inner = base?.smallestUnit else { return base == nil ? unit : .day }
        return (order.firstIndex(of: inner) ?? 0) < (order.firstIndex(of: unit) ?? 0) ? inner : unit
    }

    var needsReference: Bool {
        switch self {
        case .part(let inner, _): return inner.needsReference
        case .nthWeek(_, let inner): return inner?.needsReference ?? true
        case .containing(_, let inner): return inner.needsReference
        case .holiday(_, let year, _): return year == nil
        case .lasting(_, _, let start): return start.needsReference
        case .calendar(let year, _, _): return year == nil
        case .span: return false
        case .range(let start, let end): return start.needsReference || end.needsReference
        case .open(let inner, _): return inner.needsReference
        default: return true
        }
    }
}

/// Places expressions in time.
struct DateResolver: Sendable {
    /// The publication day; nil leaves relative expressions unresolved.
    var today: CalendarDay?
    var tense: Tense = .unknown
    /// The last year written out before the expression (`In 2015 ... In the same year`).
    var anchorYear: Int?
    /// The last day written out or resolved before the expression (`9月24日 ... 当天`).
    var anchorDay: DatePeriod?

    func resolve(_ expression: DateExpression) -> DateMeaning? {
        if case .sameDay = expression { return anchorDay.map { .single($0) } }
        if today == nil, expression.needsReference {
            if case .sameYear = expression, let anchorYear { return DatePeriod(year: anchorYear).map { .single($0) } }
            if case .open = expression { return .unresolved(isRange: true) }
            return .unresolved(isRange: isRangeShaped(expression))
        }
        switch expression {
        case .range(let start, let end): return resolveRange(start, end)
        case .open(let inner, let bound):
            guard let meaning = resolve(inner) else { return nil }
            let (first, last) = bounds(of: meaning)
            guard let first, let last else { return .unresolved(isRange: true) }
            switch bound {
            case .since: return .range(first, nil)
            case .after: return last.next.map { .range($0, nil) }
            case .before: return first.previous.map { .range(nil, $0) }
            case .until: return .range(nil, last)
            }
        default:
            return resolveSingle(expression)
        }
    }

    private func isRangeShaped(_ expression: DateExpression) -> Bool {
        switch expression {
        case .range, .open, .stretch, .span: return true
        case .relativeUnit(_, let unit): return unit == .week || unit == .weekend || unit == .quarter || unit == .decade || unit == .fortnight
        case .partOfRelativeYear: return true
        default: return false
        }
    }

    /// The first and last periods a meaning covers.
    private func bounds(of meaning: DateMeaning) -> (DatePeriod?, DatePeriod?) {
        switch meaning {
        case .single(let period): return (period, period)
        case .range(let first, let last): return (first, last)
        case .unresolved: return (nil, nil)
        }
    }

    private func resolveSingle(_ expression: DateExpression) -> DateMeaning? {
        switch expression {
        case .calendar(let year, let month, let day):
            if let year { return DatePeriod(year: year, month: month, day: day).map { .single($0) } }
            return inferYear(month: month, day: day)
        case .span(let first, let last):
            return first.first <= last.last ? .range(first, last) : nil
        case .sameDay:
            return anchorDay.map { .single($0) }
        case .part(let inner, let part):
            return resolvePart(inner, part)
        case .nthWeek(let nth, let inner):
            return resolveNthWeek(nth, of: inner)
        case .holiday(let rule, let year?, _):
            return rule.day(in: year).map { .single(DatePeriod($0)) }
        case .containing(let unit, let inner):
            guard case .single(let period)? = resolve(inner), period.day != nil else { return nil }
            let day = period.first
            if unit == .month { return DatePeriod(year: day.year, month: day.month).map { .single($0) } }
            guard let sunday = day.weekStart.adding(days: 6) else { return nil }
            return .range(DatePeriod(day.weekStart), DatePeriod(sunday))
        case .lasting(let amount, let unit, let start):
            guard amount > 0, amount <= 1000, case .single(let period)? = resolve(start), period.day != nil,
                let end = move(period.first, by: amount, unit: unit)?.adding(days: -1), end >= period.first
            else { return nil }
            return .range(period, DatePeriod(end))
        case .sameYear:
            guard let year = anchorYear ?? today?.year else { return .unresolved(isRange: false) }
            return DatePeriod(year: year).map { .single($0) }
        default:
            guard let today else { return .unresolved(isRange: false) }
            return resolveRelative(expression, today: today)
        }
    }

    private func resolveRelative(_ expression: DateExpression, today: CalendarDay) -> DateMeaning? {
        switch expression {
        case .relativeDay(let days):
            return today.adding(days: days).map { .single(DatePeriod($0)) }
        case .relativeUnit(let step, let unit):
            return unitPeriod(step: step, unit: unit, today: today)
        case .partOfRelativeYear(let step, let firstMonth, let lastMonth):
            guard let first = DatePeriod(year: today.year + step, month: firstMonth),
                let last = DatePeriod(year: today.year + step, month: lastMonth)
            else { return nil }
            return .range(first, last)
        case .monthOfRelativeYear(let month, let day, let yearStep):
            return DatePeriod(year: today.year + yearStep, month: month, day: day).map { .single($0) }
        case .dayOfRelativeMonth(let day, let monthStep):
            guard let month = CalendarDay(year: today.year, month: today.month, day: 1)?.adding(months: monthStep) else { return nil }
            return DatePeriod(year: month.year, month: month.month, day: day).map { .single($0) }
        case .weekday(let weekday, let step, let weekStep):
            return resolveWeekday(weekday, step: step, weekStep: weekStep, today: today).map { .single(DatePeriod($0)) }
        case .offset(let amount, let unit, let base):
            var origin = today
            if let base {
                guard case .single(let period)? = resolve(base), period.day != nil else { return nil }
                origin = period.first
            }
            guard let day = move(origin, by: amount, unit: unit) else { return nil }
            // `ten years ago` names a year, `two months ago` a month: no finer than the smallest unit written.
            switch expression.smallestUnit {
            case .year?, .decade?, .century?: return DatePeriod(year: day.year).map { .single($0) }
            case .month?, .quarter?, .half?: return DatePeriod(year: day.year, month: day.month).map { .single($0) }
            default: return .single(DatePeriod(day))
            }
        case .toEdge(let inner, let towardEnd):
            guard let meaning = resolve(inner), let first = bounds(of: meaning).0?.first, let last = bounds(of: meaning).1?.last,
                first <= today, today <= last
            else { return nil }
            return towardEnd ? .range(DatePeriod(today), DatePeriod(last)) : .range(DatePeriod(first), DatePeriod(today))
        case .holiday(let rule, _, let step):
            if let step, let day = rule.day(in: today.year + step) {
                // `last Easter` before today's: the one before it when this year's is still to come.
                if step == -1, let this = rule.day(in: today.year), this < today { return .single(DatePeriod(this)) }
                if step == 1, let this = rule.day(in: today.year), this > today { return .single(DatePeriod(this)) }
                return .single(DatePeriod(day))
            }
            let days = ((today.year - 1)...(today.year + 1)).compactMap { rule.day(in: $0) }
            guard let index = choose(days.map { ($0, $0) }) else { return nil }
            return .single(DatePeriod(days[index]))
        case .weekdayAndDay(let weekday, let day):
            var options: [CalendarDay] = []
            for step in -12...12 {
                guard let month = CalendarDay(year: today.year, month: today.month, day: 1)?.adding(months: step),
                    let candidate = CalendarDay(year: month.year, month: month.month, day: day), candidate.weekday == weekday
                else { continue }
                options.append(candidate)
            }
            guard let index = choose(options.map { ($0, $0) }) else { return nil }
            return .single(DatePeriod(options[index]))
        case .quarterOfNearestYear(let part, let unit):
            let months = unit == .half ? 6 : 3
            var options: [(DatePeriod, DatePeriod)] = []
            for year in (today.year - 1)...(today.year + 1) {
                if let first = DatePeriod(year: year, month: (part - 1) * months + 1), let last = DatePeriod(year: year, month: part * months) {
                    options.append((first, last))
                }
            }
            guard let index = choose(options.map { ($0.0.first, $0.1.last) }) else { return nil }
            return .range(options[index].0, options[index].1)
        case .nthWeekday(let nth, let weekday, let monthExpression):
            guard case .single(let month)? = resolve(monthExpression), let number = month.month, month.day == nil else { return nil }
            if nth < 0 {
                let last = month.last
                let back = (last.weekday - weekday + 7) % 7
                return last.adding(days: -back).map { .single(DatePeriod($0)) }
            }
            let first = month.first
            let forward = (weekday - first.weekday + 7) % 7
            guard let day = first.adding(days: forward + 7 * (nth - 1)), day.month == number else { return nil }
            return .single(DatePeriod(day))
        case .stretch(let amount, let unit, let forward, let includesToday):
            return stretch(amount: amount, unit: unit, forward: forward, includesToday: includesToday, today: today)
        default:
            return resolveSingle(expression)
        }
    }

    /// The unit containing today, moved `step` units.
    private func unitPeriod(step: Int, unit: DateUnit, today: CalendarDay) -> DateMeaning? {
        switch unit {
        case .day, .businessday:
            return today.adding(days: step).map { .single(DatePeriod($0)) }
        case .week, .workweek, .fortnight:
            let length = unit == .fortnight ? 14 : 7
            guard let monday = today.weekStart.adding(days: length * step), let last = monday.adding(days: unit == .workweek ? 4 : length - 1) else { return nil }
            return .range(DatePeriod(monday), DatePeriod(last))
        case .weekend:
            guard let saturday = today.weekStart.adding(days: 7 * step + 5), let sunday = saturday.adding(days: 1) else { return nil }
            return .range(DatePeriod(saturday), DatePeriod(sunday))
        case .month:
            guard let first = CalendarDay(year: today.year, month: today.month, day: 1)?.adding(months: step) else { return nil }
            return DatePeriod(year: first.year, month: first.month).map { .single($0) }
        case .quarter:
            let quarter = (today.year * 4 + (today.month - 1) / 3) + step
            guard let first = DatePeriod(year: quarter / 4, month: quarter % 4 * 3 + 1),
                let last = DatePeriod(year: quarter / 4, month: quarter % 4 * 3 + 3)
            else { return nil }
            return .range(first, last)
        case .half:
            let half = today.year * 2 + (today.month - 1) / 6 + step
            guard let first = DatePeriod(year: half / 2, month: half % 2 * 6 + 1),
                let last = DatePeriod(year: half / 2, month: half % 2 * 6 + 6)
            else { return nil }
            return .range(first, last)
        case .year:
            return DatePeriod(year: today.year + step).map { .single($0) }
        case .decade:
            let start = (today.year / 10 + step) * 10
            guard let first = DatePeriod(year: start), let last = DatePeriod(year: start + 9) else { return nil }
            return .range(first, last)
        case .century:
            let start = (today.year / 100 + step) * 100
            guard let first = DatePeriod(year: start), let last = DatePeriod(year: start + 99) else { return nil }
            return .range(first, last)
        }
    }

    private func move(_ day: CalendarDay, by amount: Int, unit: DateUnit) -> CalendarDay? {
        switch unit {
        case .day: return day.adding(days: amount)
        case .businessday:
            var result = day
            var left = abs(amount)
            let step = amount < 0 ? -1 : 1
            while left > 0 {
                guard let next = result.adding(days: step) else { return nil }
                result = next
                if result.weekday <= 5 { left -= 1 }
            }
            return result
        case .week, .workweek: return day.adding(days: 7 * amount)
        case .fortnight: return day.adding(days: 14 * amount)
        case .weekend: return day.adding(days: 7 * amount)
        case .month: return day.adding(months: amount)
        case .quarter: return day.adding(months: 3 * amount)
        case .half: return day.adding(months: 6 * amount)
        case .year: return day.adding(months: 12 * amount)
        case .decade: return day.adding(months: 120 * amount)
        case .century: return day.adding(months: 1200 * amount)
        }
    }

    private func stretch(amount: Int, unit: DateUnit, forward: Bool, includesToday: Bool, today: CalendarDay) -> DateMeaning? {
        guard amount > 0, amount <= 10_000 else { return nil }
        if unit == .quarter || unit == .decade {
            // Whole units next to the current one: `the next 2 quarters`, `the next decade`.
            guard let firstMeaning = unitPeriod(step: forward ? 1 : -amount, unit: unit, today: today),
                let lastMeaning = unitPeriod(step: forward ? amount : -1, unit: unit, today: today),
                let first = bounds(of: firstMeaning).0, let last = bounds(of: lastMeaning).1
            else { return nil }
            return .range(first, last)
        }
        if forward {
            let start = includesToday ? today : today.adding(days: 1)
            guard let start, let end = move(start, by: amount, unit: unit)?.adding(days: -1) else { return nil }
            return .range(DatePeriod(start), DatePeriod(end))
        }
        guard let start = move(today, by: -amount, unit: unit) else { return nil }
        return .range(DatePeriod(start), DatePeriod(today))
    }

    private func resolveWeekday(_ weekday: Int, step: Int?, weekStep: Int?, today: CalendarDay) -> CalendarDay? {
        if let weekStep { return today.weekStart.adding(days: 7 * weekStep + weekday - 1) }
        let difference = weekday - today.weekday
        switch step {
        case .some(-100): return today.adding(days: difference < 0 ? difference : difference - 7)
        case .some(100): return today.adding(days: difference > 0 ? difference : difference + 7)
        case .some(0): return today.adding(days: difference >= 0 ? difference : difference + 7)
        case let step? where step > 0:
            // `next Friday`: the Friday of next week.
            return today.weekStart.adding(days: 7 * step + weekday - 1)
        case let step? where step < 0:
            return today.weekStart.adding(days: 7 * step + weekday - 1)
        default:
            let past = today.adding(days: difference <= 0 ? difference : difference - 7)
            let future = today.adding(days: difference >= 0 ? difference : difference + 7)
            return tense == .future ? future : past
        }
    }

    // MARK: Parts of periods and weeks

    private func resolvePart(_ inner: DateExpression, _ part: PartOfPeriod) -> DateMeaning? {
        guard let meaning = resolve(inner) else { return nil }
        switch meaning {
        case .single(let period) where period.month == nil:
            guard let first = DatePeriod(year: period.year, month: part.year.first), let last = DatePeriod(year: period.year, month: part.year.last) else { return nil }
            return .range(first, last)
        case .single(let period) where period.day == nil:
            guard let month = period.month else { return nil }
            let length = CalendarDay.daysIn(month: month, year: period.year)
            let lastDay = part.month.last <= 0 ? length + part.month.last : min(part.month.last, length)
            guard let first = DatePeriod(year: period.year, month: month, day: part.month.first),
                let last = DatePeriod(year: period.year, month: month, day: lastDay)
            else { return nil }
            return .range(first, last)
        case .range(let first?, let last?) where first.day != nil && last.last.ordinal - first.first.ordinal == 6 && first.first.weekday == 1:
            guard let start = first.first.adding(days: part.week.first - 1), let end = first.first.adding(days: part.week.last - 1) else { return nil }
            return .range(DatePeriod(start), DatePeriod(end))
        default:
            return nil
        }
    }

    /// Week n of a year (ISO: week 1 holds January 4) or of a month (week 1 holds the 1st).
    private func resolveNthWeek(_ nth: Int, of inner: DateExpression?) -> DateMeaning? {
        var period: DatePeriod?
        if let inner {
            guard case .single(let found)? = resolve(inner), found.day == nil else { return nil }
            period = found
        } else if let today {
            period = DatePeriod(year: today.year)
        }
        guard let period, nth != 0, nth <= 53 else { return nil }
        var monday: CalendarDay?
        if let month = period.month {
            if nth < 0 {
                // The last full week: the week of the month's last day, or the one before when it runs into the next month.
                let lastWeek = period.last.weekStart
                monday = lastWeek.adding(days: 6).map { $0 > period.last ? lastWeek.adding(days: -7) : lastWeek } ?? nil
            } else {
                monday = period.first.weekStart.adding(days: 7 * (nth - 1))
                if let found = monday, found.year * 12 + found.month > period.year * 12 + month { return nil }
            }
        } else {
            guard let fourth = CalendarDay(year: period.year, month: 1, day: 4) else { return nil }
            if nth < 0 {
                guard let nextFourth = CalendarDay(year: period.year + 1, month: 1, day: 4) else { return nil }
                monday = nextFourth.weekStart.adding(days: -7)
            } else {
                monday = fourth.weekStart.adding(days: 7 * (nth - 1))
                guard let found = monday, let nextFourth = CalendarDay(year: period.year + 1, month: 1, day: 4), found < nextFourth.weekStart else { return nil }
            }
        }
        guard let monday, let sunday = monday.adding(days: 6) else { return nil }
        return .range(DatePeriod(monday), DatePeriod(sunday))
    }

    // MARK: Years left out

    /// Candidate periods around today; the one the tense allows, else the nearest.
    private func choose(_ candidates: [(first: CalendarDay, last: CalendarDay)]) -> Int? {
        guard let today, !candidates.isEmpty else { return nil }
        switch tense {
        case .future:
            if let index = candidates.firstIndex(where: { $0.last >= today }) { return index }
        case .past:
            if let index = candidates.lastIndex(where: { $0.first <= today }) { return index }
        case .unknown: break
        }
        var best = 0, bestDistance = Int.max
        for (index, candidate) in candidates.enumerated() {
            let distance = candidate.last < today ? today.ordinal - candidate.last.ordinal
                : candidate.first > today ? candidate.first.ordinal - today.ordinal : 0
            if distance < bestDistance { best = index; bestDistance = distance }
        }
        return best
    }

    private func inferYear(month: Int?, day: Int?) -> DateMeaning? {
        guard let today else { return .unresolved(isRange: false) }
        var candidates: [DatePeriod] = []
        if let month {
            for year in (today.year - 1)...(today.year + 1) {
                if let period = DatePeriod(year: year, month: month, day: day) { candidates.append(period) }
            }
            // February 29 without a year: the nearest leap years.
            if candidates.isEmpty, month == 2, day == 29 {
                for offset in 1...4 {
                    for year in [today.year - offset, today.year + offset] {
                        if let period = DatePeriod(year: year, month: 2, day: 29) { candidates.append(period) }
                    }
                    if !candidates.isEmpty { break }
                }
                candidates.sort { $0.year < $1.year }
            }
        } else if let day {
            for step in -2...2 {
                guard let first = CalendarDay(year: today.year, month: today.month, day: 1)?.adding(months: step),
                    let period = DatePeriod(year: first.year, month: first.month, day: day)
                else { continue }
                candidates.append(period)
            }
        }
        guard let index = choose(candidates.map { ($0.first, $0.last) }) else { return nil }
        return .single(candidates[index])
    }

    // MARK: Ranges

    private func resolveRange(_ start: DateExpression, _ end: DateExpression) -> DateMeaning? {
        if case .calendar(var startYear, var startMonth, let startDay) = start,
            case .calendar(var endYear, var endMonth, let endDay) = end
        {
            if endMonth == nil, endDay != nil { endMonth = startMonth }
            if startMonth == nil, startDay != nil { startMonth = endMonth }
            if endYear == nil, endMonth != nil { endYear = startYear }
            if startYear == nil, startMonth != nil, let endYear {
                // `Nov 18 - Feb 2017`: a start later in the year than the end belongs to the year before.
                let later = (startMonth ?? 1, startDay ?? 1) > (endMonth ?? 12, endDay ?? 31)
                startYear = later ? endYear - 1 : endYear
            }
            if let startYear, let endYear {
                guard let first = DatePeriod(year: startYear, month: startMonth, day: startDay),
                    let last = DatePeriod(year: endYear, month: endMonth, day: endDay)
                else { return nil }
                if last.last < first.first {
                    // `May 25 to 3` is not a range; `from 2014-2018` is. Day ranges across a month end
                    // (`Dec 28 - 3 Jan`) carry the year over only when the year was left out.
                    return nil
                }
                return .range(first, last)
            }
            guard let today else { return .unresolved(isRange: true) }
            // No year anywhere: try the years around today, the end rolling into the next year when
            // it comes before the start (`from November to March`).
            var options: [(DatePeriod, DatePeriod)] = []
            for year in (today.year - 1)...(today.year + 1) {
                guard let first = DatePeriod(year: year, month: startMonth, day: startDay) else { continue }
                var last = DatePeriod(year: year, month: endMonth, day: endDay)
                if let candidate = last, candidate.last < first.first {
                    last = DatePeriod(year: year + 1, month: endMonth, day: endDay)
                }
                guard let last else { continue }
                options.append((first, last))
            }
            guard let index = choose(options.map { ($0.0.first, $0.1.last) }) else { return nil }
            return .range(options[index].0, options[index].1)
        }
        guard let startMeaning = resolve(start), let endMeaning = resolve(end) else { return nil }
        let (first, _) = bounds(of: startMeaning)
        var (_, last) = bounds(of: endMeaning)
        guard let first else { return .unresolved(isRange: true) }
        if case .calendar(nil, let month?, let day) = end, let candidate = last, candidate.last < first.first {
            last = DatePeriod(year: candidate.year + 1, month: month, day: day)
        }
        guard let last else { return .unresolved(isRange: true) }
        return last.last < first.first ? nil : .range(first, last)
    }
}

/// Where `early`, `mid`, `late`, `the end of` fall inside a year (months), a month (days; a last day of
/// 0 or less counts back from the month's end) and a week (weekdays, Monday = 1). Data: `partsOfPeriods`.
struct PartOfPeriod: Sendable, Decodable {
    struct Bounds: Sendable, Decodable {
        var first: Int
        var last: Int
    }

    var year: Bounds
    var month: Bounds
    var week: Bounds
}

/// How a holiday falls in a year: a fixed day, the nth weekday of a month (n = -1: the last), or Easter,
/// each moved by `offset` days (`Black Friday` is Thanksgiving + 1). Parsed from the data strings.
struct HolidayRule: Sendable {
    enum Kind: Sendable { case fixed(month: Int, day: Int), nthWeekday(month: Int, weekday: Int, nth: Int), easter }

    var kind: Kind
    var offset = 0

    /// `12-25`, `weekday 11 4 4 +1`, `easter -2`.
    init?(_ text: String) {
        let parts = text.split(separator: " ").map(String.init)
        guard let first = parts.first else { return nil }
        if first == "easter" {
            kind = .easter
            offset = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        } else if first == "weekday", parts.count >= 4, let month = Int(parts[1]), let weekday = Int(parts[2]), let nth = Int(parts[3]) {
            kind = .nthWeekday(month: month, weekday: weekday, nth: nth)
            offset = parts.count > 4 ? Int(parts[4]) ?? 0 : 0
        } else {
            let fields = first.split(separator: "-").compactMap { Int($0) }
            guard fields.count == 2 else { return nil }
            kind = .fixed(month: fields[0], day: fields[1])
        }
    }

    func day(in year: Int) -> CalendarDay? {
        var base: CalendarDay?
        switch kind {
        case .fixed(let month, let day): base = CalendarDay(year: year, month: month, day: day)
        case .nthWeekday(let month, let weekday, let nth):
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
            if nth < 0 {
                guard let last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year)) else { return nil }
                base = last.adding(days: -((last.weekday - weekday + 7) % 7))
            } else {
                base = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
            }
        case .easter: base = Self.easter(year)
        }
        return base?.adding(days: offset)
    }

    /// Western Easter Sunday (the anonymous Gregorian computus).
    static func easter(_ year: Int) -> CalendarDay? {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }
}
