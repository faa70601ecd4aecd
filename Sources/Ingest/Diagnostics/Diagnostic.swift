/// A non-fatal problem met while producing an article; the article is still produced.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// A stable code, e.g. `charset-guessed`, `replacement-characters`, `markup-repaired`.
    public var code: String
    public var message: String
    /// Byte offset into the original bytes, when known.
    public var byteOffset: Int?

    public init(_ code: String, _ message: String, byteOffset: Int? = nil) {
        self.code = code
        self.message = message
        self.byteOffset = byteOffset
    }

    /// `code: message (at byte N)`, the form stored in a record's `diagnostics`.
    public var description: String {
        let at = byteOffset.map { " (at byte \($0))" } ?? ""
        return "\(code): \(message)\(at)"
    }
}
