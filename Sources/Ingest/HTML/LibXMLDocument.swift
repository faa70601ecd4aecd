import CLibXML
import Foundation

/// The only Swift file that touches libxml2: parses UTF-8 HTML and copies it into an ``HTMLTree``.
///
/// libxml2 is told the bytes are UTF-8 and to ignore `<meta charset>` (we decoded already), never to use the
/// network, and not to print errors. The document is freed before `parse` returns.
package enum LibXMLDocument {
    private static let options: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)

    /// Elements whose children we never need (their text is never article text).
    private static func skipsChildren(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .style, .svg, .math, .template, .noscript, .iframe, .object, .select, .textarea, .canvas,
            .video, .audio, .map:
            true
        default: false
        }
    }

    /// Parses `utf8` (valid UTF-8). Returns nil when libxml2 produces no document at all.
    /// libxml2 must be initialised once, before threads use it.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    package static func parse(_ utf8: [UInt8], maxDepth: Int, maxNodes: Int) -> HTMLTree? {
        _ = initialized
        clibxml_silence_errors()
        guard let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        let document: htmlDocPtr? = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlCtxtReadMemory(context, chars, Int32(clamping: buffer.count), nil, "UTF-8", options)
                }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var tree = build(document, maxDepth: maxDepth, maxNodes: maxNodes)
        tree.wasRepaired = clibxml_ctxt_well_formed(context) == 0
        return tree
    }

    private static func build(_ document: htmlDocPtr, maxDepth: Int, maxNodes: Int) -> HTMLTree {
        var tree = HTMLTree()
        tree.nodes.reserveCapacity(4096)
        tree.text.reserveCapacity(65536)
        var tagCache: [UnsafeRawPointer: HTMLTag] = [:]
        var attributeCache: [UnsafeRawPointer: HTMLTree.AttributeName?] = [:]
        // Open elements: our index, and the index of their last child so far.
        var open: [(index: Int32, lastChild: Int32)] = [(-1, -1)]

        func link(_ index: Int32) {
            let parent = open[open.count - 1]
            if parent.lastChild >= 0 {
                tree.nodes[Int(parent.lastChild)].nextSibling = index
            } else if parent.index >= 0 {
                tree.nodes[Int(parent.index)].firstChild = index
            }
            open[open.count - 1].lastChild = index
        }

        var current: xmlNodePtr? = document.pointee.children
        // Top-level children of the document hang under a virtual parent -1.
        while let node = current {
            var descend = false
            let depth = open.count - 1
            if tree.nodes.count >= maxNodes || depth >= maxDepth {
                tree.wasTruncated = true
            } else {
                switch node.pointee.type {
                case XML_ELEMENT_NODE:
                    let tag = tagFor(node, cache: &tagCache)
                    let index = Int32(tree.nodes.count)
                    var element = HTMLTree.Node(tag: tag, depth: UInt16(depth), parent: open[open.count - 1].index)
                    element.attributeStart = Int32(tree.attributes.count)
                    var attribute = node.pointee.properties
                    while let current = attribute, element.attributeCount < 32 {
                        if let name = attributeName(current, cache: &attributeCache) {
                            tree.attributes.append(.init(name: name, value: attributeValue(current)))
                            element.attributeCount += 1
                        }
                        attribute = current.pointee.next
                    }
                    tree.nodes.append(element)
                    link(index)
                    if tag == .script {
                        if let type = tree.attribute(.type, of: Int(index)), type.lowercased().containsBytes("ld+json") {
                            tree.jsonLD.append(childText(node))
                        }
                        tree.nodes[Int(index)].subtreeEnd = index
                    } else if node.pointee.children != nil && !skipsChildren(tag) {
                        descend = true
                        open.append((index, -1))
                    } else {
                        tree.nodes[Int(index)].subtreeEnd = index
                    }
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = node.pointee.content {
                        let length = strlen(content)
                        if length > 0 {
                            let index = Int32(tree.nodes.count)
                            var text = HTMLTree.Node(tag: .text, depth: UInt16(depth), parent: open[open.count - 1].index)
                            text.textStart = Int32(tree.text.count)
                            tree.text.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
                            text.textEnd = Int32(tree.text.count)
                            text.subtreeEnd = index
                            tree.nodes.append(text)
                            link(index)
                        }
                    }
                default:
                    break
                }
            }
            if descend, let child = node.pointee.children {
                current = child
                continue
            }
            // Climb until a next sibling exists, closing the elements we leave.
            var cursor: xmlNodePtr? = node
            while let here = cursor, here.pointee.next == nil {
                guard let parent = here.pointee.parent,
                    UnsafeMutableRawPointer(parent) != UnsafeMutableRawPointer(document)
                else {
                    cursor = nil
                    break
                }
                cursor = parent
                closeTop(&open, tree: &tree)
            }
            current = cursor?.pointee.next
        }
        while open.count > 1 { closeTop(&open, tree: &tree) }
        return tree
    }

    private static func closeTop(_ open: inout [(index: Int32, lastChild: Int32)], tree: inout HTMLTree) {
        guard open.count > 1, let top = open.popLast() else { return }
        tree.nodes[Int(top.index)].subtreeEnd = Int32(tree.nodes.count - 1)
    }

    private static func tagFor(_ node: xmlNodePtr, cache: inout [UnsafeRawPointer: HTMLTag]) -> HTMLTag {
        guard let name = node.pointee.name else { return .other }
        let key = UnsafeRawPointer(name)
        if let tag = cache[key] { return tag }
        let tag = HTMLTag(name: String(cString: name).lowercased())
        cache[key] = tag
        return tag
    }

    private static func attributeName(
        _ attribute: xmlAttrPtr, cache: inout [UnsafeRawPointer: HTMLTree.AttributeName?]
    ) -> HTMLTree.AttributeName? {
        guard let name = attribute.pointee.name else { return nil }
        let key = UnsafeRawPointer(name)
        if let cached = cache[key] { return cached }
        let resolved = HTMLTree.AttributeName(lowercased: String(cString: name).lowercased())
        cache[key] = resolved
        return resolved
    }

    private static func attributeValue(_ attribute: xmlAttrPtr) -> String {
        var child = attribute.pointee.children
        guard let first = child else { return "" }
        if first.pointee.next == nil, let content = first.pointee.content { return String(cString: content) }
        var value = ""
        while let node = child {
            if let content = node.pointee.content { value += String(cString: content) }
            child = node.pointee.next
        }
        return value
    }

    private static func childText(_ element: xmlNodePtr) -> String {
        var value = ""
        var child = element.pointee.children
        while let node = child {
            if let content = node.pointee.content { value += String(cString: content) }
            child = node.pointee.next
        }
        return value
    }
}
