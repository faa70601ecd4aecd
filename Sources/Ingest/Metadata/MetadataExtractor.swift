import Foundation

/// Reads title, publication date, authors, outlet, canonical URL and declared language from a page: meta tags,
/// JSON-LD, `<time>`, `<title>`, bylines and visible date lines, in that order of trust.
///
/// Input: ``HTMLTree`` (and the source URL, when fetched). Output: ``ArticleMetadata``.
public struct MetadataExtractor: Sendable {
    public init() {}

    private static let titleMeta = ["og:title", "twitter:title", "headline", "dc.title", "title"]
    private static let publishedMeta = [
        "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
        "publish_date", "date", "dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
        "article.published", "og:article:published_time", "publication_date", "cxenseparse:recs:publishtime",
        "firstpublishedtime", "pubtime", "publishtime", "article:modified_time", "og:updated_time",
    ]
    private static let authorMeta = ["author", "article:author", "byl", "parsely-author", "dc.creator", "sailthru.author", "dcterms.creator"]
    private static let outletMeta = ["og:site_name", "application-name", "twitter:site", "publisher", "sitename", "site_name"]
    /// Labels that introduce a visible publication date.
    private static let dateLabels = ["发布时间", "发表时间", "时间：", "时间:", "日期：", "來源", "来源", "published", "updated", "posted", "date:", "time:"]

    public func run(_ tree: HTMLTree, sourceURL: String?) -> ArticleMetadata {
        var metadata = ArticleMetadata()
        var metaValues: [String: String] = [:]
        var titleText: String?
        var timeValues: [String] = []
        var canonical: String?
        var authorLinks: [String] = []
        for index in tree.nodes.indices {
            let node = tree.nodes[index]
            switch node.tag {
            case .meta:
                let key = (tree.attribute(.property, of: index) ?? tree.attribute(.name, of: index)
                    ?? tree.attribute(.itemprop, of: index) ?? tree.attribute(.httpEquiv, of: index))?.lowercased()
                if let key, let content = tree.attribute(.content, of: index), !content.isEmpty, metaValues[key] == nil {
                    metaValues[key] = content
                }
            case .title where titleText == nil:
                titleText = tree.plainText(of: index)
            case .link:
                let rel = tree.attribute(.rel, of: index)?.lowercased() ?? ""
                if rel.split(separator: " ").contains("canonical"), canonical == nil { canonical = tree.attribute(.href, of: index) }
            case .time:
                if let value = tree.attribute(.datetime, of: index) { timeValues.append(value) }
            case .a:
                if let rel = tree.attribute(.rel, of: index), rel.lowercased() == "author" {
                    authorLinks.append(tree.plainText(of: index))
                }
            case .html:
                metadata.declaredLanguage = tree.attribute(.lang, of: index)
            default:
                break
            }
        }
        let structured = StructuredData(tree.jsonLD)
        metadata.structuredBody = structured.articleBody

        // Title: structured headline or og:title, else <title> without its site suffix.
        let cleanedTitle = titleText.map(Self.clean)
        let metaTitle = Self.titleMeta.lazy.compactMap { metaValues[$0] }.first.map(Self.clean)
        metadata.title = [structured.headline.map(Self.clean), metaTitle, cleanedTitle.map { Self.splitSiteName($0).title }]
            .compactMap { $0 }.first { !$0.isEmpty }
        // Published.
        let candidates = [structured.datePublished] + Self.publishedMeta.map { metaValues[$0] } + timeValues.map { Optional($0) }
        let url = canonical ?? metaValues["og:url"] ?? structured.url
        metadata.published = candidates.lazy.compactMap { $0 }.compactMap(PublishedDate.iso).first
            ?? Self.visibleDate(tree) ?? Self.dateInURL(url)
        // Authors.
        var authors = structured.authors
        if authors.isEmpty {
            for key in Self.authorMeta {
                if let value = metaValues[key], !value.hasPrefix("http") { authors = [value]; break }
            }
        }
        if authors.isEmpty { authors = authorLinks }
        metadata.authors = Self.unique(authors.map(Self.clean).filter { !$0.isEmpty && $0.count < 80 })
        // Outlet.
        metadata.outlet = structured.publisher.map(Self.clean)
            ?? Self.outletMeta.lazy.compactMap { metaValues[$0] }.first.map(Self.clean).map { $0.hasPrefix("@") ? String($0.dropFirst()) : $0 }
            ?? cleanedTitle.flatMap { Self.splitSiteName($0).site }
        metadata.url = url.flatMap { $0.hasPrefix("http") ? $0 : nil }
        if metadata.outlet == nil, let host = Self.host(metadata.url ?? sourceURL) { metadata.outlet = host }
        if metadata.declaredLanguage == nil {
            metadata.declaredLanguage = metaValues["content-language"] ?? metaValues["og:locale"] ?? metaValues["language"]
        }
        return metadata
    }

    /// The date of a line like `2023-05-31 08:15 来源：…` or `Updated: 2021-09-15`.
    private static func visibleDate(_ tree: HTMLTree) -> String? {
        var checked = 0
        var standalone: String?
        for index in tree.nodes.indices where tree.nodes[index].tag == .text {
            let node = tree.nodes[index]
            guard node.textEnd - node.textStart < 400 else { continue }
            let text = tree.textOf(index)
            guard text.hasDigitRun(4) else { continue }
            let lower = text.lowercased()
            let parent = Int(node.parent)
            if parent >= 0 && isDateContainer(tree, parent), let iso = PublishedDate.iso(text) ?? firstDate(in: text), iso.count >= 10 {
                return iso
            }
            if dateLabels.contains(where: lower.containsBytes), let iso = firstDate(in: text) { return iso }
            // A short line that is mostly a date (`2021年09月25日　東方匯報　記者…`).
            if standalone == nil, text.count < 60, let iso = firstDate(in: text) { standalone = iso }
            checked += 1
            if checked > 5000 { break }
        }
        return standalone
    }

    /// `…/2023/05/31/…` in an article URL.
    package static func dateInURL(_ url: String?) -> String? {
        guard let url else { return nil }
        let parts = url.split(separator: "/")
        for (offset, part) in parts.enumerated() where part.count == 4 && offset + 2 < parts.count {
            guard let year = Int(part), (1990...2100).contains(year), let month = Int(parts[offset + 1]), (1...12).contains(month),
                let day = Int(parts[offset + 2].prefix(2)), parts[offset + 2].dropFirst(2).first.map({ !$0.isNumber }) ?? true
            else { continue }
            return PublishedDate.iso("\(year)-\(month)-\(day)")
        }
        return nil
    }

    private static func isDateContainer(_ tree: HTMLTree, _ index: Int) -> Bool {
        let words = ((tree.attribute(.class, of: index) ?? "") + " " + (tree.attribute(.id, of: index) ?? "")).lowercased()
        return words.containsBytes("date") || words.containsBytes("time")
    }

    /// The first `YYYY-MM-DD`-like date in a line of text.
    package static func firstDate(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            if scalars[index...].prefix(4).allSatisfy({ $0.value >= 48 && $0.value <= 57 }),
                index == 0 || !(scalars[index - 1].value >= 48 && scalars[index - 1].value <= 57)
            {
                let window = String(String.UnicodeScalarView(scalars[index..<min(scalars.count, index + 30)]))
                if let iso = PublishedDate.iso(window.prefix { !"|（(来來".contains($0) }.description), iso.count >= 10 {
                    return iso
                }
            }
            index += 1
        }
        return nil
    }

    /// Splits `Headline - Outlet`, `Headline | Outlet`, `Headline_Outlet`.
    package static func splitSiteName(_ title: String) -> (title: String, site: String?) {
        for separator in [" | ", " - ", " – ", " — ", "_", " :: ", "－", "-"] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            // The site part is the shorter end and short; a hyphen inside a headline is not a separator.
            // A bare hyphen separates only a host name or a short capitalised name ("…berth-Coastal Times").
            let words = tail.split(separator: " ")
            let looksLikeName = tail.contains(".") || (words.count <= 4 && words.allSatisfy { $0.first?.isUppercase == true })
            if !tail.isEmpty, tail.count <= 40, tail.count < head.count, separator != "-" || looksLikeName {
                return (head, tail)
            }
        }
        return (title, nil)
    }

    package static func host(_ url: String?) -> String? {
        guard let url, let components = URLComponents(string: url), let host = components.host, !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    static func clean(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen = Set<String>()
        return values.filter { seen.insert($0.lowercased()).inserted }
    }
}

/// The article fields of a page's JSON-LD (`NewsArticle`, `Article`, `BlogPosting`, … also inside `@graph`).
struct StructuredData {
    var headline: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?
    var articleBody: String?

    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "webpage", "scholarlyarticle", "techarticle", "backgroundnewsarticle", "liveblogposting", "socialmediaposting",
    ]

    init(_ scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { continue }
            visit(object, depth: 0)
        }
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 6 else { return }
        if let array = value as? [Any] {
            for item in array { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        guard types.contains(where: { Self.articleTypes.contains($0.lowercased()) }) else { return }
        let isWebPage = types.allSatisfy { $0.lowercased() == "webpage" }
        if !isWebPage || headline == nil {
            if headline == nil, let value = object["headline"] as? String ?? (isWebPage ? nil : object["name"] as? String) { headline = value }
        }
        if datePublished == nil, let value = object["datePublished"] as? String ?? object["dateCreated"] as? String { datePublished = value }
        if authors.isEmpty { authors = Self.names(object["author"] ?? object["creator"]) }
        if publisher == nil { publisher = Self.names(object["publisher"]).first }
        if url == nil { url = object["url"] as? String ?? (object["mainEntityOfPage"] as? [String: Any])?["@id"] as? String }
        if articleBody == nil, let body = object["articleBody"] as? String, !body.isEmpty { articleBody = body }
    }

    private static func names(_ value: Any?) -> [String] {
        if let text = value as? String { return text.hasPrefix("http") ? [] : [text] }
        if let object = value as? [String: Any] { return (object["name"] as? String).map { [$0] } ?? [] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        return []
    }
}
