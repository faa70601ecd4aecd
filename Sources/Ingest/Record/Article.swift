import Crypto

/// One article after ingest: normalized main text plus what the page says about itself.
public struct Article: Sendable {
    /// Hex SHA-256 prefix of the input bytes: the same bytes always give the same id.
    public var id: String
    public var source: String
    public var url: String?
    public var outlet: String?
    public var encoding: String
    /// BCP-47.
    public var lang: String
    public var title: String?
    public var published: String?
    public var authors: [String]
    public var credits: [Credit]
    /// Main content only, normalized (see ``TextNormalizer``), paragraphs joined by `\n\n`.
    public var text: String
    public var diagnostics: [Diagnostic]
    /// Size of the input in bytes.
    public var byteCount: Int

    /// The id for some input bytes.
    public static func identifier(for bytes: [UInt8]) -> String {
        let digest = SHA256.hash(data: bytes)
        return digest.prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
