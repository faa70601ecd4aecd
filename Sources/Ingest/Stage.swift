/// One step of the ingest pipeline: a small value with one job.
public protocol IngestStage<Input, Output>: Sendable {
    associatedtype Input
    associatedtype Output
    /// Runs the stage; throws only when no article can be produced, otherwise records diagnostics.
    func run(_ input: Input, context: inout StageContext) throws(IngestError) -> Output
}

/// What every stage may read (configuration, the source name) and write (diagnostics).
public struct StageContext: Sendable {
    public let configuration: IngestConfiguration
    /// File path or URL, for error messages.
    public let source: String
    public private(set) var diagnostics: [Diagnostic] = []
    /// When the document's work started, for the per-document time budget.
    public let startedAt: ContinuousClock.Instant

    public init(configuration: IngestConfiguration, source: String) {
        self.configuration = configuration
        self.source = source
        self.startedAt = .now
    }

    public mutating func note(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Whether the per-document time budget is spent.
    public var isOverBudget: Bool {
        ContinuousClock.now - startedAt > configuration.timeBudgetPerDocument
    }
}
