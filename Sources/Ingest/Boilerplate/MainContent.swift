/// The article's main text as blocks, before normalization.
public struct MainContent: Sendable {
    /// One paragraph-level piece of text.
    public struct Block: Sendable, Equatable {
        public enum Kind: String, Sendable {
            case paragraph, heading, listItem, tableRow, preformatted
        }
        public var kind: Kind
        public var text: String
    }

    public var blocks: [Block]
    /// Index of the element chosen as the article container, for diagnostics and tests.
    public var containerIndex: Int?

    public init(blocks: [Block], containerIndex: Int? = nil) {
        self.blocks = blocks
        self.containerIndex = containerIndex
    }
}
