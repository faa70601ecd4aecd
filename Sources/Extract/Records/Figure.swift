import Foundation

/// A figure read from an article's text: a count, money, a percentage, a date or a date range.
public struct Figure: Sendable, Equatable, Codable {
    /// `count`, `money`, `percent`, `percentage_points`, `date`, `date_range`, `duration`, `number`.
    public var kind: String
    /// The number (exact, as a decimal) or an ISO date; nil for an unresolved relative date.
    public var value: FigureValue
    /// `date_range` only: the first and last period, inclusive, at the precision written; nil for an open end.
    public var from: String?
    public var to: String?
    /// ISO 4217, money only.
    public var currency: String?
    /// `more_than`, `at_least`, `less_than`, `at_most`, `about`, `nearly`.
    public var qualifier: String?
    /// What is counted or paid, as written.
    public var entity: String?
    /// `duration` only: `day`, `week`, `month`, `year`, ...
    public var unit: String?
    /// The exact substring of the article text.
    public var text: String
    /// `[start, end)` in code points of the article text.
    public var span: [Int]
    /// Problems met reading this figure (e.g. a number too large to hold).
    public var diagnostics: [String]?

    public init(kind: String, value: FigureValue, text: String, span: Range<Int>) {
        self.kind = kind
        self.value = value
        self.text = text
        self.span = [span.lowerBound, span.upperBound]
    }

    enum CodingKeys: String, CodingKey {
        case kind, value, from, to, currency, qualifier, entity, unit, text, span, diagnostics
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(value, forKey: .value)
        if kind == "date_range" {
            // Both ends always: null is an open end (`since 2018`) or an unresolved one.
            try container.encode(from, forKey: .from)
            try container.encode(to, forKey: .to)
        }
        if kind == "money" || currency != nil { try container.encode(currency, forKey: .currency) }
        try container.encode(qualifier, forKey: .qualifier)
        try container.encode(entity, forKey: .entity)
        try container.encodeIfPresent(unit, forKey: .unit)
        try container.encode(text, forKey: .text)
        try container.encode(span, forKey: .span)
        try container.encodeIfPresent(diagnostics, forKey: .diagnostics)
    }
}

/// A figure's value: an exact number, an ISO date string, or nothing (unresolved).
public enum FigureValue: Sendable, Equatable, Codable {
    case number(Decimal)
    case date(String)
    case none

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .date(let value): try container.encode(value)
        case .none: try container.encodeNil()
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .none
        } else if let number = try? container.decode(Decimal.self) {
            self = .number(number)
        } else {
            self = .date(try container.decode(String.self))
        }
    }
}

/// A person named in an article.
public struct Person: Sendable, Equatable, Codable {
    public var name: String
    /// Lower-case Latin key for matching across scripts (`hou jianguo`).
    public var latin: String
    public var role: String?
    public var organization: String?
    /// First mention, `[start, end)` in code points; nil when the name appears only in a credit line.
    public var span: [Int]?
    public var quotes: [String]

    public init(name: String, latin: String, role: String? = nil, organization: String? = nil, span: [Int]?, quotes: [String] = []) {
        self.name = name
        self.latin = latin
        self.role = role
        self.organization = organization
        self.span = span
        self.quotes = quotes
    }

    enum CodingKeys: String, CodingKey { case name, latin, role, organization, span, quotes }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(latin, forKey: .latin)
        try container.encode(role, forKey: .role)
        try container.encode(organization, forKey: .organization)
        try container.encode(span, forKey: .span)
        try container.encode(quotes, forKey: .quotes)
    }
}
