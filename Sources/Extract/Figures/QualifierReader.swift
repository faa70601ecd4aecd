/// Reads the qualifier around a figure: `more than`, `nearly`, `约`, `超过` before it; `or more`, `余`,
/// `以上`, `左右` after it. The vocabulary is data (`qualifiersBefore` / `qualifiersAfter`).
struct QualifierReader {
    let context: FigureContext

    /// The qualifier before `start`, and where it begins.
    func before(_ start: Int, rules: FigureRules) -> (qualifier: String, start: Int)? {
        let text = context.text
        var end = start
        if text.isSpace(end - 1) { end = text.previousNonSpace(before: end) + 1 }
        guard let match = rules.qualifiersBefore.match(in: text, endingAt: end) else { return nil }
        return (match.payload, match.start)
    }

    /// The qualifier right after `end` (after at most one space), and where it ends.
    func after(_ end: Int, rules: FigureRules) -> (qualifier: String, end: Int)? {
        let text = context.text
        let start = text.skipSpaces(from: end, limit: 1)
        guard let match = rules.qualifiersAfter.match(in: text, at: start) else { return nil }
        return (match.payload, match.end)
    }
}
