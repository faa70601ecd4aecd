/// A parsed page as a flat arena of nodes in document order (a parent always precedes its children).
///
/// Built by ``LibXMLDocument``; everything after parsing reads this, never a C type.
public struct HTMLTree: Sendable {
    /// Attribute names kept from the markup; others are dropped while building.
    public enum AttributeName: UInt8, Sendable {
        case id, `class`, role, itemprop, itemtype, href, rel, name, property, content, datetime, type, lang
        case hidden, style, ariaHidden, httpEquiv, charset, title

        public init?(lowercased name: String) {
            switch name {
            case "id": self = .id
            case "class": self = .class
            case "role": self = .role
            case "itemprop": self = .itemprop
            case "itemtype": self = .itemtype
            case "href": self = .href
            case "rel": self = .rel
            case "name": self = .name
            case "property": self = .property
            case "content": self = .content
            case "datetime": self = .datetime
            case "type": self = .type
            case "lang", "xml:lang": self = .lang
            case "hidden": self = .hidden
            case "style": self = .style
            case "aria-hidden": self = .ariaHidden
            case "http-equiv": self = .httpEquiv
            case "charset": self = .charset
            case "title": self = .title
            default: return nil
            }
        }
    }

    public struct Attribute: Sendable {
        public var name: AttributeName
        public var value: String
    }

    /// One element or text node.
    public struct Node: Sendable {
        public var tag: HTMLTag
        public var depth: UInt16
        public var parent: Int32
        public var firstChild: Int32 = -1
        public var nextSibling: Int32 = -1
        /// Index of the last node of this subtree (self for leaves): the subtree is `index...subtreeEnd`.
        public var subtreeEnd: Int32 = 0
        /// Text nodes: the range of their UTF-8 in ``HTMLTree/text``.
        public var textStart: Int32 = 0
        public var textEnd: Int32 = 0
        /// Elements: the range of their attributes in ``HTMLTree/attributes``.
        public var attributeStart: Int32 = 0
        public var attributeCount: UInt8 = 0
    }

    public internal(set) var nodes: [Node] = []
    public internal(set) var attributes: [Attribute] = []
    /// UTF-8 of all text nodes, concatenated.
    public internal(set) var text: [UInt8] = []
    /// `<script type="application/ld+json">` bodies, in document order.
    public internal(set) var jsonLD: [String] = []
    /// Whether libxml2 had to repair the markup.
    public internal(set) var wasRepaired = false
    /// Whether nodes were dropped for the depth or node caps.
    public internal(set) var wasTruncated = false

    public init() {}

    public func attribute(_ name: AttributeName, of index: Int) -> String? {
        let node = nodes[index]
        guard node.attributeCount > 0 else { return nil }
        let start = Int(node.attributeStart)
        for position in start..<(start + Int(node.attributeCount)) where attributes[position].name == name {
            return attributes[position].value
        }
        return nil
    }

    /// Children of a node, in order.
    public func children(of index: Int) -> ChildSequence { ChildSequence(nodes: nodes, first: Int(nodes[index].firstChild)) }

    public struct ChildSequence: Sequence, IteratorProtocol {
        let nodes: [Node]
        var current: Int
        init(nodes: [Node], first: Int) { self.nodes = nodes; self.current = first }
        public mutating func next() -> Int? {
            guard current >= 0 else { return nil }
            defer { current = Int(nodes[current].nextSibling) }
            return current
        }
    }

    /// The raw text of a text node.
    public func textOf(_ index: Int) -> String {
        let node = nodes[index]
        return String(decoding: text[Int(node.textStart)..<Int(node.textEnd)], as: UTF8.self)
    }

    /// All text below a node, with block elements separated by newlines and whitespace collapsed.
    public func plainText(of index: Int) -> String {
        var bytes: [UInt8] = []
        let end = Int(nodes[index].subtreeEnd)
        var position = index
        while position <= end {
            let node = nodes[position]
            if node.tag == .text {
                bytes.append(contentsOf: text[Int(node.textStart)..<Int(node.textEnd)])
                position += 1
            } else if node.tag.isNeverContent && position != index {
                position = Int(node.subtreeEnd) + 1
            } else {
                if node.tag.isBlock { bytes.append(0x0A) }
                position += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
