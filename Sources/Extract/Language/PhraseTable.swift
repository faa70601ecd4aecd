/// Phrases from a data file, matched against a `ScalarText` word by word: words are separated by one or
/// more spaces in the text, and a phrase that starts or ends with a letter must start or end on a word
/// boundary (`over` does not match inside `overall`).
struct PhraseTable<Payload: Sendable>: Sendable {
    private var entries: [(words: [[UInt32]], payload: Payload)] = []
    /// Entry numbers by the phrase's first and last scalar, so a lookup tries only phrases that can match.
    private var byFirst: [UInt32: [Int]] = [:]
    private var byLast: [UInt32: [Int]] = [:]

    init() {}

    init(_ phrases: [(String, Payload)]) {
        for (phrase, payload) in phrases { add(phrase, payload) }
    }

    mutating func add(_ phrase: String, _ payload: Payload) {
        let words = phrase.split(separator: " ").map { ScalarText.folded(String($0)) }
        guard let first = words.first?.first, let last = words.last?.last else { return }
        byFirst[first, default: []].append(entries.count)
        byLast[last, default: []].append(entries.count)
        entries.append((words, payload))
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The longest phrase starting at `index`: where it ends and its payload.
    func match(in text: ScalarText, at index: Int) -> (end: Int, payload: Payload)? {
        guard index < text.count else { return nil }
        if text.isLetter(index), text.isLetter(index - 1) { return nil }
        var best: (end: Int, payload: Payload)?
        for number in byFirst[text[index]] ?? [] {
            let entry = entries[number]
            guard let end = matchForward(entry.words, in: text, at: index) else { continue }
            if end > (best?.end ?? -1) { best = (end, entry.payload) }
        }
        return best
    }

    /// The longest phrase ending at `index`: where it starts and its payload.
    func match(in text: ScalarText, endingAt index: Int) -> (start: Int, payload: Payload)? {
        guard index > 0 else { return nil }
        if text.isLetter(index), text.isLetter(index - 1) { return nil }
        var best: (start: Int, payload: Payload)?
        for number in byLast[text[index - 1]] ?? [] {
            let entry = entries[number]
            guard let start = matchBackward(entry.words, in: text, endingAt: index) else { continue }
            if start < (best?.start ?? Int.max) { best = (start, entry.payload) }
        }
        return best
    }

    private func matchForward(_ words: [[UInt32]], in text: ScalarText, at index: Int) -> Int? {
        var position = index
        for (number, word) in words.enumerated() {
            if number > 0 {
                let next = text.skipSpaces(from: position)
                guard next > position else { return nil }
                position = next
            }
            guard text.matches(word, at: position) else { return nil }
            position += word.count
        }
        if let last = words.last?.last, ScalarText.isLetter(last), text.isLetter(position) { return nil }
        return position
    }

    private func matchBackward(_ words: [[UInt32]], in text: ScalarText, endingAt index: Int) -> Int? {
        var position = index
        for (number, word) in words.reversed().enumerated() {
            if number > 0 {
                var previous = position
                while previous > 0, text.isSpace(previous - 1), position - previous < 3 { previous -= 1 }
                guard previous < position else { return nil }
                position = previous
            }
            guard text.matches(word, at: position - word.count) else { return nil }
            position -= word.count
        }
        if let first = words.first?.first, ScalarText.isLetter(first), text.isLetter(position - 1) { return nil }
        return position
    }
}
