/// Text measurements of every node of an ``HTMLTree``, computed in one backward pass.
///
/// Lengths count Unicode scalars that are not white space; CJK scalars (U+3000…U+9FFF, which includes CJK
/// punctuation and kana) are counted apart because unspaced text packs more content per character.
package struct NodeScore: Sendable {
    /// Non-space scalars in the subtree (content elements only).
    package var characters: [Int32]
    /// Of which CJK.
    package var cjkCharacters: [Int32]
    /// Non-space scalars inside links.
    package var linkCharacters: [Int32]
    /// Commas (`,` `，` `、`) in the subtree.
    package var commas: [Int32]
    /// Non-space scalars reachable without crossing a block element: the element's own paragraph text.
    package var inlineCharacters: [Int32]
    package var inlineCommas: [Int32]
    package var inlineLinkCharacters: [Int32]
    /// Paragraph-like elements (`p`, or blocks with inline text) in the subtree.
    package var paragraphs: [Int32]
    /// List items and images in the subtree.
    package var listItems: [Int32]
    package var images: [Int32]

    package init(_ tree: HTMLTree, minParagraphCharacters: Int) {
        let count = tree.nodes.count
        characters = Array(repeating: 0, count: count)
        cjkCharacters = characters
        linkCharacters = characters
        commas = characters
        inlineCharacters = characters
        inlineCommas = characters
        inlineLinkCharacters = characters
        paragraphs = characters
        listItems = characters
        images = characters
        var index = count - 1
        while index >= 0 {
            let node = tree.nodes[index]
            if node.tag == .text {
                var chars: Int32 = 0, cjk: Int32 = 0, comma: Int32 = 0
                var position = Int(node.textStart)
                let end = Int(node.textEnd)
                tree.text.withUnsafeBufferPointer { bytes in
                    while position < end {
                        let byte = bytes[position]
                        if byte < 0x80 {
                            if byte > 0x20 { chars += 1 }
                            if byte == 0x2C { comma += 1 }
                            position += 1
                        } else if byte >= 0xC0 {
                            chars += 1
                            if byte >= 0xE3 && byte <= 0xE9 { cjk += 1 }
                            // U+FF0C '，' is EF BC 8C; U+3001 '、' is E3 80 81.
                            if byte == 0xEF, position + 2 < end, bytes[position + 1] == 0xBC, bytes[position + 2] == 0x8C { comma += 1 }
                            if byte == 0xE3, position + 2 < end, bytes[position + 1] == 0x80, bytes[position + 2] == 0x81 { comma += 1 }
                            // U+00A0 and U+3000 are spaces.
                            if byte == 0xC2, position + 1 < end, bytes[position + 1] == 0xA0 { chars -= 1 }
                            if byte == 0xE3, position + 2 < end, bytes[position + 1] == 0x80, bytes[position + 2] == 0x80 { chars -= 1; cjk -= 1 }
                            position += 1
                        } else {
                            position += 1
                        }
                    }
                }
                characters[index] = chars
                cjkCharacters[index] = cjk
                commas[index] = comma
                inlineCharacters[index] = chars
                inlineCommas[index] = comma
            } else if node.tag.isNeverContent {
                characters[index] = 0
                if node.tag == .img { images[index] = 1 }
            } else {
                if node.tag == .a {
                    linkCharacters[index] = characters[index]
                    inlineLinkCharacters[index] = inlineCharacters[index]
                }
                if node.tag == .li { listItems[index] += 1 }
                if node.tag.isBlock && (node.tag == .p || inlineCharacters[index] >= Int32(minParagraphCharacters)) {
                    paragraphs[index] += 1
                }
            }
            let parent = Int(node.parent)
            if parent >= 0 && !tree.nodes[parent].tag.isNeverContent {
                characters[parent] += characters[index]
                cjkCharacters[parent] += cjkCharacters[index]
                linkCharacters[parent] += linkCharacters[index]
                commas[parent] += commas[index]
                paragraphs[parent] += paragraphs[index]
                listItems[parent] += listItems[index]
                images[parent] += images[index]
                if !node.tag.isBlock && !node.tag.isNeverContent {
                    inlineCharacters[parent] += inlineCharacters[index]
                    inlineCommas[parent] += inlineCommas[index]
                    inlineLinkCharacters[parent] += inlineLinkCharacters[index]
                }
            }
            index -= 1
        }
    }

    /// Share (0…1) of the subtree's text that sits inside links.
    package func linkDensity(_ index: Int) -> Double {
        let total = characters[index]
        return total > 0 ? Double(linkCharacters[index]) / Double(total) : 0
    }

    package func inlineLinkDensity(_ index: Int) -> Double {
        let total = inlineCharacters[index]
        return total > 0 ? Double(inlineLinkCharacters[index]) / Double(total) : 0
    }

    /// Length with CJK characters weighted, so that one threshold serves spaced and unspaced scripts.
    package func effectiveLength(_ index: Int, cjkWeight: Double) -> Double {
        let cjk = Double(cjkCharacters[index])
        return Double(characters[index]) - cjk + cjk * cjkWeight
    }
}
