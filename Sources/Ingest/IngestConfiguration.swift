/// Every tunable of the ingest stage, with its default written here and only here.
public struct IngestConfiguration: Sendable {
    /// Inputs larger than this are refused (`input-too-large`); also caps decompressed `.gz` inputs.
    public var maxInputBytes: Int = 64 * 1024 * 1024
    /// A `.gz` input may expand at most this many times its compressed size (decompression bombs).
    public var maxDecompressionRatio: Int = 200
    /// Elements nested deeper than this are not parsed further (libxml2 stops at 256 without its HUGE option,
    /// we keep that limit and report it).
    public var maxNodeDepth: Int = 256
    /// Element and text nodes kept from one document; the rest is dropped with a diagnostic.
    public var maxNodes: Int = 2_000_000
    /// Work on one document stops at the next stage boundary once this is spent (diagnostic, partial record).
    public var timeBudgetPerDocument: Duration = .seconds(10)
    /// Bytes examined for a `<meta charset>` or XML declaration.
    public var charsetPrescanBytes: Int = 8192
    /// Bytes handed to ICU's charset detector for undeclared pages.
    public var detectionSampleBytes: Int = 65536
    /// A file whose first bytes contain more than this share (0…1) of control bytes is binary.
    public var maxControlByteShare: Double = 0.10
    /// Walking into folders: follow symbolic links (loops are detected and reported).
    public var followSymbolicLinks: Bool = true
    /// File name endings read from folders (also with `.gz`).
    public var fileExtensions: Set<String> = ["html", "htm", "xhtml", "shtml", "txt"]

    public init() {}
}
