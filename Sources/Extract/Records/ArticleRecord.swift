import Foundation
import Ingest

/// The output contract's article record (`schema: 1`): one JSON object per line of `ingest-cli extract`.
public struct ArticleRecord: Sendable, Encodable {
    public var schema = 1
    public var article: Article
    public var figures: [Figure]
    public var people: [Person]

    public init(article: Article, figures: [Figure] = [], people: [Person] = []) {
        self.article = article
        self.figures = figures
        self.people = people
    }

    enum CodingKeys: String, CodingKey {
        case schema, id, source, url, outlet, encoding, lang, title, published, authors, text, figures, people, diagnostics
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(article.id, forKey: .id)
        try container.encode(article.source, forKey: .source)
        try container.encode(article.url, forKey: .url)
        try container.encode(article.outlet, forKey: .outlet)
        try container.encode(article.encoding, forKey: .encoding)
        try container.encode(article.lang, forKey: .lang)
        try container.encode(article.title, forKey: .title)
        try container.encode(article.published, forKey: .published)
        try container.encode(article.authors, forKey: .authors)
        try container.encode(article.text, forKey: .text)
        try container.encode(figures, forKey: .figures)
        try container.encode(people, forKey: .people)
        try container.encode(article.diagnostics.map(\.description), forKey: .diagnostics)
    }

    /// One line of JSON.
    public func jsonLine() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
