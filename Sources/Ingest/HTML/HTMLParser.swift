/// Parses decoded UTF-8 with libxml2 into an ``HTMLTree``.
///
/// Input: ``DecodedDocument``. Output: ``HTMLTree``. Diagnostics: `depth-capped`.
/// Errors: `markupUnrecoverable` when libxml2 produces no document. Tunables: ``IngestConfiguration/maxNodeDepth``,
/// ``IngestConfiguration/maxNodes``.
public struct HTMLParser: IngestStage {
    public init() {}

    public func run(_ input: DecodedDocument, context: inout StageContext) throws(IngestError) -> HTMLTree {
        guard let tree = LibXMLDocument.parse(
            RawTextStripper.strip(input.utf8), maxDepth: context.configuration.maxNodeDepth, maxNodes: context.configuration.maxNodes)
        else {
            throw IngestError(.markupUnrecoverable, source: input.source, detail: "libxml2 produced no document")
        }
        if tree.wasTruncated {
            context.note(Diagnostic("depth-capped", "elements deeper than \(context.configuration.maxNodeDepth) levels or beyond \(context.configuration.maxNodes) nodes were dropped"))
        }
        return tree
    }
}
