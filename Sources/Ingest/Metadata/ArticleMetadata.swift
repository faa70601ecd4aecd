/// What a page says about itself.
public struct ArticleMetadata: Sendable, Equatable {
    public var title: String?
    /// ISO 8601 date or date-time.
    public var published: String?
    public var authors: [String] = []
    /// Bylines and editor lines with their role.
    public var credits: [Credit] = []
    public var outlet: String?
    /// Canonical URL.
    public var url: String?
    /// The language the markup declares (`<html lang>`, `content-language`, `og:locale`), as written.
    public var declaredLanguage: String?
    /// JSON-LD `articleBody`, when the page carries one.
    public var structuredBody: String?

    public init() {}
}
