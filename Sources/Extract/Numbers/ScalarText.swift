/// A text as code points, with a one-to-one folded copy for matching: full-width ASCII becomes ASCII,
/// the ideographic space a space, ASCII letters lower case. Offsets into either are code-point offsets
/// of the original, which is what a figure's `span` needs.
struct ScalarText: Sendable {
    let original: [Unicode.Scalar]
    let folded: [UInt32]

    init(_ text: String) {
        var original: [Unicode.Scalar] = [], folded: [UInt32] = []
        original.reserveCapacity(text.utf8.count)
        folded.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            original.append(scalar)
            folded.append(Self.fold(scalar.value))
        }
        self.original = original
        self.folded = folded
    }

    var count: Int { folded.count }

    /// The folded scalar at `index`, or 0 outside the text.
    subscript(index: Int) -> UInt32 {
        index >= 0 && index < folded.count ? folded[index] : 0
    }

    /// The original text between two offsets.
    func string(_ range: Range<Int>) -> String {
        let lower = max(0, range.lowerBound), upper = min(count, range.upperBound)
        guard lower < upper else { return "" }
        // UTF-8 bytes first: much cheaper than appending to a String.UnicodeScalarView.
        return String(unsafeUninitializedCapacity: (upper - lower) * 4) { buffer in
            var count = 0
            func put(_ value: UInt32) {
                buffer[count] = UInt8(truncatingIfNeeded: value)
                count += 1
            }
            for scalar in original[lower..<upper] {
                let value = scalar.value
                if value < 0x80 {
                    put(value)
                } else if value < 0x800 {
                    put(0xC0 | value >> 6); put(0x80 | value & 0x3F)
                } else if value < 0x10000 {
                    put(0xE0 | value >> 12); put(0x80 | value >> 6 & 0x3F); put(0x80 | value & 0x3F)
                } else {
                    put(0xF0 | value >> 18); put(0x80 | value >> 12 & 0x3F); put(0x80 | value >> 6 & 0x3F); put(0x80 | value & 0x3F)
                }
            }
            return count
        }
    }

    func isDigit(_ index: Int) -> Bool { Self.isDigit(self[index]) }
    func isLetter(_ index: Int) -> Bool { Self.isLetter(self[index]) }
    func isSpace(_ index: Int) -> Bool { Self.isSpace(self[index]) }
    func isHan(_ index: Int) -> Bool { Self.isHan(self[index]) }

    /// The original scalar is an upper-case ASCII letter (`10M` is ten million, `10m` ten metres).
    func isUpperCase(_ index: Int) -> Bool {
        guard index >= 0, index < count else { return false }
        let value = original[index].value
        return (0x41...0x5A).contains(value) || (0xFF21...0xFF3A).contains(value)
    }

    /// The first offset at or after `index` that is not a space (or `count`).
    func skipSpaces(from index: Int, limit: Int = 3) -> Int {
        var position = index
        while position < count, position - index < limit, isSpace(position) { position += 1 }
        return position
    }

    /// The last offset before `index` that is not a space, or -1.
    func previousNonSpace(before index: Int) -> Int {
        var position = index - 1
        while position >= 0, isSpace(position) { position -= 1 }
        return position
    }

    /// The end of the ASCII-letter word starting at `index`.
    func wordEnd(from index: Int) -> Int {
        var position = index
        while position < count, isLetter(position) { position += 1 }
        return position
    }

    /// The start of the ASCII-letter word ending just before `index`.
    func wordStart(before index: Int) -> Int {
        var position = index
        while position > 0, isLetter(position - 1) { position -= 1 }
        return position
    }

    /// `pattern` (already folded) stands at `index`.
    func matches(_ pattern: [UInt32], at index: Int) -> Bool {
        guard !pattern.isEmpty, index >= 0, index + pattern.count <= count else { return false }
        for (offset, value) in pattern.enumerated() where folded[index + offset] != value { return false }
        return true
    }

    /// The longest of `patterns` standing at `index`, with its payload.
    func longestMatch<Payload>(_ patterns: [([UInt32], Payload)], at index: Int) -> (length: Int, payload: Payload)? {
        var best: (Int, Payload)?
        for (pattern, payload) in patterns where pattern.count > (best?.0 ?? 0) && matches(pattern, at: index) {
            best = (pattern.count, payload)
        }
        return best
    }

    /// The longest of `patterns` ending exactly at `index`.
    func longestMatch<Payload>(_ patterns: [([UInt32], Payload)], endingAt index: Int) -> (length: Int, payload: Payload)? {
        var best: (Int, Payload)?
        for (pattern, payload) in patterns where pattern.count > (best?.0 ?? 0) && matches(pattern, at: index - pattern.count) {
            best = (pattern.count, payload)
        }
        return best
    }

    static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0xFF01...0xFF5E: return fold(value - 0xFEE0)
        case 0x3000, 0x00A0, 0x2009, 0x202F, 0x2007: return 0x20
        case 0x41...0x5A: return value + 0x20
        case 0x2212, 0x2013, 0xFE63: return 0x2D  // minus sign, en dash → hyphen-minus
        case 0x3002: return 0x3002
        default: return value
        }
    }

    static func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }
    static func isLetter(_ value: UInt32) -> Bool { (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) }
    static func isSpace(_ value: UInt32) -> Bool { value == 0x20 || value == 0x09 || value == 0x0A || value == 0x0D }
    static func isHan(_ value: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x20000...0x2A6DF).contains(value)
            || value == 0x3007
    }

    /// Folds a phrase from a data file the same way the text is folded.
    static func folded(_ phrase: String) -> [UInt32] { phrase.unicodeScalars.map { fold($0.value) } }
}

/// A set of code points as bits over the Basic Multilingual Plane (8 KB), with a set for the rest.
struct ScalarBits: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var astral = Set<UInt32>()

    init(_ scalars: Set<UInt32>) {
        for scalar in scalars {
            if scalar < 0x10000 { bits[Int(scalar >> 6)] |= 1 << UInt64(scalar & 63) } else { astral.insert(scalar) }
        }
    }

    func contains(_ scalar: UInt32) -> Bool {
        scalar < 0x10000 ? bits[Int(scalar >> 6)] & (1 << UInt64(scalar & 63)) != 0 : astral.contains(scalar)
    }
}
