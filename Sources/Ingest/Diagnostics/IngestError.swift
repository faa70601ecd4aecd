/// The one error type of the Ingest module: an article could not be produced.
public struct IngestError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Kind: Sendable, Equatable {
        case unreadable
        case notFound
        case inputTooLarge
        case emptyDocument
        case binaryContent
        case undecodableBytes
        case unsupportedCharset
        case markupUnrecoverable
        case decompressionFailed
        case fetchFailed(status: Int)

        /// A stable, grep-friendly name.
        public var name: String {
            switch self {
            case .unreadable: "unreadable"
            case .notFound: "not-found"
            case .inputTooLarge: "input-too-large"
            case .emptyDocument: "empty-document"
            case .binaryContent: "binary-content"
            case .undecodableBytes: "undecodable-bytes"
            case .unsupportedCharset: "unsupported-charset"
            case .markupUnrecoverable: "markup-unrecoverable"
            case .decompressionFailed: "decompression-failed"
            case .fetchFailed(let status): "fetch-failed(\(status))"
            }
        }
    }

    public var kind: Kind
    /// File path or URL as given.
    public var source: String
    /// Byte offset into the original bytes, when known.
    public var byteOffset: Int?
    /// Human detail, including the fix when there is one.
    public var detail: String

    public init(_ kind: Kind, source: String, byteOffset: Int? = nil, detail: String) {
        self.kind = kind
        self.source = source
        self.byteOffset = byteOffset
        self.detail = detail
    }

    /// `path:offset: kind: detail`, so CLI output can be grepped.
    public var description: String {
        let offset = byteOffset.map { ":\($0)" } ?? ""
        return "\(source)\(offset): \(kind.name): \(detail)"
    }
}
