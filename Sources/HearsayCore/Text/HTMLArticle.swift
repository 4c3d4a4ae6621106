/// The article of a saved web page as plain text: the headline, then its
/// paragraphs separated by blank lines, without the page's navigation, scripts,
/// styles, asides, banners and footers.
///
/// One forward pass over the page builds a flat list of paragraphs and, for
/// every element, how much paragraph text it holds; the main content is chosen
/// afterwards from those totals. Nothing is recursive and nothing rescans, so a
/// page of any size or nesting depth takes time in proportion to its length,
/// and no input makes it crash (it is a tolerant tokenizer, not a validator).
///
/// Decisions (see also `extract`):
/// - **Paragraphs** come from `p`, `h1`–`h6`, `blockquote`, `li`, `figcaption`
///   (and `pre`, `dt`, `dd`); text that is in none of them is ignored, unless the
///   page has no such element at all, when the loose text is used instead.
///   A block inside a block (a `p` in a `blockquote` or `li`) ends the text before
///   it: every block's own text is one paragraph.
/// - **List items** are paragraphs of their own, prefixed "• " in a `ul` and
///   "1. ", "2. "… in an `ol` (honouring `start`). A `p` or `li` whose text is
///   all link text ("More on this story", a list of related links) is dropped.
/// - **`<br>`** is a space inside the paragraph; two or more in a row (only white
///   space between) end the paragraph, as old pages use them between paragraphs.
/// - **White space** (including no-break and other Unicode spaces) collapses to
///   one space; soft hyphens, zero-width spaces and control characters vanish.
/// - **Dropped entirely**: comments, `script`, `style`, `noscript`, `template`,
///   `nav`, `aside`, `header`, `footer`, `form`, `button`, `svg`, `iframe`, and
///   also `select`, `textarea`, `object`, `canvas`, `audio`, `video`, `dialog`,
///   `math`; any element with the `hidden` attribute, `aria-hidden="true"`, or a
///   role of navigation, complementary, banner, contentinfo, dialog, alertdialog,
///   search; and any element whose class or id names page furniture (a
///   "-"/"_"-separated part such as cookie, consent, newsletter, related, share,
///   social, ad, promo, subscribe, paywall, sidebar, breadcrumb, comments, footer,
///   or sr-only / visually-hidden) and no content (a part such as article,
///   content, story, body, main, post, entry, text; in one class name the last
///   such part decides: "story-share" is dropped, "has-sidebar article-body" kept). `html`, `body`, `article` and `main` are never
///   dropped for their class. A `header` inside an `article` or `main` is the
///   article's own header (headline, standfirst, byline) and is kept.
/// - **Main content**: the non-dropped `article` with the most paragraph text,
///   if it holds at least a third as much `p` text as the densest element (below);
///   else the `main` with the most text, on the same condition; else the element
///   whose `p` children (fully) and grandchildren (half) hold the most text that
///   is not link text, widened to its parent while the parent holds 1.3 times as
///   much such text (content split by an advertisement); else the whole page.
/// - **Headline**: the first `h1` inside the main content, else the page's only
///   `h1` (when there is exactly one that is not dropped), else `<title>` with a
///   trailing " | Site name" removed. It comes first in `text` and is not repeated.
/// - **Entities**: numeric (decimal and hex; 0x80–0x9F as Windows-1252, as
///   browsers do; invalid code points become U+FFFD) and a table of named ones
///   (the Latin-1 set, typography, common Latin Extended letters). A few legacy
///   names (amp, lt, gt, quot, nbsp, copy, reg) are decoded without ";" too, as
///   in browsers ("&copy2024" is "©2024").
///   Unknown entities stay as written.
public enum HTMLArticle {
    public struct Extracted: Equatable, Sendable {
        /// The headline, if the page has one.
        public var title: String?
        /// The headline and the paragraphs, separated by blank lines ("\n\n").
        public var text: String
        /// The page's own address: its `<link rel="canonical">`, else its
        /// `<meta property="og:url">`, when that is an absolute http(s) URL.
        public var address: String?

        public init(title: String?, text: String, address: String? = nil) {
            self.title = title
            self.text = text
            self.address = address
        }
    }

    public static func extract(_ html: String) -> Extracted {
        var parser = Parser(Array(html.unicodeScalars))
        parser.run()
        return parser.result()
    }
}

// MARK: - Tag names

extension HTMLArticle {
    /// Names that need special handling get fixed ids; others are interned after them.
    enum Tag {
        static let root = 0, p = 1, li = 2, ul = 3, ol = 4, a = 5, article = 6, main = 7,
                   h1 = 8, h2 = 9, h3 = 10, h4 = 11, h5 = 12, h6 = 13, br = 14, header = 15,
                   body = 16, html = 17, title = 18, blockquote = 19, figcaption = 20,
                   pre = 21, dt = 22, dd = 23, menu = 24
        static let fixed: [String] = ["#root", "p", "li", "ul", "ol", "a", "article", "main",
                                      "h1", "h2", "h3", "h4", "h5", "h6", "br", "header",
                                      "body", "html", "title", "blockquote", "figcaption",
                                      "pre", "dt", "dd", "menu"]

        static func isHeading(_ t: Int) -> Bool { t >= h1 && t <= h6 }
        /// Elements whose own text makes paragraphs.
        static func isBlock(_ t: Int) -> Bool {
            t == p || t == li || isHeading(t) || t == blockquote || t == figcaption || t == pre || t == dt || t == dd
        }
    }

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input",
                                             "keygen", "link", "meta", "param", "source", "track", "wbr",
                                             "basefont", "bgsound", "frame", "image"]
    /// Elements that break a paragraph; all others (inline, unknown and custom
    /// elements) keep the text flowing.
    static let blockLevelElements: Set<String> = ["address", "article", "aside", "blockquote", "body", "center",
                                                   "caption", "dd", "details", "dialog", "dir", "div", "dl", "dt",
                                                   "fieldset", "figcaption", "figure", "footer", "form", "frameset",
                                                   "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup",
                                                   "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
                                                   "optgroup", "option", "p", "pre", "section", "summary", "table",
                                                   "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "title"]
    static let droppedElements: Set<String> = ["script", "style", "noscript", "template", "nav", "aside",
                                                "header", "footer", "form", "button", "svg", "iframe",
                                                "select", "textarea", "object", "canvas", "audio", "video",
                                                "dialog", "math", "noembed", "noframes", "xmp"]
    /// Elements whose content is not markup: read up to the matching end tag.
    static let rawTextElements: Set<String> = ["script", "style", "noscript", "iframe", "noembed",
                                                "noframes", "xmp", "textarea", "title", "plaintext"]
    /// Start tags that close an open `p` (the HTML parsing rules, without scope).
    static let closesParagraph: Set<String> = ["address", "article", "aside", "blockquote", "center",
                                                "details", "dialog", "dir", "div", "dl", "fieldset",
                                                "figcaption", "figure", "footer", "form", "h1", "h2",
                                                "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
                                                "main", "menu", "nav", "ol", "p", "pre", "section",
                                                "table", "ul", "dd", "dt"]
    static let droppedRoles: Set<String> = ["navigation", "complementary", "banner", "contentinfo",
                                             "dialog", "alertdialog", "search"]
    /// A class or id with one of these as a "-" or "_"-separated part is page furniture.
    static let furnitureParts: Set<String> = ["cookie", "cookies", "consent", "gdpr", "newsletter",
                                               "related", "share", "sharing", "social", "advert",
                                               "advertisement", "ad", "ads", "promo", "subscribe",
                                               "subscription", "signup", "paywall", "sidebar",
                                               "breadcrumb", "breadcrumbs", "comments", "comment",
                                               "footer", "popup", "modal", "outbrain", "taboola",
                                               "recirc", "trending", "mostread"]
    /// A class or id with one of these parts is content, whatever else it says.
    static let contentParts: Set<String> = ["article", "content", "story", "body", "main", "post",
                                             "entry", "text"]
    static let wantedAttributes: Set<String> = ["class", "id", "role", "hidden", "aria-hidden", "start"]
    /// Read only on `link` and `meta`, for the page's address.
    static let addressAttributes: Set<String> = ["rel", "href", "property", "content"]
    static let furnitureNames: Set<String> = ["sr-only", "visually-hidden", "visuallyhidden",
                                               "screen-reader-text", "hidden", "most-read"]
}

// MARK: - The parser

extension HTMLArticle {
    struct Element {
        var parent: Int
        var tag: Int
        var dropped: Bool
        /// Id one past the last descendant (ids are given in document order).
        var end = Int.max
        /// Scalars of paragraph text inside.
        var total = 0
        /// Scalars of non-link text of `p` paragraphs inside.
        var pTotal = 0
        /// Non-link `p` text of children (fully) and grandchildren (half).
        var pScore = 0
    }

    struct Open {
        var element: Int
        var tag: Int
        var dropped: Bool
        /// The nearest block element at or above this one (element id), or -1.
        var block: Int
        var blockTag: Int
        /// Stack index of the nearest list (`ul`/`ol`) at or above, or -1.
        var list: Int
        /// For lists: the number of the next item (ol) or -1 (ul).
        var counter: Int
        var inArticleOrMain: Bool
    }

    struct Paragraph {
        var text: [Unicode.Scalar]
        var tag: Int          // the nearest block's tag, or -1 for loose text
        var owner: Int        // the element the text was in
    }

    struct Parser {
        let s: [Unicode.Scalar]
        var i = 0
        var tagIDs: [String: Int] = [:]
        var positions: [[Int]] = []       // per tag id: stack indices of open elements
        var elements: [Element] = []
        var stack: [Open] = []
        var paragraphs: [Paragraph] = []
        var titleText: [Unicode.Scalar]? = nil
        /// The page's address, from its head (see `Extracted.address`).
        var canonical: String? = nil, openGraphURL: String? = nil

        // The paragraph being read.
        var buffer: [Unicode.Scalar] = []
        var linkCount = 0
        var plainCount = 0
        var pendingSpace = false
        var breaks = 0
        var bullet: [Unicode.Scalar] = []
        var bulletItem = -1               // element id of the li the bullet belongs to

        init(_ scalars: [Unicode.Scalar]) {
            s = scalars
            for (k, name) in Tag.fixed.enumerated() { tagIDs[name] = k }
            positions = Array(repeating: [], count: Tag.fixed.count)
            elements.append(Element(parent: -1, tag: Tag.root, dropped: false, end: Int.max))
            stack.append(Open(element: 0, tag: Tag.root, dropped: false, block: -1, blockTag: -1,
                              list: -1, counter: -1, inArticleOrMain: false))
        }

        // MARK: Scanning

        mutating func run() {
            let n = s.count
            while i < n {
                let c = s[i]
                if c == "<" {
                    readMarkup()
                } else if c == "&" {
                    let (decoded, next) = HTMLArticle.entity(s, at: i, inAttribute: false)
                    for d in decoded { put(d) }
                    i = next
                } else {
                    put(c)
                    i += 1
                }
            }
            flush()
            while stack.count > 1 { pop() }
            elements[0].end = elements.count
        }

        /// At "<": a comment, a declaration, a tag, or a literal "<".
        mutating func readMarkup() {
            let n = s.count
            guard i + 1 < n else { put("<"); i += 1; return }
            let next = s[i + 1]
            if next == "!" {
                if i + 3 < n && s[i + 2] == "-" && s[i + 3] == "-" {
                    // A comment: to "-->" ("<!-->" and "<!--->" are empty comments), or to the end.
                    var j = i + 4
                    if j < n && s[j] == ">" { i = j + 1; return }
                    if j + 1 < n && s[j] == "-" && s[j + 1] == ">" { i = j + 2; return }
                    while j + 2 < n && !(s[j] == "-" && s[j + 1] == "-" && s[j + 2] == ">") { j += 1 }
                    i = j + 2 < n ? j + 3 : n
                } else {
                    skipPast(">", from: i + 2)      // doctype, CDATA, other declarations
                }
                return
            }
            if next == "?" { skipPast(">", from: i + 2); return }
            if next == "/" {
                guard i + 2 < n else { put("<"); put("/"); i += 2; return }
                if s[i + 2] == ">" { i += 3; return }              // "</>" is ignored
                if !HTMLArticle.isASCIILetter(s[i + 2]) { skipPast(">", from: i + 2); return }
                var j = i + 2
                let name = readName(&j)
                // Attributes of an end tag mean nothing; skip them, quotes and all.
                var attributes = Attributes()
                let ended = readAttributes(&j, into: &attributes, keep: false)
                i = j
                if ended { endTag(name) }
                return
            }
            guard HTMLArticle.isASCIILetter(next) else { put("<"); i += 1; return }
            var j = i + 1
            let name = readName(&j)
            var attributes = Attributes()
            let ended = readAttributes(&j, into: &attributes, keep: true, addresses: name == "link" || name == "meta")
            i = j
            guard ended else { return }              // a tag cut off by the end of the page
            if name == "link" || name == "meta" { noteAddress(name, attributes) }
            startTag(name, attributes)
        }

        /// `<link rel="canonical" href>` and `<meta property="og:url" content>`:
        /// the first of each.
        mutating func noteAddress(_ name: String, _ a: Attributes) {
            if name == "link", canonical == nil, a.rel.split(separator: " ").contains("canonical") {
                canonical = HTMLArticle.absoluteAddress(a.href)
            } else if name == "meta", openGraphURL == nil, a.property == "og:url" {
                openGraphURL = HTMLArticle.absoluteAddress(a.content)
            }
        }

        mutating func skipPast(_ c: Unicode.Scalar, from start: Int) {
            var j = start
            while j < s.count && s[j] != c { j += 1 }
            i = min(j + 1, s.count)
        }

        /// A tag name, ASCII letters lowercased, up to white space, "/" or ">".
        func readName(_ j: inout Int) -> String {
            var name: [Unicode.Scalar] = []
            while j < s.count {
                let c = s[j]
                if HTMLArticle.isSpace(c) || c == "/" || c == ">" { break }
                if c.value >= 65 && c.value <= 90 {
                    name.append(Unicode.Scalar(c.value + 32)!)
                } else {
                    name.append(c)
                }
                j += 1
            }
            return String(scalars: name)
        }

        struct Attributes {
            var classes = ""
            var id = ""
            var role = ""
            var hidden = false
            var start: Int? = nil
            var selfClosing = false
            // `link` and `meta` only (see `addressAttributes`).
            var rel = "", href = "", property = "", content = ""
        }

        /// Attributes up to ">" (a ">" inside quotes does not end the tag). False
        /// when the page ends first; `j` is then the end of the page.
        func readAttributes(_ j: inout Int, into a: inout Attributes, keep: Bool, addresses: Bool = false) -> Bool {
            let n = s.count
            while j < n {
                let c = s[j]
                if c == ">" { j += 1; return true }
                if HTMLArticle.isSpace(c) { j += 1; continue }
                if c == "/" {
                    if j + 1 < n && s[j + 1] == ">" { a.selfClosing = true; j += 2; return true }
                    j += 1
                    continue
                }
                // A name: to white space, "/", ">" or "=" (a leading "=" belongs to it).
                var nameScalars: [Unicode.Scalar] = []
                repeat {
                    let d = s[j]
                    nameScalars.append(d.value >= 65 && d.value <= 90 ? Unicode.Scalar(d.value + 32)! : d)
                    j += 1
                } while j < n && !HTMLArticle.isSpace(s[j]) && s[j] != "/" && s[j] != ">" && s[j] != "="
                let name = keep ? String(scalars: nameScalars) : ""
                let wanted = keep && (HTMLArticle.wantedAttributes.contains(name) || addresses && HTMLArticle.addressAttributes.contains(name))
                var k = j
                while k < n && HTMLArticle.isSpace(s[k]) { k += 1 }
                var v = ""
                if k < n && s[k] == "=" {
                    k += 1
                    while k < n && HTMLArticle.isSpace(s[k]) { k += 1 }
                    if k < n && (s[k] == "\"" || s[k] == "'") {
                        let quote = s[k]
                        var e = k + 1
                        while e < n && s[e] != quote { e += 1 }
                        if wanted { v = String(scalars: s[(k + 1)..<min(e, n)]) }
                        j = min(e + 1, n)
                    } else {
                        var e = k
                        while e < n && !HTMLArticle.isSpace(s[e]) && s[e] != ">" { e += 1 }
                        if wanted { v = String(scalars: s[k..<e]) }
                        j = e
                    }
                } else {
                    j = k
                }
                guard wanted else { continue }
                switch name {
                case "class": a.classes = v
                case "id": a.id = v
                case "role": a.role = v.lowercased()
                case "hidden": a.hidden = true
                case "aria-hidden": if v.lowercased() == "true" { a.hidden = true }
                case "start": a.start = Int(v.trimmingSpaces())
                case "rel": a.rel = v.lowercased()
                case "href": a.href = v
                case "property": a.property = v.lowercased()
                case "content": a.content = v
                default: break
                }
            }
            return false
        }

        // MARK: Tags

        mutating func tagID(_ name: String) -> Int {
            if let id = tagIDs[name] { return id }
            let id = positions.count
            tagIDs[name] = id
            positions.append([])
            return id
        }

        mutating func startTag(_ name: String, _ a: Attributes) {
            let tag = tagID(name)
            let inline = !HTMLArticle.blockLevelElements.contains(name)
            if tag == Tag.br { lineBreak(); return }
            if !inline { flush() }
            if HTMLArticle.voidElements.contains(name) { return }

            // Implied end tags.
            if !positions[Tag.p].isEmpty && HTMLArticle.closesParagraph.contains(name) { popThrough(Tag.p) }
            if tag == Tag.li, let item = positions[Tag.li].last, item > nearestList() { popThrough(Tag.li) }
            if (tag == Tag.dt || tag == Tag.dd) {
                let item = max(positions[Tag.dt].last ?? -1, positions[Tag.dd].last ?? -1)
                if item > 0 { popThrough(stack[item].tag) }
            }
            if Tag.isHeading(tag), Tag.isHeading(stack[stack.count - 1].tag) { pop() }
            if a.selfClosing { return }

            let top = stack[stack.count - 1]
            let inArticle = top.inArticleOrMain || tag == Tag.article || tag == Tag.main
            var dropped = top.dropped
            if !dropped {
                if HTMLArticle.droppedElements.contains(name) {
                    dropped = !(tag == Tag.header && top.inArticleOrMain)
                }
                if a.hidden || HTMLArticle.droppedRoles.contains(a.role) && !(a.role == "banner" && top.inArticleOrMain) {
                    dropped = true
                }
                if tag != Tag.html && tag != Tag.body && tag != Tag.article && tag != Tag.main
                    && (HTMLArticle.isFurniture(a.classes) || HTMLArticle.isFurniture(a.id)) {
                    dropped = true
                }
            }
            let id = elements.count
            elements.append(Element(parent: top.element, tag: tag, dropped: dropped))
            var open = Open(element: id, tag: tag, dropped: dropped, block: top.block, blockTag: top.blockTag,
                            list: top.list, counter: -1, inArticleOrMain: inArticle)
            if Tag.isBlock(tag) { open.block = id; open.blockTag = tag }
            if tag == Tag.ul || tag == Tag.ol || tag == Tag.menu {
                open.list = stack.count
                open.counter = tag == Tag.ol ? (a.start ?? 1) : -1
            }
            if tag == Tag.li && !dropped {
                var marker: String = "• "
                if top.list >= 0 && stack[top.list].counter >= 0 {
                    marker = "\(stack[top.list].counter). "
                    stack[top.list].counter &+= 1
                }
                bullet = Array(marker.unicodeScalars)
                bulletItem = id
            }
            positions[tag].append(stack.count)
            stack.append(open)

            if HTMLArticle.rawTextElements.contains(name) { readRawText(name, tag: tag) }
        }

        func nearestList() -> Int {
            max(positions[Tag.ul].last ?? -1, positions[Tag.ol].last ?? -1, positions[Tag.menu].last ?? -1)
        }

        mutating func endTag(_ name: String) {
            let tag = tagIDs[name] ?? -1
            if tag == Tag.br { lineBreak(); return }          // "</br>" is a <br>, as in browsers
            guard tag > 0, !positions[tag].isEmpty else { return }   // closes nothing: ignored
            if HTMLArticle.blockLevelElements.contains(name) { flush() }
            popThrough(tag)
        }

        /// Pops open elements up to and including the nearest one with this tag.
        mutating func popThrough(_ tag: Int) {
            guard !positions[tag].isEmpty else { return }
            while stack.count > 1 {
                let t = stack[stack.count - 1].tag
                pop()
                if t == tag { break }
            }
        }

        mutating func pop() {
            let open = stack.removeLast()
            positions[open.tag].removeLast()
            let e = open.element
            elements[e].end = elements.count
            let parent = elements[e].parent
            elements[parent].total += elements[e].total
            elements[parent].pTotal += elements[e].pTotal
            if open.element == bulletItem { bullet = []; bulletItem = -1 }
        }

        /// The content of a raw-text element, up to `</name`; the title is kept.
        mutating func readRawText(_ name: String, tag: Int) {
            let n = s.count
            let nameScalars = Array(name.unicodeScalars)
            let contentStart = i
            var j = i
            var end = n
            while j + 1 < n {
                if s[j] == "<" && s[j + 1] == "/" && matchesName(nameScalars, at: j + 2) {
                    let after = j + 2 + nameScalars.count
                    if after >= n || HTMLArticle.isSpace(s[after]) || s[after] == ">" || s[after] == "/" {
                        end = j
                        break
                    }
                }
                j += 1
            }
            if tag == Tag.title && titleText == nil && !stack[stack.count - 1].dropped {
                titleText = HTMLArticle.decodeAndCollapse(Array(s[contentStart..<end]))
            }
            if end < n {
                i = end
                skipPast(">", from: end + 2)
            } else {
                i = n
            }
            popThrough(tag)
        }

        func matchesName(_ name: [Unicode.Scalar], at start: Int) -> Bool {
            guard start + name.count <= s.count else { return false }
            for (k, c) in name.enumerated() {
                var d = s[start + k]
                if d.value >= 65 && d.value <= 90 { d = Unicode.Scalar(d.value + 32)! }
                if d != c { return false }
            }
            return true
        }

        // MARK: Text

        mutating func lineBreak() {
            guard !stack[stack.count - 1].dropped else { return }
            breaks += 1
            if !buffer.isEmpty { pendingSpace = true }
        }

        mutating func put(_ c: Unicode.Scalar) {
            let top = stack[stack.count - 1]
            if top.dropped { return }
            if HTMLArticle.isSpace(c) || HTMLArticle.isUnicodeSpace(c) {
                if !buffer.isEmpty { pendingSpace = true }
                return
            }
            let v = c.value
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xAD || v == 0x200B || v == 0xFEFF { return }
            if breaks >= 2 { flush() }
            breaks = 0
            if buffer.isEmpty && !bullet.isEmpty {
                buffer = bullet
                bullet = []
            } else if pendingSpace {
                buffer.append(" ")
            }
            pendingSpace = false
            buffer.append(c)
            if !positions[Tag.a].isEmpty { linkCount += 1 } else { plainCount += 1 }
        }

        /// Ends the paragraph being read.
        mutating func flush() {
            breaks = 0
            pendingSpace = false
            guard !buffer.isEmpty else { return }
            defer { buffer = []; linkCount = 0; plainCount = 0 }
            let top = stack[stack.count - 1]
            // A paragraph or list item that is all link is navigation ("More on this story").
            if plainCount == 0 && (top.blockTag == Tag.p || top.blockTag == Tag.li) { return }
            let length = buffer.count
            let owner = top.block >= 0 ? top.block : top.element
            paragraphs.append(Paragraph(text: buffer, tag: top.block >= 0 ? top.blockTag : -1, owner: top.element))
            elements[owner].total += length
            if top.blockTag == Tag.p && top.block >= 0 {
                let weight = max(0, length - linkCount)
                elements[owner].pTotal += weight
                let parent = elements[owner].parent
                if parent >= 0 {
                    elements[parent].pScore += weight
                    let grandparent = elements[parent].parent
                    if grandparent >= 0 { elements[grandparent].pScore += weight / 2 }
                }
            }
        }

        // MARK: Choosing the article

        func result() -> Extracted {
            let blocks = paragraphs.filter { $0.tag >= 0 }
            var chosen = blocks
            if blocks.isEmpty {
                chosen = paragraphs                       // no block elements at all: the loose text
            } else if let root = mainContent() {
                let range = root..<elements[root].end
                chosen = blocks.filter { range.contains($0.owner) }
            }
            var title: [Unicode.Scalar]? = nil
            if let k = chosen.firstIndex(where: { $0.tag == Tag.h1 }) {
                title = chosen[k].text
                chosen.remove(at: k)
            } else {
                let h1s = paragraphs.filter { $0.tag == Tag.h1 }
                if h1s.count == 1 {
                    title = h1s[0].text
                } else if let t = titleText, !t.isEmpty {
                    title = HTMLArticle.withoutSiteName(t)
                }
            }
            // One array, then one string: appending to a string's scalar view
            // paragraph by paragraph takes quadratic time.
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(chosen.reduce(title?.count ?? 0) { $0 + $1.text.count + 2 })
            if let title {
                out.append(contentsOf: title)
            }
            for p in chosen {
                if !out.isEmpty { out.append("\n"); out.append("\n") }
                out.append(contentsOf: p.text)
            }
            return Extracted(title: title.map { String(scalars: $0) }, text: String(scalars: out), address: canonical ?? openGraphURL)
        }

        /// The element holding the article, or nil for the whole page.
        func mainContent() -> Int? {
            var dense = -1
            var bestArticle = -1
            var bestMain = -1
            for (k, e) in elements.enumerated() where !e.dropped && k > 0 {
                if dense < 0 || e.pScore > elements[dense].pScore { dense = k }
                if e.tag == Tag.article && (bestArticle < 0 || e.total > elements[bestArticle].total) { bestArticle = k }
                if e.tag == Tag.main && (bestMain < 0 || e.total > elements[bestMain].total) { bestMain = k }
            }
            let densest = dense >= 0 ? elements[dense].pScore : 0
            for candidate in [bestArticle, bestMain] where candidate >= 0 {
                let e = elements[candidate]
                if e.total > 0 && 3 * e.pTotal >= densest { return candidate }
            }
            guard dense >= 0, densest > 0 else { return nil }
            var k = dense
            while true {
                let parent = elements[k].parent
                guard parent > 0, elements[parent].tag != Tag.body, elements[parent].tag != Tag.html else { break }
                guard 10 * elements[parent].pTotal >= 13 * elements[k].pTotal else { break }
                k = parent
            }
            return k
        }
    }
}

// MARK: - Characters and entities

extension HTMLArticle {
    static func isASCIILetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 65 && c.value <= 90) || (c.value >= 97 && c.value <= 122)
    }

    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0C}"
    }

    /// No-break and the other Unicode spaces, which collapse like a space.
    static func isUnicodeSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000 || v == 0x0B || v == 0x85
    }

    /// Whether a class or id names page furniture and no content. Within one
    /// class name the last telling part decides ("story-share" is furniture,
    /// "related-content" content); one content class keeps the element
    /// ("has-sidebar article-body" is content with a sidebar beside it).
    static func isFurniture(_ value: String) -> Bool {
        guard !value.isEmpty else { return false }
        var furniture = false
        for word in value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            if furnitureNames.contains(String(word)) { furniture = true; continue }
            var verdict: Bool? = nil
            for part in word.split(whereSeparator: { $0 == "-" || $0 == "_" }) {
                let part = String(part)
                if contentParts.contains(part) { verdict = false }
                if furnitureParts.contains(part) { verdict = true }
            }
            if verdict == false { return false }
            if verdict == true { furniture = true }
        }
        return furniture
    }

    /// "Headline | The Daily Example" → "Headline".
    static func withoutSiteName(_ title: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var k = title.count - 3
        while k > 0 {
            if title[k] == " " && title[k + 1] == "|" && title[k + 2] == " " { return Array(title[..<k]) }
            k -= 1
        }
        return title
    }

    /// An attribute's URL with its entities decoded and its spaces trimmed, when
    /// it is absolute http or https with no white space inside; else nil (a
    /// relative canonical link names nothing without the page's own address).
    static func absoluteAddress(_ raw: String) -> String? {
        let decoded = String(scalars: decodeAndCollapse(Array(raw.unicodeScalars)))
        let lower = decoded.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), decoded.count > 8,
              !decoded.unicodeScalars.contains(where: { isSpace($0) || isUnicodeSpace($0) }) else { return nil }
        return decoded
    }

    /// Text with entities decoded and white space collapsed (the title).
    static func decodeAndCollapse(_ raw: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var space = false
        var j = 0
        func add(_ c: Unicode.Scalar) {
            if isSpace(c) || isUnicodeSpace(c) { space = !out.isEmpty; return }
            let v = c.value
            if v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xAD || v == 0x200B || v == 0xFEFF { return }
            if space { out.append(" ") }
            space = false
            out.append(c)
        }
        while j < raw.count {
            if raw[j] == "&" {
                let (decoded, next) = entity(raw, at: j, inAttribute: false)
                decoded.forEach(add)
                j = next
            } else {
                add(raw[j])
                j += 1
            }
        }
        return out
    }

    /// The character(s) of the entity at `start` (an "&") and the index after it;
    /// an "&" that starts no known entity is itself.
    static func entity(_ s: [Unicode.Scalar], at start: Int, inAttribute: Bool) -> ([Unicode.Scalar], Int) {
        let n = s.count
        var j = start + 1
        guard j < n else { return (["&"], start + 1) }
        if s[j] == "#" {
            j += 1
            var hex = false
            if j < n && (s[j] == "x" || s[j] == "X") { hex = true; j += 1 }
            let digitsStart = j
            var value: UInt32 = 0
            while j < n, let d = digit(s[j], hex: hex) {
                value = min(value &* (hex ? 16 : 10) &+ d, 0x110000)
                j += 1
            }
            guard j > digitsStart else { return (["&"], start + 1) }
            if j < n && s[j] == ";" { j += 1 }
            return ([numericCharacter(value)], j)
        }
        var name: [Unicode.Scalar] = []
        while j < n && j - start <= 32, isASCIILetter(s[j]) || (s[j].value >= 48 && s[j].value <= 57) {
            name.append(s[j])
            j += 1
        }
        guard !name.isEmpty else { return (["&"], start + 1) }
        let key = String(scalars: name)
        if j < n && s[j] == ";", let v = namedEntities[key] {
            return ([Unicode.Scalar(v)!], j + 1)
        }
        if !inAttribute {
            // "&amp chips", "&copy2024": the longest legacy name the letters start with.
            var best: (name: String, value: UInt32)? = nil
            for (legacy, v) in legacyEntities where key.hasPrefix(legacy) && legacy.count > (best?.name.count ?? 0) {
                best = (legacy, v)
            }
            if let best { return ([Unicode.Scalar(best.value)!], start + 1 + best.name.unicodeScalars.count) }
        }
        return (["&"], start + 1)
    }

    static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        let v = c.value
        if v >= 48 && v <= 57 { return v - 48 }
        guard hex else { return nil }
        if v >= 65 && v <= 70 { return v - 55 }
        if v >= 97 && v <= 102 { return v - 87 }
        return nil
    }

    /// A numeric reference as browsers read it.
    static func numericCharacter(_ v: UInt32) -> Unicode.Scalar {
        if v >= 0x80 && v <= 0x9F, let w = windows1252[v] { return Unicode.Scalar(w)! }
        if v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF) { return "\u{FFFD}" }
        return Unicode.Scalar(v) ?? "\u{FFFD}"
    }

    static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
        0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
        0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
        0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
    ]

    /// Decoded without a ";" too (HTML's legacy rule, for the names pages really omit it on).
    static let legacyEntities: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "nbsp": 0xA0, "copy": 0xA9, "reg": 0xAE,
        "AMP": 0x26, "LT": 0x3C, "GT": 0x3E, "QUOT": 0x22,
    ]

    static let namedEntities: [String: UInt32] = {
        var t: [String: UInt32] = [
            "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
            "AMP": 0x26, "LT": 0x3C, "GT": 0x3E, "QUOT": 0x22,
            "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A,
            "bdquo": 0x201E, "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
            "mdash": 0x2014, "ndash": 0x2013, "hellip": 0x2026, "minus": 0x2212, "bull": 0x2022,
            "middot": 0xB7, "prime": 0x2032, "Prime": 0x2033, "dagger": 0x2020, "Dagger": 0x2021,
            "permil": 0x2030, "trade": 0x2122, "copy": 0xA9, "reg": 0xAE, "deg": 0xB0, "para": 0xB6,
            "sect": 0xA7, "shy": 0xAD, "times": 0xD7, "divide": 0xF7, "plusmn": 0xB1, "frac12": 0xBD,
            "frac14": 0xBC, "frac34": 0xBE, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3, "euro": 0x20AC,
            "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "curren": 0xA4, "iexcl": 0xA1, "iquest": 0xBF,
            "ordf": 0xAA, "ordm": 0xBA, "micro": 0xB5, "acute": 0xB4, "cedil": 0xB8, "uml": 0xA8,
            "macr": 0xAF, "not": 0xAC, "brvbar": 0xA6, "thinsp": 0x2009, "ensp": 0x2002, "emsp": 0x2003,
            "hairsp": 0x200A, "numsp": 0x2007, "puncsp": 0x2008, "NoBreak": 0x2060,
            "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "ZeroWidthSpace": 0x200B,
            "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193, "harr": 0x2194,
            "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "asymp": 0x2248, "infin": 0x221E,
            "circ": 0x2C6, "tilde": 0x2DC, "fnof": 0x192, "OElig": 0x152, "oelig": 0x153,
            "Scaron": 0x160, "scaron": 0x161, "Yuml": 0x178, "Zcaron": 0x17D, "zcaron": 0x17E,
            "Ccaron": 0x10C, "ccaron": 0x10D, "Cacute": 0x106, "cacute": 0x107, "Dstrok": 0x110,
            "dstrok": 0x111, "Ecaron": 0x11A, "ecaron": 0x11B, "Eogon": 0x118, "eogon": 0x119,
            "Aogon": 0x104, "aogon": 0x105, "Lstrok": 0x141, "lstrok": 0x142, "Nacute": 0x143,
            "nacute": 0x144, "Ncaron": 0x147, "ncaron": 0x148, "Rcaron": 0x158, "rcaron": 0x159,
            "Sacute": 0x15A, "sacute": 0x15B, "Scedil": 0x15E, "scedil": 0x15F, "Tcaron": 0x164,
            "tcaron": 0x165, "Uring": 0x16E, "uring": 0x16F, "Zacute": 0x179, "zacute": 0x17A,
            "Zdot": 0x17B, "zdot": 0x17C, "Gbreve": 0x11E, "gbreve": 0x11F, "Idot": 0x130,
            "imath": 0x131, "inodot": 0x131, "Amacr": 0x100, "amacr": 0x101, "Emacr": 0x112,
            "emacr": 0x113, "Imacr": 0x12A, "imacr": 0x12B, "Omacr": 0x14C, "omacr": 0x14D,
            "Umacr": 0x16A, "umacr": 0x16B, "Odblac": 0x150, "odblac": 0x151, "Udblac": 0x170,
            "udblac": 0x171,
            "alpha": 0x3B1, "beta": 0x3B2, "gamma": 0x3B3, "delta": 0x3B4, "mu": 0x3BC, "pi": 0x3C0,
            "Omega": 0x3A9, "omega": 0x3C9, "sigma": 0x3C3, "Delta": 0x394,
        ]
        // The Latin-1 letters U+00C0–U+00FF (× and ÷ are above).
        let latin1 = ["Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil",
                      "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml",
                      "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc", "Otilde", "Ouml", "times",
                      "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute", "THORN", "szlig",
                      "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
                      "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml",
                      "eth", "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide",
                      "oslash", "ugrave", "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml"]
        for (k, name) in latin1.enumerated() { t[name] = 0xC0 + UInt32(k) }
        return t
    }()
}
