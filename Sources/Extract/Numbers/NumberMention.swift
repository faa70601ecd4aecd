import Foundation

/// A number found in a text, before anyone decides what it counts: `129`, `81 billion`, `一百二十九`.
struct NumberMention: Sendable, Equatable {
    enum Script: Sendable { case digits, words, chinese }

    /// The exact value, sign included.
    var value: Decimal
    /// Code-point offsets in the text.
    var range: Range<Int>
    var script: Script
    var isInteger: Bool
    /// Written with group separators (`5,000`), which rules out a year.
    var hasGrouping = false
    /// A number of four plain digits or fewer and no separators, which may be a year.
    var plainDigitCount = 0
    /// A qualifier the numeral itself carries (`5000余`, `十多万`).
    var qualifier: String?
    /// Letters glued to the digits and not understood as a multiplier (`115USD`, `29km`).
    var attachedWord: Range<Int>?
    /// 百分之五 / 千分之一: the mention is the numerator, read "per `per`"; `perStart` is where 百分之 starts.
    var per: Decimal?
    var perStart: Int?
    /// Glued to letters before it (`A2021`, `usd115`).
    var followsLetters = false
    /// 第三, third: a position, not an amount.
    var isOrdinal = false
    /// Problems met reading it (too many digits, exponent out of range).
    var diagnostic: String?
}

/// Exact decimal helpers that never trap: results outside `Decimal`'s range become nil.
enum DecimalMath {
    /// The largest power of ten accepted anywhere (Decimal holds about 10^127).
    static let maxExponent = 120
    /// Significant digits a Decimal holds exactly.
    static let maxSignificantDigits = 38

    static func power(of base: Decimal, _ exponent: Int) -> Decimal? {
        guard abs(exponent) <= maxExponent else { return nil }
        if exponent >= 0 { return checked(pow(base, exponent)) }
        let denominator = pow(base, -exponent)
        guard denominator != 0, !denominator.isNaN else { return nil }
        return checked(1 / denominator)
    }

    static func tenTo(_ exponent: Int) -> Decimal? {
        guard abs(exponent) <= maxExponent else { return nil }
        return Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    static func multiply(_ left: Decimal, _ right: Decimal) -> Decimal? { checked(left * right) }

    static func divide(_ left: Decimal, _ right: Decimal) -> Decimal? {
        guard right != 0 else { return nil }
        return checked(left / right)
    }

    static func checked(_ value: Decimal) -> Decimal? {
        guard !value.isNaN, value.isFinite, abs(value.exponent) <= 127 + maxSignificantDigits else { return nil }
        return value
    }

    /// A decimal from ASCII digits (`integer` and optional `fraction` digits), nil when too long to hold.
    static func fromDigits(_ integer: [UInt8], fraction: [UInt8] = []) -> Decimal? {
        var significant = integer.drop { $0 == 0x30 }.count + fraction.count
        if integer.allSatisfy({ $0 == 0x30 }) { significant = fraction.drop { $0 == 0x30 }.count }
        guard significant <= maxSignificantDigits else { return nil }
        var text = integer.isEmpty ? "0" : String(decoding: integer, as: UTF8.self)
        if !fraction.isEmpty { text += "." + String(decoding: fraction, as: UTF8.self) }
        return Decimal(string: text, locale: nil)
    }
}
