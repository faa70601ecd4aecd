import Foundation

/// Finds the article inside a page and returns its text blocks without navigation, related links, comments,
/// share bars, footers, cookie banners or ads.
///
/// Method: paragraph-like elements score their ancestors (length, commas, class/id words); the best-scoring
/// container, corrected for link density, is the article; siblings that read like article text join it; inside,
/// chrome subtrees (by class/id/role words, link density, forms) are dropped and the rest is emitted as blocks.
///
/// Input: ``HTMLTree``. Output: ``MainContent``. Diagnostics: `no-main-content` when the page has no
/// paragraph-like text and the whole body is used. Tunables: ``BoilerplateStripper/Settings``.
public struct BoilerplateStripper: IngestStage {
    /// Weights and thresholds of the method, named.
    public struct Settings: Sendable {
        /// An element with at least this much own (inline) text counts as a paragraph.
        public var minParagraphCharacters = 25
        /// CJK characters count this many times in lengths (unspaced text is denser).
        public var cjkCharacterWeight = 2.5
        /// A paragraph's score flows to this many ancestor levels.
        public var ancestorLevels = 5
        /// Each 100 characters of a paragraph adds a point, up to this many.
        public var maxLengthPoints = 3.0
        /// Class/id signal weight on a container's score.
        public var classWeightPoints = 25.0
        /// A sibling joins the article when its score reaches this share of the best one.
        public var siblingScoreShare = 0.2
        /// A sibling paragraph joins when it has this much text and a link density below `siblingMaxLinkDensity`.
        public var siblingParagraphCharacters = 80
        public var siblingMaxLinkDensity = 0.25
        /// Containers inside the article with more link text than this (0…1) are navigation.
        public var maxLinkDensity = 0.5
        /// … or more than this when their class/id words are negative.
        public var maxLinkDensityWhenNegative = 0.25
        /// A container with less text than this is retried with chrome subtrees allowed.
        public var minArticleCharacters = 250
        /// A chrome subtree is kept anyway when it holds at least this share (0…1) of the article's text.
        public var keepChromeShare = 0.5

        public init() {}
    }

    public var settings: Settings
    private let tokens: BoilerplateTokens

    public init(settings: Settings = Settings()) {
        self.settings = settings
        self.tokens = .shared
    }

    public func run(_ tree: HTMLTree, context: inout StageContext) throws(IngestError) -> MainContent {
        guard !tree.nodes.isEmpty else { return MainContent(blocks: []) }
        let measure = NodeScore(tree, minParagraphCharacters: settings.minParagraphCharacters)
        var analysis = Analysis(tree: tree, measure: measure, tokens: tokens, settings: settings)
        // First without chrome subtrees (comment threads often out-write the article); if that finds too little,
        // again with them.
        var found = analysis.bestContainer(skippingChrome: true)
        if found.map({ Int(measure.characters[$0]) < settings.minArticleCharacters }) ?? true {
            analysis.resetScores()
            found = analysis.bestContainer(skippingChrome: false)
        }
        guard let container = found else {
            context.note(Diagnostic("no-main-content", "no paragraph-like text found; using the whole body"))
            let body = tree.nodes.firstIndex { $0.tag == .body } ?? 0
            return MainContent(blocks: analysis.emit(roots: [body]), containerIndex: body)
        }
        let roots = analysis.withSiblings(container)
        return MainContent(blocks: Self.trimmingDateLines(analysis.emit(roots: roots)), containerIndex: container)
    }
}

extension BoilerplateStripper {
    /// Longest block at the edges of the article that is dropped when it is only a date (a dateline).
    static let maxDateLineCharacters = 60

    /// Drops date-only lines (`October 12, 2017`, `2023-05-31 08:15`) at the start and end of the article:
    /// they are metadata, which the metadata stage reads from the page anyway.
    static func trimmingDateLines(_ blocks: [MainContent.Block]) -> [MainContent.Block] {
        func isDateLine(_ block: MainContent.Block) -> Bool {
            let text = block.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard text.count <= maxDateLineCharacters, text.hasDigitRun(4) else { return false }
            let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic && $0.value < 0x3000 }.count
            return letters <= 16 && PublishedDate.iso(text) != nil
        }
        var result = blocks[...]
        while let first = result.first, isDateLine(first) { result = result.dropFirst() }
        while let last = result.last, isDateLine(last) { result = result.dropLast() }
        return Array(result)
    }
}

/// The per-page working state of ``BoilerplateStripper``.
struct Analysis {
    let tree: HTMLTree
    let measure: NodeScore
    let tokens: BoilerplateTokens
    let settings: BoilerplateStripper.Settings
    private var verdicts: [Int: BoilerplateTokens.Verdict] = [:]
    private var scores: [Int: Double] = [:]

    private static let neutral = BoilerplateTokens.Verdict(weight: 0, remove: false)

    init(tree: HTMLTree, measure: NodeScore, tokens: BoilerplateTokens, settings: BoilerplateStripper.Settings) {
        self.tree = tree
        self.measure = measure
        self.tokens = tokens
        self.settings = settings
    }

    mutating func verdict(_ index: Int) -> BoilerplateTokens.Verdict {
        if let known = verdicts[index] { return known }
        let classes = tree.attribute(.class, of: index) ?? ""
        let id = tree.attribute(.id, of: index) ?? ""
        let role = tree.attribute(.role, of: index)
        var result = Self.neutral
        if !(classes.isEmpty && id.isEmpty && role == nil) {
            result = tokens.cachedVerdict(classAndID: classes + " " + id, role: role)
        }
        verdicts[index] = result
        return result
    }

    /// Hidden by attribute or inline style.
    func isHidden(_ index: Int) -> Bool {
        if tree.attribute(.hidden, of: index) != nil { return true }
        if let aria = tree.attribute(.ariaHidden, of: index), aria.lowercased() == "true" { return true }
        if let style = tree.attribute(.style, of: index) {
            let compact = style.lowercased().filter { $0 != " " }
            if compact.containsBytes("display:none") || compact.containsBytes("visibility:hidden") { return true }
        }
        return false
    }

    /// Elements never part of an article, whatever their text.
    func isStructuralChrome(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .nav, .aside, .footer, .button, .input, .select, .textarea, .dialog, .menu:
            true
        default: false
        }
    }

    private func initialScore(_ index: Int, verdict: BoilerplateTokens.Verdict) -> Double {
        var score: Double
        switch tree.nodes[index].tag {
        case .div, .article, .main, .section: score = 5
        case .pre, .td, .blockquote: score = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: score = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: score = -5
        default: score = 0
        }
        if tree.nodes[index].tag == .article { score += 5 }
        if let itemprop = tree.attribute(.itemprop, of: index), itemprop.lowercased().containsBytes("articlebody") {
            score += settings.classWeightPoints
        }
        return score + Double(verdict.weight) * settings.classWeightPoints
    }

    /// The element that best holds the article, or nil when no paragraph-like text exists.
    mutating func resetScores() { scores.removeAll(keepingCapacity: true) }

    mutating func bestContainer(skippingChrome: Bool) -> Int? {
        let nodes = tree.nodes
        var skipUntil = -1
        for index in nodes.indices {
            if index <= skipUntil { continue }
            let node = nodes[index]
            if node.tag == .text { continue }
            if node.tag.isNeverContent || isStructuralChrome(node.tag) || isHidden(index)
                || (skippingChrome && node.tag != .body && node.tag != .html && verdict(index).remove)
            {
                skipUntil = Int(node.subtreeEnd)
                continue
            }
            let own = Int(measure.inlineCharacters[index])
            guard own >= settings.minParagraphCharacters, node.tag.isBlock || node.tag == .other else { continue }
            let ownLinks = measure.inlineLinkDensity(index)
            if ownLinks > settings.maxLinkDensity { continue }
            let points = 1 + Double(measure.inlineCommas[index])
                + min(Double(own) * cjkFactor(index) / 100, settings.maxLengthPoints)
            var ancestor = Int(node.parent)
            // A paragraph element passes its score up; a bare text container scores itself too.
            if node.tag != .p && node.tag != .td && node.tag != .li && node.tag != .pre {
                addScore(points, to: index)
            }
            var level = 0
            while ancestor >= 0 && level < settings.ancestorLevels {
                let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
                addScore(points / divider, to: ancestor)
                ancestor = Int(nodes[ancestor].parent)
                level += 1
            }
        }
        var best: Int?
        var bestScore = -Double.infinity
        var ranked: [(Int, Double)] = []
        for (index, raw) in scores {
            let final = raw * (1 - measure.linkDensity(index))
            scores[index] = final
            ranked.append((index, final))
            if final > bestScore || (final == bestScore && index < (best ?? Int.max)) {
                bestScore = final
                best = index
            }
        }
        guard var top = best, bestScore > 0 else { return nil }
        // When several strong candidates share an ancestor, the article is that ancestor.
        let strong = ranked.filter { $0.0 != top && $0.1 >= bestScore * 0.75 }.map(\.0)
        if strong.count >= 2 {
            var ancestor = Int(nodes[top].parent)
            while ancestor >= 0 && nodes[ancestor].tag != .body {
                let covered = strong.filter { $0 > ancestor && $0 <= Int(nodes[ancestor].subtreeEnd) }.count
                if covered >= 2 {
                    top = ancestor
                    break
                }
                ancestor = Int(nodes[ancestor].parent)
            }
        }
        // A lone child carries no structure of its own: use its parent.
        while true {
            let parent = Int(nodes[top].parent)
            guard parent >= 0, nodes[parent].tag != .body, nodes[parent].tag != .html,
                measure.characters[parent] == measure.characters[top]
            else { break }
            top = parent
        }
        return top
    }

    private func cjkFactor(_ index: Int) -> Double {
        let total = Double(measure.characters[index])
        guard total > 0 else { return 1 }
        let share = Double(measure.cjkCharacters[index]) / total
        return 1 + share * (settings.cjkCharacterWeight - 1)
    }

    private mutating func addScore(_ points: Double, to index: Int) {
        if let current = scores[index] {
            scores[index] = current + points
        } else {
            let node = tree.nodes[index]
            guard !node.tag.isNeverContent else { return }
            scores[index] = initialScore(index, verdict: verdict(index)) + points
        }
    }

    /// The container plus the siblings that read like more of the article.
    mutating func withSiblings(_ container: Int) -> [Int] {
        let parent = Int(tree.nodes[container].parent)
        guard parent >= 0 else { return [container] }
        let topScore = scores[container] ?? 0
        let threshold = max(10, topScore * settings.siblingScoreShare)
        var roots: [Int] = []
        for sibling in tree.children(of: parent) {
            if sibling == container {
                roots.append(sibling)
                continue
            }
            let node = tree.nodes[sibling]
            if node.tag == .text || node.tag.isNeverContent || isStructuralChrome(node.tag) || isHidden(sibling) { continue }
            if verdict(sibling).remove { continue }
            if let score = scores[sibling], score >= threshold {
                roots.append(sibling)
                continue
            }
            if node.tag == .p || node.tag == .blockquote {
                let length = Int(measure.characters[sibling])
                let density = measure.linkDensity(sibling)
                if length >= settings.siblingParagraphCharacters && density < settings.siblingMaxLinkDensity {
                    roots.append(sibling)
                } else if length > 0 && density == 0 && endsLikeSentence(sibling) {
                    roots.append(sibling)
                }
            }
        }
        return roots
    }

    private func endsLikeSentence(_ index: Int) -> Bool {
        let text = tree.plainText(of: index).trimmingTrailingSpaces()
        guard let last = text.unicodeScalars.last else { return false }
        return ".。!?！？\"”".unicodeScalars.contains(last)
    }

    /// Drop decision for a subtree met inside the article.
    private mutating func isChrome(_ index: Int, articleCharacters: Int32) -> Bool {
        let node = tree.nodes[index]
        if node.tag.isNeverContent || isStructuralChrome(node.tag) || isHidden(index) { return true }
        let chars = measure.characters[index]
        let holdsArticle = Double(chars) >= settings.keepChromeShare * Double(max(articleCharacters, 1))
        let verdict = verdict(index)
        if verdict.remove && !holdsArticle { return true }
        switch node.tag {
        case .ul, .ol, .div, .section, .table, .dl, .header, .other, .figure:
            if holdsArticle { return false }
            let density = measure.linkDensity(index)
            if density > settings.maxLinkDensity { return true }
            if verdict.weight < 0 && density > settings.maxLinkDensityWhenNegative { return true }
            if node.tag == .header && tree.subtreeContains(index, tag: .h1) { return true }
            return false
        case .h1:
            return true
        case .li, .p:
            // A lone link list item or a "Read more" paragraph.
            return measure.linkDensity(index) > 0.8 && chars < 200
        default:
            return false
        }
    }

    /// The text of the chosen roots as blocks.
    mutating func emit(roots: [Int]) -> [MainContent.Block] {
        var blocks: [MainContent.Block] = []
        var current: [UInt8] = []
        var currentKind: MainContent.Block.Kind = .paragraph
        let articleCharacters = roots.reduce(Int32(0)) { $0 + measure.characters[$1] }

        func flush() {
            let text = String(decoding: current, as: UTF8.self)
            if text.contains(where: { !$0.isWhitespace }) {
                blocks.append(.init(kind: currentKind, text: text))
            }
            current.removeAll(keepingCapacity: true)
            currentKind = .paragraph
        }

        for root in roots {
            // Explicit stack of (node, closing) so deep trees never recurse.
            var stack: [(Int, Bool)] = [(root, false)]
            while let (index, closing) = stack.popLast() {
                let node = tree.nodes[index]
                if closing {
                    if node.tag == .td || node.tag == .th {
                        current.append(0x20)
                    } else if node.tag.isBlock {
                        flush()
                    }
                    continue
                }
                if node.tag == .text {
                    current.append(contentsOf: tree.text[Int(node.textStart)..<Int(node.textEnd)])
                    continue
                }
                if index != root || roots.count > 1, isChrome(index, articleCharacters: articleCharacters) { continue }
                if node.tag == .br {
                    flush()
                    continue
                }
                if node.tag.isBlock && node.tag != .td && node.tag != .th {
                    flush()
                    switch node.tag {
                    case .h2, .h3, .h4, .h5, .h6: currentKind = .heading
                    case .li, .dt, .dd: currentKind = .listItem
                    case .tr: currentKind = .tableRow
                    case .pre: currentKind = .preformatted
                    default: break
                    }
                }
                stack.append((index, true))
                var children: [Int] = []
                for child in tree.children(of: index) { children.append(child) }
                for child in children.reversed() { stack.append((child, false)) }
            }
            flush()
        }
        return blocks
    }
}

extension HTMLTree {
    func subtreeContains(_ index: Int, tag: HTMLTag) -> Bool {
        let end = Int(nodes[index].subtreeEnd)
        guard index < end else { return false }
        return nodes[(index + 1)...end].contains { $0.tag == tag }
    }
}

extension String {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, self[index(before: end)].isWhitespace { end = index(before: end) }
        return self[..<end]
    }
}
