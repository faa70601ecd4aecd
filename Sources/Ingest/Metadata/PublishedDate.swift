/// Reads the date forms pages use for publication times and writes them as ISO 8601.
package enum PublishedDate {
    private static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
    ]

    /// ISO form of `raw` (`2023-05-31`, `2023-05-31T08:15`, `2023-05-31T08:15:00+08:00`), or nil.
    package static func iso(_ raw: String) -> String? {
        let scalars = Array(raw.unicodeScalars.map { scalar -> Unicode.Scalar in
            // Full-width digits and separators.
            if scalar.value >= 0xFF10 && scalar.value <= 0xFF19, let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) { return ascii }
            return scalar
        })
        var numbers: [(value: Int, digits: Int, end: Int)] = []
        var index = 0
        while index < scalars.count {
            if let digit = scalars[index].properties.numericType != nil && scalars[index].value < 0x80 ? Int(scalars[index].value) - 48 : nil {
                var value = digit, digits = 1, position = index + 1
                while position < scalars.count, scalars[position].value >= 48, scalars[position].value <= 57, digits < 9 {
                    value = value * 10 + Int(scalars[position].value) - 48
                    digits += 1
                    position += 1
                }
                numbers.append((value, digits, position))
                index = position
            } else {
                index += 1
            }
        }
        // Unix time in seconds or milliseconds.
        if numbers.count == 1, numbers[0].digits >= 9 { return nil }
        var year: Int?, month: Int?, day: Int?
        var timeStart = 0
        if let first = numbers.first, first.digits == 4 {
            year = first.value
            if numbers.count >= 3 {
                month = numbers[1].value
                day = numbers[2].value
                timeStart = 3
            } else if numbers.count == 2 {
                month = numbers[1].value
                timeStart = 2
            }
        } else {
            // "May 30, 2023", "30 May 2023", "Tue, 30 May 2023 08:15:00 GMT".
            let lower = raw.lowercased()
            var foundMonth: Int?
            for (name, number) in months {
                if let range = lower.range(of: name) {
                    let before = range.lowerBound == lower.startIndex || !lower[lower.index(before: range.lowerBound)].isLetter
                    if before { foundMonth = number; break }
                }
            }
            if let foundMonth, let yearIndex = numbers.firstIndex(where: { $0.digits == 4 }) {
                month = foundMonth
                year = numbers[yearIndex].value
                day = numbers.first(where: { $0.digits <= 2 }).map(\.value)
                timeStart = yearIndex + 1
            } else if numbers.count >= 3, numbers[2].digits == 4, numbers[0].digits <= 2, numbers[1].digits <= 2 {
                // 05/30/2023 (US) or 30.05.2023: the one above 12 is the day.
                year = numbers[2].value
                if numbers[0].value > 12 { day = numbers[0].value; month = numbers[1].value } else { month = numbers[0].value; day = numbers[1].value }
                timeStart = 3
            }
        }
        guard let year, (1900...2200).contains(year), let month, (1...12).contains(month) else { return nil }
        guard let day else { return pad(year, 4) + "-" + pad(month, 2) }
        guard (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        var result = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if numbers.count >= timeStart + 2, numbers[timeStart].value < 24, numbers[timeStart + 1].value < 60,
            numbers[timeStart].digits <= 2
        {
            result += "T" + pad(numbers[timeStart].value, 2) + ":" + pad(numbers[timeStart + 1].value, 2)
            if numbers.count >= timeStart + 3, numbers[timeStart + 2].digits == 2, numbers[timeStart + 2].value < 60 {
                result += ":" + pad(numbers[timeStart + 2].value, 2)
            }
            if let offset = offset(in: raw) { result += offset }
        }
        return result
    }

    /// A zone designator at the end: `Z`, `+08:00`, `+0800`, `GMT`, `UTC`.
    private static func offset(in raw: String) -> String? {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("Z") || trimmed.hasSuffix("GMT") || trimmed.hasSuffix("UTC") { return "Z" }
        let scalars = Array(trimmed.unicodeScalars)
        guard scalars.count > 6 else { return nil }
        // ±HH:MM or ±HHMM at the end, after a time.
        for length in [6, 5] where scalars.count > length {
            let tail = scalars[(scalars.count - length)...]
            guard let sign = tail.first, sign == "+" || sign == "-" else { continue }
            let digits = tail.dropFirst().filter { $0 != ":" }
            guard digits.count == 4, digits.allSatisfy({ $0.value >= 48 && $0.value <= 57 }) else { continue }
            let text = String(String.UnicodeScalarView(digits))
            return String(sign) + text.prefix(2) + ":" + text.suffix(2)
        }
        return nil
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

import Foundation
