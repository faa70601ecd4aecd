/// Bytes as read or fetched, before any decoding.
public struct RawDocument: Sendable {
    /// How the bytes are to be read once decoded.
    public enum Format: String, Sendable {
        case html
        case plainText
    }

    /// File path as given, or the URL fetched.
    public var source: String
    public var bytes: [UInt8]
    public var format: Format
    /// The `Content-Type` header when fetched; its charset outranks `<meta>`.
    public var contentType: String?
    /// Diagnostics met while reading (e.g. a `.gz` that ended early).
    public var readDiagnostics: [Diagnostic] = []

    public init(source: String, bytes: [UInt8], format: Format, contentType: String? = nil) {
        self.source = source
        self.bytes = bytes
        self.format = format
        self.contentType = contentType
    }
}

/// Text decoded to UTF-8, with the charset that was used.
public struct DecodedDocument: Sendable {
    public var source: String
    /// Valid UTF-8 without BOM or NUL bytes.
    public var utf8: [UInt8]
    /// IANA name of the charset actually used.
    public var encoding: String
    public var format: RawDocument.Format
}
