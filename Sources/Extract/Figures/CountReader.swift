import Foundation

/// Decides what a plain number is: a duration (`six-day`, `为期6天`), part of a date or a year (left to
/// the date extractor), a position (第三), or a count of something, with the counted noun phrase as
/// written (`129 cooperation projects`, `86个国家和地区`, `签约项目129个`).
struct CountReader {
    let context: FigureContext

    private var text: ScalarText { context.text }

    enum Verdict {
        case figure(FigureReading)
        /// A year, date part, time of day, ordinal or code: not a figure of this extractor.
        case skip
    }

    func read(at index: Int) -> Verdict {
        let mention = context.mentions[index]
        if mention.isOrdinal || mention.followsLetters || mention.attachedWord != nil || mention.diagnostic != nil { return .skip }
        let chinese = context.isChinese(mention)
        let rules = chinese ? context.pack.chineseFigures : context.pack.englishFigures
        if let duration = duration(mention, rules: rules, chinese: chinese) { return .figure(duration) }
        if isDatePart(mention, rules: rules, chinese: chinese) || isGluedToWord(mention) || isCompoundAdjective(mention)
            || isInsideQuotedName(mention)
        {
            return .skip
        }
        if mention.script == .words, !mention.isInteger, mention.value > 0, mention.value < 1 {
            // two-thirds (of applications), half: a share, read as a percentage.
            return .figure(FigureReading(kind: "percent", value: mention.value * 100, range: mention.range))
        }
        // 一位 / 一家 / 一场: a lone 一 before a classifier is the article "a", not a count.
        if chinese, mention.script == .chinese, mention.value == 1, mention.range.count == 1 { return .skip }
        let entity = chinese ? chineseEntity(mention, rules: rules) : englishEntity(mention, index: index, rules: rules)
        if isYear(mention, rules: rules, hasEntity: entity != nil) { return .skip }
        if let entity {
            return .figure(FigureReading(kind: "count", value: mention.value, range: mention.range, entity: entity.text))
        }
        // One, two, 一: words that are usually articles or pronouns unless they count something.
        if mention.script != .digits, mention.range.count <= 1 || mention.script == .words { return .skip }
        return .figure(FigureReading(kind: "number", value: mention.value, range: mention.range))
    }

    // MARK: Durations, dates, years

    private func duration(_ mention: NumberMention, rules: FigureRules, chinese: Bool) -> FigureReading? {
        var position = text.skipSpaces(from: mention.range.upperBound, limit: 1)
        if !chinese, text[position] == 0x2D { position += 1 }  // six-day
        guard let match = rules.durationUnits.match(in: text, at: position) else { return nil }
        if chinese {
            let hasLeadIn = rules.durationBefore.match(in: text, endingAt: text.previousNonSpace(before: mention.range.lowerBound) + 1) != nil
            if match.payload == "day", text[position] == 0x65E5, !hasLeadIn { return nil }  // 30日 is a date
            if match.payload == "year", !hasLeadIn, mention.plainDigitCount == 4 || text[match.end] == 0x6708 { return nil }
        } else {
            let next = text.skipSpaces(from: match.end, limit: 1)
            if rules.notDurationAfter.match(in: text, at: next) != nil { return nil }  // ten years ago is a date
        }
        return FigureReading(kind: "duration", value: mention.value, range: mention.range.lowerBound..<match.end, unit: match.payload)
    }

    /// `May 30`, `30 May`, `5月30日`, `10:30`, `2023-05-30`.
    private func isDatePart(_ mention: NumberMention, rules: FigureRules, chinese: Bool) -> Bool {
        let after = text.skipSpaces(from: mention.range.upperBound, limit: 1)
        if chinese { return rules.dateUnits.match(in: text, at: after) != nil }
        let end = mention.range.upperBound, start = mention.range.lowerBound
        if text[end] == 0x3A, text.isDigit(end + 1) { return true }
        if text[start - 1] == 0x3A, text.isDigit(start - 2) { return true }
        if text[end] == 0x2D || text[end] == 0x2F, text.isDigit(end + 1), mention.plainDigitCount == 4 { return true }
        if (text[start - 1] == 0x2D || text[start - 1] == 0x2F), text.isDigit(start - 2) { return true }
        if rules.months.match(in: text, at: after) != nil { return mention.isInteger && mention.value <= 31 }
        var before = text.previousNonSpace(before: start)
        if text[before] == 0x2E { before -= 1 }  // Sept. 24
        return rules.months.match(in: text, endingAt: before + 1) != nil && mention.isInteger
    }

    /// `three-dimensional`, `one-time`: a number word glued to an adjective (durations were read before).
    private func isCompoundAdjective(_ mention: NumberMention) -> Bool {
        let end = mention.range.upperBound
        return mention.script == .words && text[end] == 0x2D && text.isLetter(end + 1)
    }

    /// “two bombs and one satellite”, "four aspects": a slogan or name in quotation marks, not a count.
    private func isInsideQuotedName(_ mention: NumberMention) -> Bool {
        guard mention.script == .words else { return false }
        let quotes: Set<UInt32> = [0x201C, 0x22, 0x300C, 0x2018]
        let closing: Set<UInt32> = [0x201D, 0x22, 0x300D, 0x2019]
        var start = mention.range.lowerBound - 1
        var words = 0
        while start >= 0, mention.range.lowerBound - start < 24, !quotes.contains(text[start]) {
            if text[start] == 0x2E || text[start] == 0x2C || text[start] == 0x0A { return false }
            if text.isSpace(start) { words += 1 }
            start -= 1
        }
        guard start >= 0, quotes.contains(text[start]), words <= 3 else { return false }
        var end = mention.range.upperBound
        while end < text.count, end - mention.range.upperBound < 40 {
            if closing.contains(text[end]) { return true }
            if text[end] == 0x2E || text[end] == 0x0A { return false }
            end += 1
        }
        return false
    }

    /// `COVID-19`, `G20`: a number that is part of a name.
    private func isGluedToWord(_ mention: NumberMention) -> Bool {
        let start = mention.range.lowerBound
        return text[start - 1] == 0x2D && text.isLetter(start - 2)
    }

    /// A plain four-digit number from 1800 to 2100 that reads as a year (`in 2018`, `2023 ZGC Forum`);
    /// `2000 companies` stays a count.
    private func isYear(_ mention: NumberMention, rules: FigureRules, hasEntity: Bool) -> Bool {
        guard mention.plainDigitCount == 4, mention.isInteger, mention.value >= 1800, mention.value <= 2100 else { return false }
        guard hasEntity else { return true }
        if context.isChinese(mention) { return false }  // 1800名志愿者: a classifier makes it a count
        let next = text.skipSpaces(from: mention.range.upperBound, limit: 1)
        if text.isUpperCase(next) || text.isHan(next) { return true }
        let before = text.previousNonSpace(before: mention.range.lowerBound) + 1
        return rules.yearBefore.match(in: text, endingAt: before) != nil
    }

    // MARK: Entities

    private struct Entity { var text: String }

    /// The noun phrase after an English number: words up to a function word, punctuation or the
    /// `maxEntityWords` limit, lists included (`scientists, entrepreneurs, investors and innovators`).
    /// `100 of them` refers back to the last counted noun.
    private func englishEntity(_ mention: NumberMention, index: Int, rules: FigureRules) -> Entity? {
        var position = text.skipSpaces(from: mention.range.upperBound, limit: 1)
        guard position > mention.range.upperBound || text[position] == 0x2D else { return nil }
        if text[position] == 0x2D { position += 1 }
        if rules.entityRefersBack.match(in: text, at: position) != nil { return previousEntity(before: index) }
        var words = 0
        var committedEnd = position
        var cursor = position
        while words < rules.maxEntityWords {
            guard text.isLetter(cursor) else { break }
            var wordEnd = text.wordEnd(from: cursor)
            while text[wordEnd] == 0x2D || text[wordEnd] == 0x26, text.isLetter(wordEnd + 1) { wordEnd = text.wordEnd(from: wordEnd + 1) }
            if isStopWord(cursor..<wordEnd, rules: rules) {
                guard let link = rules.entityListLinks.match(in: text, at: cursor), words > 0 else { break }
                cursor = text.skipSpaces(from: link.end, limit: 1)
                continue
            }
            words += 1
            committedEnd = wordEnd
            cursor = wordEnd
            if text[cursor] == 0x2C, text[cursor + 1] == 0x20, text.isLetter(cursor + 2) {
                cursor += 2  // a list: scientists, entrepreneurs
            } else {
                let next = text.skipSpaces(from: cursor, limit: 1)
                guard next > cursor else { break }
                cursor = next
            }
        }
        guard committedEnd > position else { return nil }
        return Entity(text: text.string(position..<committedEnd))
    }

    private func isStopWord(_ range: Range<Int>, rules: FigureRules) -> Bool {
        guard let key = EnglishNumberRules.key(text.folded[range]) else { return false }
        return rules.entityStopWords.contains(key) || context.pack.englishNumbers.words[key] != nil
    }

    /// The noun of the nearest earlier count that is larger (`700 projects from 12 countries, 100 of them`).
    private func previousEntity(before index: Int) -> Entity? {
        var earlier = index - 1
        let value = context.mentions[index].value
        while earlier >= 0, index - earlier <= 4 {
            if case .figure(let reading) = read(at: earlier), reading.kind == "count", let entity = reading.entity,
                (reading.value ?? 0) > value
            {
                return Entity(text: entity)
            }
            earlier -= 1
        }
        return nil
    }

    /// The Chinese noun counted: after the classifier (`86个国家和地区`), else before the number
    /// (`签约项目129个`), stopping at punctuation, particles and lead-in verbs.
    private func chineseEntity(_ mention: NumberMention, rules: FigureRules) -> Entity? {
        var position = text.skipSpaces(from: mention.range.upperBound, limit: 1)
        if let qualifier = rules.qualifiersAfter.match(in: text, at: position), rules.classifiers.match(in: text, at: qualifier.end) != nil {
            position = qualifier.end
        }
        guard let classifier = rules.classifiers.match(in: text, at: position) else { return nil }
        var after = classifier.end
        if let qualifier = rules.qualifiersAfter.match(in: text, at: after) { after = qualifier.end }
        var end = after
        while end < text.count, end - after < rules.maxEntityChars, text.isHan(end) || text.isLetter(end), !rules.entityStopChars.contains(text[end]) {
            if end > after, rules.entityBeforeStops.match(in: text, at: end) != nil { break }
            end += 1
        }
        if end > after { return Entity(text: text.string(after..<end)) }
        var start = text.previousNonSpace(before: mention.range.lowerBound) + 1
        if let qualifier = rules.qualifiersBefore.match(in: text, endingAt: start) { start = qualifier.start }
        var begin = start
        while begin > 0, start - begin < rules.maxEntityChars, text.isHan(begin - 1), !rules.entityStopChars.contains(text[begin - 1]) {
            if rules.entityBeforeStops.match(in: text, endingAt: begin) != nil { break }
            begin -= 1
        }
        // 增加120人: no noun either side, the classifier itself says what is counted (people, sessions).
        guard begin < start else { return Entity(text: text.string(classifier.end - 1..<classifier.end)) }
        return Entity(text: text.string(begin..<start))
    }
}
