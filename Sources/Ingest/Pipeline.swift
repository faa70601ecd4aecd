/// The ingest pipeline, top to bottom: read → decode → parse → strip boilerplate → normalize, plus metadata.
///
/// 1. ``CharsetDecoder``: bytes to UTF-8 (BOM, declared charset checked strictly, ICU detection).
/// 2. ``HTMLParser``: libxml2 parses the UTF-8 into an ``HTMLTree`` (plain text skips this and 3).
/// 3. ``BoilerplateStripper``: the article's blocks, without page chrome; ``MetadataExtractor`` reads the head.
/// 4. ``TextNormalizer``: ICU width folding, invisible characters out, paragraphs joined by `\n\n`.
/// 5. ``ScriptDetector``: the language, from the text (the markup's declaration breaks ties).
///
/// Each stage records diagnostics on the context; only a page that yields no article throws.
public struct IngestPipeline: Sendable {
    public var configuration: IngestConfiguration
    public var stripper: BoilerplateStripper

    public init(configuration: IngestConfiguration = IngestConfiguration(), stripper: BoilerplateStripper = BoilerplateStripper()) {
        self.configuration = configuration
        self.stripper = stripper
    }

    public func run(_ raw: RawDocument) throws(IngestError) -> Article {
        var context = StageContext(configuration: configuration, source: raw.source)
        for diagnostic in raw.readDiagnostics { context.note(diagnostic) }
        guard raw.bytes.count <= configuration.maxInputBytes else {
            throw IngestError(.inputTooLarge, source: raw.source, detail: "\(raw.bytes.count) bytes exceed maxInputBytes (\(configuration.maxInputBytes))")
        }
        let decoded = try CharsetDecoder().run(raw, context: &context)
        var metadata = ArticleMetadata()
        let text: String
        switch decoded.format {
        case .plainText:
            let stripped = PlainTextStripper().run(String(decoding: decoded.utf8, as: UTF8.self))
            metadata.title = stripped.title.map { MetadataExtractor.splitSiteName($0).title }
            metadata.outlet = stripped.title.flatMap { MetadataExtractor.splitSiteName($0).site } ?? stripped.outlet
            metadata.credits = stripped.credits
            metadata.authors = stripped.credits.filter { $0.role != "editor" && !$0.role.contains("编辑") && !$0.role.contains("編輯") }.map(\.name)
            metadata.published = stripped.metadataLines.lazy.compactMap(MetadataExtractor.firstDate).first
            text = TextNormalizer.normalize(blocks: stripped.blocks)
        case .html:
            let tree = try HTMLParser().run(decoded, context: &context)
            metadata = MetadataExtractor().run(tree, sourceURL: raw.source.hasPrefix("http") ? raw.source : nil)
            if context.isOverBudget {
                context.note(Diagnostic("time-budget-exceeded", "stopped after parsing; no main text extracted"))
                text = ""
            } else {
                var content = try stripper.run(tree, context: &context)
                if let title = metadata.title {
                    // The headline repeated at the top of the article is not article text.
                    let folded = TextNormalizer.normalizeParagraph(title)
                    while let first = content.blocks.first, TextNormalizer.normalizeParagraph(first.text) == folded {
                        content.blocks.removeFirst()
                    }
                }
                text = try TextNormalizer().run(content, context: &context)
            }
        }
        if text.isEmpty { context.note(Diagnostic("empty-text", "no main text found")) }
        let language = ScriptDetector().language(of: text.isEmpty ? (metadata.title ?? "") : text, declared: metadata.declaredLanguage)
        return Article(
            id: Article.identifier(for: raw.bytes), source: raw.source, url: metadata.url, outlet: metadata.outlet,
            encoding: decoded.encoding, lang: language, title: metadata.title, published: metadata.published,
            authors: metadata.authors, credits: metadata.credits, text: text, diagnostics: context.diagnostics,
            byteCount: raw.bytes.count)
    }
}
