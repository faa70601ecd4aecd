/// A word, a digit run or one other character of a text, for the English date grammar. Spaces are
/// not tokens; `spaced` says whether one stood before.
struct DateToken: Sendable {
    enum Kind: UInt8, Sendable { case number, word, symbol }

    var kind: Kind
    var start: Int
    var end: Int
    var spaced: Bool
    /// Word: its lower-case letters packed (see `EnglishNumberRules.key`); symbol: the scalar with the
    /// top bit set; number: 0.
    var key: UInt64
    /// Number: its value (capped) and its digit count.
    var value: Int = 0
    var digits: Int = 0

    static func symbolKey(_ scalar: UInt32) -> UInt64 { (1 << 63) | UInt64(scalar) }

    /// The tokens of `text`, in order. A word longer than 13 letters gets key 0 (it matches nothing).
    static func tokenize(_ text: ScalarText) -> [DateToken] {
        var tokens: [DateToken] = []
        tokens.reserveCapacity(text.count / 4)
        var index = 0
        var spaced = true
        while index < text.count {
            let scalar = text[index]
            if ScalarText.isSpace(scalar) {
                spaced = true
                index += 1
                continue
            }
            if ScalarText.isDigit(scalar) {
                var end = index, value = 0
                while end < text.count, text.isDigit(end) {
                    if end - index < 12 { value = value * 10 + Int(text[end] - 0x30) }
                    end += 1
                }
                tokens.append(DateToken(kind: .number, start: index, end: end, spaced: spaced, key: 0, value: value, digits: end - index))
                index = end
            } else if ScalarText.isLetter(scalar) {
                let end = text.wordEnd(from: index)
                let key = EnglishNumberRules.key(text.folded[index..<end]) ?? 0
                tokens.append(DateToken(kind: .word, start: index, end: end, spaced: spaced, key: key))
                index = end
            } else {
                tokens.append(DateToken(kind: .symbol, start: index, end: index + 1, spaced: spaced, key: symbolKey(scalar)))
                index += 1
            }
            spaced = false
        }
        return tokens
    }

    /// The keys of a phrase from a data file, as the tokenizer would produce them.
    static func keys(of phrase: String) -> [UInt64] {
        tokenize(ScalarText(phrase)).map { $0.kind == .number ? UInt64($0.value) | (1 << 62) : $0.key }
    }
}

/// Phrases of tokens with a payload, matched longest first (`the day after tomorrow` before `the day`).
struct TokenPhrases<Payload: Sendable>: Sendable {
    private var byFirst: [UInt64: [(keys: [UInt64], payload: Payload)]] = [:]

    init(_ entries: [(String, Payload)]) {
        for (phrase, payload) in entries {
            let keys = DateToken.keys(of: phrase)
            guard let first = keys.first, !keys.contains(0) else { continue }
            byFirst[first, default: []].append((keys, payload))
        }
        for key in byFirst.keys { byFirst[key]?.sort { $0.keys.count > $1.keys.count } }
    }

    init(_ words: [String], _ payload: Payload) { self.init(words.map { ($0, payload) }) }

    /// The token keys a phrase can start with.
    var firstKeys: Set<UInt64> { Set(byFirst.keys) }

    /// Every token key of every phrase.
    var allKeys: Set<UInt64> { Set(byFirst.values.flatMap { $0.flatMap(\.keys) }) }

    /// The longest phrase starting at token `index`: its payload and the index just after it.
    func match(_ tokens: [DateToken], at index: Int) -> (payload: Payload, end: Int)? {
        guard index >= 0, index < tokens.count, let candidates = byFirst[tokens[index].key] else { return nil }
        for candidate in candidates where index + candidate.keys.count <= tokens.count {
            var matched = true
            for (offset, key) in candidate.keys.enumerated() where tokens[index + offset].key != key {
                matched = false
                break
            }
            if matched { return (candidate.payload, index + candidate.keys.count) }
        }
        return nil
    }

    /// The longest phrase ending just before token `index`: its payload and its first token.
    func match(_ tokens: [DateToken], endingBefore index: Int) -> (payload: Payload, start: Int)? {
        var best: (Payload, Int)?
        for length in 1...4 where index - length >= 0 {
            if let found = match(tokens, at: index - length), found.end == index { best = (found.payload, index - length) }
        }
        return best
    }
}
