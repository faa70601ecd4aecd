/// Finds dates and date ranges in a text and places them in time against the publication day:
/// English and language-neutral forms through `EnglishDateReader`, Chinese through
/// `ChineseDateReader`; where both read the same characters the longer reading wins.
struct DateExtractor: Sendable {
    /// One date found: where, and what it means.
    struct Reading: Sendable {
        var range: Range<Int>
        var meaning: DateMeaning
    }

    let english: EnglishDateRules
    let chinese: ChineseDateRules
    let numerals: ChineseNumberRules
    let numberWords: EnglishNumberRules
    /// Code points (Basic Multilingual Plane) that can start a Chinese date: a bit each, so the scan
    /// over every character costs no hashing.
    let chineseStarters: ScalarBits
    let chineseMarkers: ScalarBits

    init(english: EnglishDateRules, chinese: ChineseDateRules, numerals: ChineseNumberRules, numberWords: EnglishNumberRules) {
        self.numberWords = numberWords
        self.english = english
        self.chinese = chinese
        self.numerals = numerals
        var starters = chinese.starters.union(numerals.digits.keys).union(numerals.units.keys).union(numerals.tensShorthand.keys)
        starters.formUnion((0x30...0x39).map { UInt32($0) })
        chineseStarters = ScalarBits(starters)
        chineseMarkers = ScalarBits(chinese.markers)
    }

    private enum Source { case english(tokens: Range<Int>), chinese }

    private struct Candidate {
        var range: Range<Int>
        var expression: DateExpression
        var source: Source
    }

    /// `published` resolves relative dates; nil leaves them with no value. `dayFirst` reads `3/7/2017`
    /// as 3 July.
    func extract(from text: ScalarText, published: CalendarDay?, dayFirst: Bool) -> [Reading] {
        let tokens = DateToken.tokenize(text)
        var englishReader = EnglishDateReader(rules: english, tokens: tokens, numberWords: numberWords, dayFirst: dayFirst)
        englishReader.capitals = { text.isUpperCase($0) }
        let chineseReader = ChineseDateReader(rules: chinese, numerals: numerals, starters: chineseStarters, markers: chineseMarkers, text: text)
        var candidates: [Candidate] = englishReader.readAll().map { found in
            Candidate(range: tokens[found.tokens.lowerBound].start..<tokens[found.tokens.upperBound - 1].end,
                      expression: found.expression, source: .english(tokens: found.tokens))
        }
        // `2012-01-01及以前`: a Chinese bound after a numeric date.
        for index in candidates.indices {
            let after = text.skipSpaces(from: candidates[index].range.upperBound, limit: 1)
            if let tail = chinese.openTails.match(in: text, at: after), tail.end - after > 1, case .english = candidates[index].source {
                candidates[index].expression = .open(candidates[index].expression, tail.payload)
                candidates[index].range = candidates[index].range.lowerBound..<tail.end
            }
        }
        candidates += chineseReader.readAll().map { Candidate(range: $0.range, expression: $0.expression, source: .chinese) }
        // Longest first; a shorter reading overlapping a kept one is dropped.
        candidates.sort { ($0.range.count, $0.range.lowerBound) > ($1.range.count, $1.range.lowerBound) }
        var kept: [Candidate] = []
        for candidate in candidates where !kept.contains(where: { $0.range.overlaps(candidate.range) }) { kept.append(candidate) }
        kept.sort { $0.range.lowerBound < $1.range.lowerBound }

        var readings: [Reading] = []
        var resolver = DateResolver(today: published)
        for candidate in kept {
            switch candidate.source {
            case .english(let range): resolver.tense = englishReader.tense(before: range.lowerBound)
            case .chinese: resolver.tense = chineseReader.tense(before: candidate.range.lowerBound)
            }
            guard let meaning = resolver.resolve(candidate.expression) else { continue }
            if case .calendar(let year?, _, _) = candidate.expression { resolver.anchorYear = year }
            if case .single(let period) = meaning, period.day != nil { resolver.anchorDay = period }
            if case .range(let first?, _) = meaning, first.day != nil { resolver.anchorDay = first }
            readings.append(Reading(range: candidate.range, meaning: meaning))
        }
        return readings
    }
}
