/// The element names the extractor reasons about; every other name is `.other`.
public enum HTMLTag: UInt8, Sendable {
    case other, text
    case html, head, body, title, meta, link, base, script, style, noscript, template, svg, math, canvas
    case iframe, object, embed, video, audio, source, picture, img, map
    case nav, header, footer, aside, main, article, section, div, span, form, fieldset, label
    case input, button, select, option, textarea
    case p, br, hr, h1, h2, h3, h4, h5, h6, pre, blockquote, address, center, font
    case ul, ol, li, dl, dt, dd, menu, details, summary, dialog
    case table, caption, thead, tbody, tfoot, tr, td, th
    case a, b, i, em, strong, u, s, small, sub, sup, mark, cite, q, code, abbr, time, ins, del
    case figure, figcaption

    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        var raw: UInt8 = HTMLTag.html.rawValue
        while let tag = HTMLTag(rawValue: raw) {
            table[String(describing: tag)] = tag
            raw += 1
        }
        return table
    }()

    /// The tag for a lower-case element name.
    public init(name: String) {
        self = Self.byName[name] ?? .other
    }

    /// Elements whose content never belongs to the article text.
    public var isNeverContent: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg, .math, .canvas,
            .iframe, .object, .embed, .video, .audio, .source, .picture, .img, .map,
            .input, .button, .select, .option, .textarea, .dialog:
            true
        default: false
        }
    }

    /// Elements that start a new line of text.
    public var isBlock: Bool {
        switch self {
        case .html, .body, .nav, .header, .footer, .aside, .main, .article, .section, .div, .form, .fieldset,
            .p, .br, .hr, .h1, .h2, .h3, .h4, .h5, .h6, .pre, .blockquote, .address, .center,
            .ul, .ol, .li, .dl, .dt, .dd, .menu, .details, .summary, .dialog,
            .table, .caption, .thead, .tbody, .tfoot, .tr, .td, .th, .figure, .figcaption:
            true
        default: false
        }
    }

    public var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }
}
