import Foundation

/// Tells an article's language (BCP-47) from its text: script counts first, then for Han text the share of
/// Traditional-only versus Simplified-only characters, then for Latin text the markup's declaration or
/// function-word counts.
public struct ScriptDetector: Sendable {
    /// Scalars examined.
    public var sampleScalars = 4000

    public init() {}

    public func language(of text: String, declared: String?) -> String {
        var han = 0, kana = 0, hangul = 0, latin = 0, cyrillic = 0, arabic = 0, greek = 0, hebrew = 0, thai = 0, devanagari = 0
        var traditional = 0, simplified = 0
        let variants = HanVariants.shared
        var seen = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF:
                han += 1
                switch variants.kind(of: value) {
                case .traditional: traditional += 1
                case .simplified: simplified += 1
                case .shared: break
                }
            case 0x3040...0x30FF: kana += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
            case 0x400...0x4FF: cyrillic += 1
            case 0x600...0x6FF: arabic += 1
            case 0x370...0x3FF: greek += 1
            case 0x590...0x5FF: hebrew += 1
            case 0xE00...0xE7F: thai += 1
            case 0x900...0x97F: devanagari += 1
            default: break
            }
            seen += 1
            if seen >= sampleScalars { break }
        }
        let declaredPrimary = declared.map { $0.lowercased().replacingOccurrences(of: "_", with: "-") }
        let counts: [(String, Int)] = [
            ("zh", han), ("ja", kana), ("ko", hangul), ("latin", latin), ("ru", cyrillic), ("ar", arabic),
            ("el", greek), ("he", hebrew), ("th", thai), ("hi", devanagari),
        ]
        guard let top = counts.max(by: { $0.1 < $1.1 }), top.1 > 0 else { return declaredPrimary ?? "und" }
        // Japanese mixes kana with kanji; a little kana is enough.
        if kana > 0 && Double(kana) > 0.1 * Double(han + kana) && top.0 != "latin" || top.0 == "ja" { return "ja" }
        // Han counts per character, Latin per letter: compare in comparable units (a word is about 5 letters).
        if han > 0 && (top.0 == "zh" || Double(han) * 2.5 > Double(latin)) && top.0 != "ko" {
            if traditional > simplified { return "zh-Hant" }
            if simplified > traditional { return "zh-Hans" }
            if let declaredPrimary, declaredPrimary.contains("tw") || declaredPrimary.contains("hk") || declaredPrimary.contains("hant") {
                return "zh-Hant"
            }
            return "zh-Hans"
        }
        if top.0 == "latin" { return latinLanguage(text, declared: declaredPrimary) }
        if top.0 == "ru", let declaredPrimary, ["uk", "bg", "sr", "mk", "be", "kk"].contains(String(declaredPrimary.prefix(2))) {
            return String(declaredPrimary.prefix(2))
        }
        return top.0
    }

    private func latinLanguage(_ text: String, declared: String?) -> String {
        let words = Stopwords.shared
        var scores: [String: Int] = [:]
        var count = 0
        for word in text.prefix(2000).split(whereSeparator: { !$0.isLetter }) where word.utf8.count <= 4 {
            if let languages = words.languages[word.lowercased()] {
                for language in languages { scores[language, default: 0] += 1 }
            }
            count += 1
            if count > 300 { break }
        }
        let best = scores.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
        if let declared {
            let primary = String(declared.prefix(while: { $0 != "-" }))
            // Trust the declaration unless the text clearly says otherwise.
            if let best, best.key != primary, best.value >= 10, Double(scores[primary] ?? 0) < 0.3 * Double(best.value) {
                return best.key
            }
            return primary.isEmpty ? (best?.key ?? "und") : primary
        }
        return best.map(\.key) ?? "und"
    }
}

/// Function words per language, from `Resources/stopwords.json`.
struct Stopwords: Sendable {
    var languages: [String: [String]] = [:]

    static let shared: Stopwords = {
        var result = Stopwords()
        guard let url = Bundle.module.url(forResource: "stopwords", withExtension: "json", subdirectory: "Resources"),
            let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return result }
        for (language, words) in object where !language.hasPrefix("_") {
            for word in (words as? [String]) ?? [] { result.languages[word, default: []].append(language) }
        }
        return result
    }()
}

/// Which Han characters only Traditional or only Simplified Chinese uses, derived once from ICU's
/// `Hant-Hans` and `Hans-Hant` transliterators over the CJK Unified Ideographs block.
package struct HanVariants: Sendable {
    package enum Kind: UInt8, Sendable { case shared, traditional, simplified }
    private static let first: UInt32 = 0x4E00
    private static let last: UInt32 = 0x9FFF
    private let table: [Kind]

    package static let shared = HanVariants()

    private init() {
        let count = Int(Self.last - Self.first + 1)
        var table = [Kind](repeating: .shared, count: count)
        var source = String.UnicodeScalarView()
        for value in Self.first...Self.last {
            if let scalar = Unicode.Scalar(value) { source.append(scalar); source.append("\n") }
        }
        let text = String(source)
        let marks: [(String, Kind)] = [("Hant-Hans", .traditional), ("Hans-Hant", .simplified)]
        for (id, kind) in marks {
            guard let transliterator = ICU.Transliterator(id) else { continue }
            let converted = transliterator.apply(text).split(separator: "\n", omittingEmptySubsequences: false)
            guard converted.count >= count else { continue }
            for offset in 0..<count {
                let original = Unicode.Scalar(Self.first + UInt32(offset))
                if converted[offset].unicodeScalars.count != 1 || converted[offset].unicodeScalars.first != original {
                    if table[offset] == .shared { table[offset] = kind } else { table[offset] = .shared }
                }
            }
        }
        self.table = table
    }

    package func kind(of value: UInt32) -> Kind {
        guard value >= Self.first && value <= Self.last else { return .shared }
        return table[Int(value - Self.first)]
    }
}
