import Foundation

/// Strips site chrome from a plain-text capture: breadcrumb and "See also" lines, cookie and comment notices,
/// repeated titles, byline and editor lines (kept as credits), and everything after a sidebar heading such as
/// "Top News". Rules are `Resources/plaintext-chrome.json`.
///
/// Input: the decoded text. Output: ``PlainTextStripper/Result``. Diagnostics: none.
public struct PlainTextStripper: Sendable {
    /// What the capture holds besides its text.
    public struct Result: Sendable {
        public var title: String?
        public var blocks: [String]
        public var credits: [Credit]
        /// Lines that look like metadata (`Source: … | 2023-06-01 | Author: …`), for the metadata stage.
        public var metadataLines: [String]
        /// The site name a breadcrumb line ends with, if any.
        public var outlet: String?
    }

    struct Rules: Sendable {
        var dropPrefixes: [String] = []
        var dropEquals: Set<String> = []
        var dropContains: [String] = []
        var stopEquals: Set<String> = []
        var creditPrefixes: [(prefix: String, role: String)] = []

        static let shared: Rules = {
            var rules = Rules()
            guard let url = Bundle.module.url(forResource: "plaintext-chrome", withExtension: "json", subdirectory: "Resources"),
                let data = try? Data(contentsOf: url),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
            else { return rules }
            rules.dropPrefixes = object["dropPrefixes"] as? [String] ?? []
            rules.dropEquals = Set(object["dropEquals"] as? [String] ?? [])
            rules.dropContains = object["dropContains"] as? [String] ?? []
            rules.stopEquals = Set(object["stopEquals"] as? [String] ?? [])
            rules.creditPrefixes = (object["creditPrefixes"] as? [[String: String]] ?? []).compactMap { entry in
                guard let prefix = entry["prefix"], let role = entry["role"] else { return nil }
                return (prefix, role)
            }
            return rules
        }()
    }

    /// A line is metadata when it names a source/date/author field and carries a date.
    private static let metadataMarkers = ["posted on", "source:", "time:", "date:", "published:", "updated:", "posted:", "来源：", "来源:", "发布时间", "時間：", "时间：", "日期："]

    public init() {}

    public func run(_ text: String) -> Result {
        let rules = Rules.shared
        var lines: [String] = []
        text.enumerateLines { line, _ in lines.append(line) }
        var blocks: [String] = []
        var credits: [Credit] = []
        var metadataLines: [String] = []
        var title: String?
        var keptCharacters = 0
        var breadcrumbOutlet: String?
        for rawLine in lines {
            // Fold exotic spaces first: captures use U+2002 and friends in bylines.
            let line = TextNormalizer.normalizeParagraph(rawLine)
            guard !line.isEmpty else { continue }
            let lower = line.lowercased()
            if keptCharacters > 200, rules.stopEquals.contains(lower.trimmingCharacters(in: .punctuationCharacters)) { break }
            if rules.dropEquals.contains(lower) { continue }
            if let credit = rules.creditPrefixes.first(where: { lower.hasPrefix($0.prefix) }), line.count < 80 {
                let names = String(line.dropFirst(credit.prefix.count))
                credits.append(contentsOf: Credit.split(names, role: credit.role))
                continue
            }
            if Self.metadataMarkers.contains(where: lower.containsBytes), line.hasDigitRun(4), line.count < 160 {
                metadataLines.append(line)
                continue
            }
            var content = line
            if let crumbs = Self.breadcrumb(line) {
                // "Home » Science » Title - Outlet" still tells the title; "首页 > 科技 > 正文 | Outlet" the outlet.
                if let outlet = crumbs.outlet { breadcrumbOutlet = outlet }
                content = crumbs.title ?? ""
                if content.isEmpty { continue }
            } else {
                for prefix in rules.dropPrefixes where lower.hasPrefix(prefix) {
                    content = ""
                    break
                }
            }
            if content.isEmpty || rules.dropEquals.contains(lower) || rules.dropContains.contains(where: lower.containsBytes) {
                continue
            }
            if title == nil {
                title = content
                if content != line { continue }
            }
            if let title, Self.isTitleRepeat(content, title: title) {
                if blocks.isEmpty || keptCharacters == 0 { continue }
            }
            if blocks.isEmpty && content == title {
                // The first line is the headline: kept as title, not as text.
                continue
            }
            blocks.append(content)
            keptCharacters += content.count
        }
        return Result(title: title, blocks: blocks, credits: credits, metadataLines: metadataLines, outlet: breadcrumbOutlet)
    }

    /// Separators of breadcrumb trails.
    private static let crumbSeparators = [" » ", " > ", " › ", "»", "›", " ＞ "]
    private static let homeWords = ["home", "首页", "首頁", "主页", "position:"]

    /// A breadcrumb line: starts with a home word and has trail separators. Its last crumb may be the title
    /// (`Home » Title`) or a placeholder (`正文`); a `| Outlet` tail names the site.
    private static func breadcrumb(_ line: String) -> (title: String?, outlet: String?)? {
        let lower = line.lowercased()
        guard homeWords.contains(where: { lower.hasPrefix($0) }),
            let separator = crumbSeparators.first(where: { line.containsBytes($0) })
        else { return nil }
        var trail = line
        var outlet: String?
        if let bar = line.range(of: " | ", options: .backwards) {
            outlet = line[bar.upperBound...].trimmingCharacters(in: .whitespaces)
            trail = String(line[..<bar.lowerBound])
        }
        let last = trail.components(separatedBy: separator).last?.trimmingCharacters(in: .whitespaces) ?? ""
        let isPlaceholder = last.count <= 4 || ["正文", "article", "内容", "詳情", "详情"].contains(last.lowercased())
        return (isPlaceholder ? nil : last, outlet)
    }

    private static func isTitleRepeat(_ line: String, title: String) -> Bool {
        line == title || (line.count > 20 && title.hasPrefix(line)) || (title.count > 20 && line.hasPrefix(title))
    }
}

/// A person credited by a byline or editor line.
public struct Credit: Sendable, Hashable, Codable {
    public var name: String
    public var role: String

    public init(name: String, role: String) {
        self.name = name
        self.role = role
    }

    /// Splits `LU Zijian & TANG Zhexiao`, `Hu Zhe and Gai Boming`, `张三、李四`.
    static func split(_ names: String, role: String) -> [Credit] {
        var text = names
        for separator in [" & ", " and ", "、", "，", ",", ";", "；", " "] where separator != " " {
            text = text.replacingOccurrences(of: separator, with: "|")
        }
        return text.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }
            .filter { !$0.isEmpty && $0.count <= 40 }
            .map { Credit(name: $0, role: role) }
    }
}
