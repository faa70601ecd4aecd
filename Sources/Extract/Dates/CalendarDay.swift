/// A day of the proleptic Gregorian calendar, counted from 1970-01-01. Years 1 to 9999 only:
/// everything outside is refused when a day is made, so arithmetic never leaves that range.
struct CalendarDay: Sendable, Hashable, Comparable {
    static let years = 1...9999

    let ordinal: Int

    init(ordinal: Int) { self.ordinal = ordinal }

    /// The day, or nil for an impossible one (February 30, month 13, year 0).
    init?(year: Int, month: Int, day: Int) {
        guard Self.years.contains(year), (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else {
            return nil
        }
        ordinal = Self.ordinal(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` (a longer ISO date-time is cut to its date).
    init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }

    var year: Int { fields.year }
    var month: Int { fields.month }
    var day: Int { fields.day }

    /// 1 = Monday ... 7 = Sunday.
    var weekday: Int {
        let value = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (index 3 from Monday)
        return (value < 0 ? value + 7 : value) + 1
    }

    var iso: String { Self.iso(year: year, month: month, day: day) }

    func adding(days: Int) -> CalendarDay? {
        let result = CalendarDay(ordinal: ordinal + days)
        return Self.years.contains(result.year) ? result : nil
    }

    /// The same day of the month `months` later, clamped to the month's last day.
    func adding(months: Int) -> CalendarDay? {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12, newMonth = total % 12 + 1
        guard Self.years.contains(newYear) else { return nil }
        return CalendarDay(year: newYear, month: newMonth, day: min(day, Self.daysIn(month: newMonth, year: newYear)))
    }

    /// Monday of this day's week.
    var weekStart: CalendarDay { CalendarDay(ordinal: ordinal - (weekday - 1)) }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func iso(year: Int, month: Int? = nil, day: Int? = nil) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        var result = pad(year, 4)
        if let month { result += "-" + pad(month, 2) }
        if let month, let day, month > 0 { result += "-" + pad(day, 2) }
        return result
    }

    // Days from civil (H. Hinnant's algorithm, restated).
    private static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    private var fields: (year: Int, month: Int, day: Int) {
        let shifted = ordinal + 719468
        let era = (shifted >= 0 ? shifted : shifted - 146096) / 146097
        let dayOfEra = shifted - era * 146097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

/// A stretch of time at the precision it was written: a year, a month or a day.
struct DatePeriod: Sendable, Equatable {
    let year: Int
    let month: Int?
    let day: Int?

    init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard CalendarDay.years.contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, CalendarDay(year: year, month: month, day: day) != nil else { return nil }
        }
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    init(_ day: CalendarDay) {
        year = day.year
        month = day.month
        self.day = day.day
    }

    var first: CalendarDay {
        CalendarDay(year: year, month: month ?? 1, day: day ?? 1) ?? CalendarDay(ordinal: 0)
    }

    var last: CalendarDay {
        let lastMonth = month ?? 12
        return CalendarDay(year: year, month: lastMonth, day: day ?? CalendarDay.daysIn(month: lastMonth, year: year)) ?? first
    }

    var iso: String { CalendarDay.iso(year: year, month: month, day: day) }

    /// The period of the same size just before (`before 2018` ends with 2017).
    var previous: DatePeriod? { shifted(by: -1) }
    /// The period of the same size just after (`after May` starts with June).
    var next: DatePeriod? { shifted(by: 1) }

    private func shifted(by step: Int) -> DatePeriod? {
        if day != nil { return first.adding(days: step).map(DatePeriod.init) }
        if let month {
            let total = year * 12 + month - 1 + step
            return DatePeriod(year: total / 12, month: total % 12 + 1)
        }
        return DatePeriod(year: year + step)
    }
}

/// What a date expression means once resolved: one period, a range (an open end is nil), or nothing
/// known yet (a relative expression and no publication date).
enum DateMeaning: Sendable, Equatable {
    case single(DatePeriod)
    case range(DatePeriod?, DatePeriod?)
    case unresolved(isRange: Bool)

    var isRange: Bool {
        switch self {
        case .single: return false
        case .range: return true
        case .unresolved(let isRange): return isRange
        }
    }
}
