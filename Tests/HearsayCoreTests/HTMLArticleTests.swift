import Foundation
import Testing
import HearsayCore

/// The article text of saved web pages: our own news page in Samples/ and small
/// pages for each rule (main content, dropped elements, entities, sloppy HTML).
@Suite struct HTMLArticleTests {
    private static let samplePage = TestSupport.packageRoot.appendingPathComponent("Samples/sample-page.html")

    private func text(_ html: String) -> String { HTMLArticle.extract(html).text }

    /// The body of a page, inside an article.
    private func article(_ body: String) -> String {
        text("<html><body><article>\(body)</article></body></html>")
    }

    // MARK: The sample page

    static let expectedSampleText = """
        Riverside council votes to close century-old ferry pier

        By Helena Marsh, Transport Correspondent

        Friday 14 March 2025, 18.02 GMT

        KELSO HARBOUR, March 14 — The city council voted 7–2 on Thursday to close the Wharf Street ferry pier, ending more than a century of passenger crossings to Marren Island and leaving about 1,400 daily commuters to find another way across the estuary.

        “We cannot keep pouring money into a structure that is sinking by the season,” said Mayor Rosalind Achebe, who cast the deciding vote. “The engineers gave us a date, and we have run out of road.”

        Engineers hired by the city found in January that two of the pier’s timber piles had rotted through, and estimated repairs at £18.6 million — more than the harbour authority’s entire budget for the next five years.

        Islanders packed the public gallery. "This is our bus, our school run and our ambulance," said Tomas Keane, who runs the Harbour Café on Marren Island and has crossed on the 7:10 boat every weekday since 1998. "Nobody asked us what happens on the morning after."

        Councillor Priya Venkatesan, one of the two members who voted against the closure, called the engineers' report “a convenient number” and said the council had ignored cheaper options. “A temporary landing stage would cost a tenth of that,” she said.

        “Our crews will keep sailing until the last permitted day, and we will work with the council on a replacement landing,” the operator, Estuary Link, said in a statement.

        Passengers wait for the 7:10 crossing at the Wharf Street pier on Thursday. Photograph: Anna Lindqvist

        The harbour master, Gideon Okafor, said the final sailing would take place on June 30. He described the decision as painful but unavoidable and said a replacement service from the Northgate slipway was "at least two years away."

        Last year a survey by the island’s residents’ association found that 62% of households had no car. “Take the ferry away and you take the island’s only front door,” said Maeve Dunleavy, the association’s chair.

        The council will hold a public meeting on the replacement plan on April 2 at the Corn Exchange.
        """

    @Test func samplePageTextIsExactlyTheArticle() throws {
        let e = HTMLArticle.extract(try TestSupport.readText(Self.samplePage))
        #expect(e.title == "Riverside council votes to close century-old ferry pier")
        #expect(e.text == Self.expectedSampleText)
        let paragraphs = e.text.components(separatedBy: "\n\n")
        #expect(paragraphs.count == 13)
        #expect(paragraphs.first == "Riverside council votes to close century-old ferry pier")
        #expect(paragraphs.last == "The council will hold a public meeting on the replacement plan on April 2 at the Corn Exchange.")
    }

    @Test func samplePageHasNoPageFurniture() throws {
        let e = HTMLArticle.extract(try TestSupport.readText(Self.samplePage))
        let furniture = ["cookies", "Accept all", "Reject", "Estuary Courier", "Sport", "Weather", "Search",
                         "Related stories", "Ferry fares to rise", "Marren bridge", "tracking", "dataLayer",
                         "Subscribe", "font-family", "Advertisement", "ad slot", "Morning Tide", "newsletter",
                         "Sign up", "loadWidget", "Enable JavaScript", "Topics", "Share", "rights reserved",
                         "Contact us", "Privacy", "icon", "Transport Correspondent\n\nTransport", "<", ">", "&"]
        for word in furniture {
            #expect(!e.text.contains(word), "\(word) in the article text")
        }
        // Entities are decoded, white space is single spaces inside paragraphs.
        for entity in ["&mdash;", "&ldquo;", "&#8220;", "&#x2019;", "&pound;", "&nbsp;", "&eacute;", "&quot;", "&#39;"] {
            #expect(!e.text.contains(entity))
        }
        #expect(!e.text.contains("  "))
        #expect(!e.text.contains("\u{A0}"))
        #expect(!e.text.contains("\n\n\n"))
        for paragraph in e.text.components(separatedBy: "\n\n") {
            #expect(!paragraph.contains("\n"))
            #expect(paragraph == paragraph.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func samplePageQuotationsHaveTheirSpeakers() throws {
        let e = HTMLArticle.extract(try TestSupport.readText(Self.samplePage))
        let a = Analyzer.analyze(Document(text: e.text))
        func speaker(of quote: String) -> String? {
            let q = a.quotations.first { a.document.string($0.range).contains(quote) }
            return a.speakerName(q)
        }
        #expect(a.quotations.count >= 8, "\(a.quotationSummary)")
        #expect(speaker(of: "sinking by the season") == "Rosalind Achebe", "\(a.quotationSummary)")
        #expect(speaker(of: "run out of road") == "Rosalind Achebe", "\(a.quotationSummary)")
        #expect(speaker(of: "our school run") == "Tomas Keane", "\(a.quotationSummary)")
        #expect(speaker(of: "morning after") == "Tomas Keane", "\(a.quotationSummary)")
        #expect(speaker(of: "a convenient number") == "Priya Venkatesan", "\(a.quotationSummary)")
        #expect(speaker(of: "temporary landing stage") == "Priya Venkatesan", "\(a.quotationSummary)")
        #expect(speaker(of: "two years away") == "Gideon Okafor", "\(a.quotationSummary)")
        #expect(speaker(of: "only front door") == "Maeve Dunleavy", "\(a.quotationSummary)")
        #expect(a.quotations.contains { a.document.string($0.range).contains("last permitted day") })
    }

    // MARK: Finding the article

    @Test func articleIsPreferredToTheRestOfThePage() {
        let html = """
            <body><div class="intro"><p>A welcome paragraph on the home page.</p></div>
            <article><h1>Headline</h1><p>First paragraph.</p><p>Second.</p></article>
            <div><p>Other text outside.</p></div></body>
            """
        #expect(text(html) == "Headline\n\nFirst paragraph.\n\nSecond.")
    }

    @Test func theBiggestArticleWinsOverTeasers() {
        let html = """
            <article class="teaser"><p>A short teaser.</p></article>
            <article><h1>The story</h1><p>A long paragraph of the real story, with enough words to win.</p></article>
            <article class="teaser"><p>Another teaser.</p></article>
            """
        #expect(text(html) == "The story\n\nA long paragraph of the real story, with enough words to win.")
    }

    @Test func mainIsUsedWhenThereIsNoArticle() {
        let html = """
            <body><div><p>Site blurb before the content, not part of it.</p></div>
            <main><h1>Main headline</h1><p>Body text of the story itself.</p><ul><li>One</li><li>Two</li></ul></main>
            <div><p>After.</p></div></body>
            """
        #expect(text(html) == "Main headline\n\nBody text of the story itself.\n\n• One\n\n• Two")
    }

    @Test func withoutArticleOrMainTheDensestElementIsTheArticle() {
        let story = (1...4).map { "<p>Paragraph \($0) of the story, which says a good deal more than the rest.</p>" }.joined()
        let html = """
            <html><head><title>Story headline | Example News</title></head><body>
            <div class="top"><p><a href="/a">Link one</a></p><p><a href="/b">Link two with a longer text</a></p></div>
            <div class="wrap"><div class="story">\(story)</div></div>
            <div class="bottom"><p>Short note.</p></div>
            </body></html>
            """
        let e = HTMLArticle.extract(html)
        #expect(e.title == "Story headline")
        let expected = ["Story headline"] + (1...4).map { "Paragraph \($0) of the story, which says a good deal more than the rest." }
        #expect(e.text == expected.joined(separator: "\n\n"))
    }

    @Test func contentSplitByAnAdvertIsKeptWhole() {
        let part = { (k: Int) in "<p>Part \(k) of the story is as long as the other part of the story.</p>" }
        let html = """
            <body><div class="story"><div class="chunk">\(part(1))\(part(2))</div>
            <div class="slot"><p><a href="/x">Buy now</a></p></div>
            <div class="chunk">\(part(3))\(part(4))</div></div>
            <div><p>Unrelated footer text.</p></div></body>
            """
        #expect(text(html) == (1...4).map { "Part \($0) of the story is as long as the other part of the story." }.joined(separator: "\n\n"))
    }

    @Test func aTinyArticleDoesNotBeatTheRealContent() {
        let body = (1...3).map { "<p>Real paragraph \($0), long enough to outweigh a card by far, and then some more words.</p>" }.joined()
        let html = "<body><article><p>Card.</p></article><div id=\"story\">\(body)</div></body>"
        #expect(text(html) == (1...3).map { "Real paragraph \($0), long enough to outweigh a card by far, and then some more words." }.joined(separator: "\n\n"))
    }

    @Test func headlineIsTheArticlesH1ThenTheOnlyH1ThenTheTitle() {
        // The h1 in the article (in its own header) rather than the site's logo h1.
        let page = """
            <title>Page title | Site</title><header><h1>Site logo</h1></header>
            <article><header><h1>The headline</h1><p class="byline">By A. Writer</p></header><p>Text.</p></article>
            """
        #expect(HTMLArticle.extract(page).title == "The headline")
        #expect(text(page) == "The headline\n\nBy A. Writer\n\nText.")
        // The h1 comes first even after a paragraph; it is not repeated.
        #expect(article("<p>Kicker</p><h1>Head</h1><p>Body</p>") == "Head\n\nKicker\n\nBody")
        // No h1 in the article: the page's only h1.
        #expect(HTMLArticle.extract("<h1>Lone headline</h1><article><p>Body.</p></article>").title == "Lone headline")
        // No h1 at all: the title, without the site name.
        let titled = HTMLArticle.extract("<title>  Storm &amp; flood\n warning | The Gazette </title><article><p>Body.</p></article>")
        #expect(titled.title == "Storm & flood warning")
        #expect(titled.text == "Storm & flood warning\n\nBody.")
        // Nothing: no title.
        let bare = HTMLArticle.extract("<article><p>Body.</p></article>")
        #expect(bare.title == nil)
        #expect(bare.text == "Body.")
    }

    // MARK: Blocks and inline elements

    @Test func blockElementsAreParagraphs() {
        let html = """
            <h2>Sub</h2><p>Para.</p><blockquote>Quoted words.</blockquote>
            <blockquote><p>One.</p><p>Two.</p></blockquote>
            <figure><img src="x.jpg"><figcaption>A caption.</figcaption></figure>
            <h6>Small head</h6>
            """
        #expect(article(html) == "Sub\n\nPara.\n\nQuoted words.\n\nOne.\n\nTwo.\n\nA caption.\n\nSmall head")
    }

    @Test func inlineElementsKeepTheirText() {
        let html = """
            <p>An <a href="/x">inline link</a>, <em>emphasis</em>, <strong>strong</strong>, <span>span</span>,
            <b>b</b>, <i>i</i>, <q>q</q>, <cite>cite</cite>, <abbr title="x">abbr</abbr>, <time>time</time>,
            x<sup>2</sup>, H<sub>2</sub>O, <code>code</code> and <mark>m</mark><u>u</u>.</p>
            """
        #expect(article(html) == "An inline link, emphasis, strong, span, b, i, q, cite, abbr, time, x2, H2O, code and mu.")
    }

    @Test func listItemsAreParagraphsWithBulletsOrNumbers() {
        let html = """
            <ul><li>Apples</li><li>Pears<li>Plums</ul>
            <ol><li>First</li><li><p>Second</p></li></ol>
            <ol start="7"><li>Seventh<li>Eighth</ol>
            <ul><li>Outer<ul><li>Inner</li></ul></li></ul>
            """
        #expect(article(html) == """
            • Apples

            • Pears

            • Plums

            1. First

            2. Second

            7. Seventh

            8. Eighth

            • Outer

            • Inner
            """)
    }

    @Test func oneBreakIsASpaceTwoEndTheParagraph() {
        #expect(article("<p>Line one<br>line two<br/>line three</p>") == "Line one line two line three")
        #expect(article("<p>First part.<br><br>Second part.<BR>\n<br />Third.</p>") == "First part.\n\nSecond part.\n\nThird.")
        #expect(article("<p>Trailing<br><br></p><p>Next</p>") == "Trailing\n\nNext")
    }

    @Test func whiteSpaceCollapsesAndInvisibleCharactersGo() {
        #expect(article("<p>  lots \n\t of\r\n   space&nbsp;&nbsp;here \u{A0} </p>") == "lots of space here")
        #expect(article("<p>soft&shy;hyphen zero\u{200B}width thin&thinsp;space</p>") == "softhyphen zerowidth thin space")
        #expect(article("<p>a</p>\n\n<p>   </p><p>&nbsp;</p><p>b</p>") == "a\n\nb")
    }

    // MARK: Dropped elements

    @Test func scriptsStylesAndPageFurnitureAreDropped() {
        let html = """
            <p>Keep one.</p>
            <script>var s = "<p>script text</p>"; if (a < b && c > d) {}</script>
            <style>p { color: red } /* style text */</style>
            <noscript><p>noscript text</p></noscript>
            <template><p>template text</p></template>
            <nav><p>nav text</p></nav>
            <aside><p>aside text</p></aside>
            <footer><p>footer text</p></footer>
            <form><p>form text</p><button>button text</button></form>
            <p>Keep <button>button text</button>two.</p>
            <svg><text>svg text</text><title>svg title</title></svg>
            <iframe src="x"><p>iframe text</p></iframe>
            <!-- comment text <p>commented out</p> -->
            <p>Keep three.</p>
            """
        #expect(article(html) == "Keep one.\n\nKeep two.\n\nKeep three.")
    }

    @Test func headerIsDroppedOutsideTheArticleAndKeptInside() {
        let html = """
            <header><p>Site header text</p></header>
            <main><header><p>Story standfirst.</p></header><p>Body.</p></main>
            """
        #expect(text(html) == "Story standfirst.\n\nBody.")
    }

    @Test func hiddenElementsRolesAndFurnitureClassesAreDropped() {
        let html = """
            <p>Keep one.</p>
            <div hidden><p>hidden attribute</p></div>
            <p aria-hidden="true">aria hidden</p>
            <div role="navigation"><p>role navigation</p></div>
            <div role="complementary"><p>role complementary</p></div>
            <div class="cookie-banner"><p>cookie banner</p></div>
            <div id="newsletter_box"><p>newsletter box</p></div>
            <div class="story-share"><p>story share</p></div>
            <section class="related-links"><p>related links</p></section>
            <span class="sr-only">screen reader only</span>
            <div class="has-sidebar article-body"><p>Keep two.</p></div>
            <div class="related-content"><p>Keep two and a half.</p></div>
            <div class="header"><p>Keep three.</p></div>
            """
        #expect(article(html) == "Keep one.\n\nKeep two.\n\nKeep two and a half.\n\nKeep three.")
        // The article and body are never dropped for their class.
        #expect(text("<body class=\"ad-free\"><article class=\"share-enabled\"><p>Kept.</p></article></body>") == "Kept.")
    }

    // MARK: Entities

    @Test func numericEntitiesAreDecoded() {
        #expect(article("<p>&#8220;Hi&#8221; &#x201C;x&#X201d; &#39;s &#169 &#x1F600;</p>") == "“Hi” “x” 's © 😀")
        // 0x80–0x9F are Windows-1252, as in browsers; invalid code points are U+FFFD.
        #expect(article("<p>&#147;old&#148; &#150; &#146;</p>") == "“old” – ’")
        #expect(article("<p>&#0; &#xD800; &#x110000; &#99999999999999;</p>") == "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD}")
        // "&#" without digits stays as written.
        #expect(article("<p>&#; &#x; &#z</p>") == "&#; &#x; &#z")
    }

    @Test func namedEntitiesAreDecoded() {
        let html = "<p>&amp; &lt; &gt; &quot; &apos; a&nbsp;b &ldquo; &rdquo; &lsquo; &rsquo; &mdash; &ndash; &hellip; &laquo; &raquo;</p>"
        #expect(article(html) == "& < > \" ' a b “ ” ‘ ’ — – … « »")
        #expect(article("<p>&eacute;&Eacute;&egrave;&uuml;&ntilde;&ccedil;&szlig;&oslash;&aring;&AElig;</p>") == "éÉèüñçßøåÆ")
        #expect(article("<p>&euro;5 &pound;6 &copy; &reg; &trade; &deg; &times; &frac12; &bull; &middot;</p>") == "€5 £6 © ® ™ ° × ½ • ·")
        #expect(article("<p>&scaron;&Ccaron;&lstrok;&oelig;</p>") == "šČłœ")
    }

    @Test func unknownEntitiesAndBareAmpersandsStayAsWritten() {
        #expect(article("<p>AT&T &unknownentity; &ampx &copy2024 R&D; a & b &</p>") == "AT&T &unknownentity; &x ©2024 R&D; a & b &")
        #expect(article("<p>&amp &lt &gt; fish &amp chips</p>") == "& < > fish & chips")
    }

    // MARK: Sloppy HTML

    @Test func unclosedParagraphsEndAtTheNextBlock() {
        #expect(article("<p>One<p>Two<h2>Head</h2>Loose<p>Three<ul><li>Item</ul><p>Four") == "One\n\nTwo\n\nHead\n\nThree\n\n• Item\n\nFour")
        #expect(article("<p>One<blockquote>Quote</blockquote><p>Two</p></p></p>") == "One\n\nQuote\n\nTwo")
    }

    @Test func uppercaseTagsAndQuotedGreaterThanSigns() {
        let html = """
            <P CLASS="lead">Upper <A HREF="/a?x=1&y=2" TITLE="a > b" data-x='c > d'>link</A> text.</P>
            <p title=unquoted>Unquoted attribute.</p><p data-json='{"a": "<p>"}' class = "spaced" >Spaced.</p>
            <P/><p ===>Odd attribute.</p>
            """
        #expect(article(html) == "Upper link text.\n\nUnquoted attribute.\n\nSpaced.\n\nOdd attribute.")
    }

    @Test func strayMarkupIsToleratedOrTakenAsText() {
        #expect(article("<p>a < b and 3 <> 4, x<5 & y</p>") == "a < b and 3 <> 4, x<5 & y")
        #expect(article("<p>c<d, 3 <> 4</p>") == "c 4")        // "<d, 3 <>" is a tag, as in browsers
        #expect(article("<p>A <custom-el data-x=1>custom</custom-el> element.</p>") == "A custom element.")
        #expect(article("<p>stray </span></div></b> end tags </> here</p>") == "stray end tags here")
        #expect(text("<!DOCTYPE html><?xml version=\"1.0\"?><![CDATA[junk]]><article><p>ok</p></article>") == "ok")
        #expect(article("<p>a<!---->b<!-->c<!--->d<!-- x -- y -->e</p>") == "abcde")
        #expect(article("<p>kept</p><!-- an unterminated comment <p>swallows the rest</p>") == "kept")
        #expect(article("<p>kept</p><p class=\"never closed>text") == "kept")
        #expect(article("<p>kept</p><script>no end tag <p>still script</p>") == "kept")
        #expect(article("<p>a</P ><p>b</p foo=\"x>y\">c</p>") == "a\n\nb")
        #expect(text("<p>before<p>after") == "before\n\nafter")
    }

    @Test func pagesWithoutBlockElementsGiveTheirLooseText() {
        #expect(text("Just some text") == "Just some text")
        #expect(text("<body>First line<br><br>Second line<div>In a div</div></body>") == "First line\n\nSecond line\n\nIn a div")
        #expect(text("<body><script>x()</script><nav>menu</nav>Loose text</body>") == "Loose text")
    }

    @Test func emptyAndMarkupOnlyPages() {
        #expect(HTMLArticle.extract("") == HTMLArticle.Extracted(title: nil, text: ""))
        #expect(HTMLArticle.extract("<html><head></head><body></body></html>") == HTMLArticle.Extracted(title: nil, text: ""))
        #expect(HTMLArticle.extract("<").text == "<")
        #expect(HTMLArticle.extract("&").text == "&")
        #expect(HTMLArticle.extract("</").text == "</")
        for fragment in ["<!", "<!-", "<!--", "<a", "<a b='", "</a", "&#", "&#x", "<script>", "<title>", "<p><p><p>"] {
            _ = HTMLArticle.extract(fragment)
        }
    }

    // MARK: The page's address

    /// A page's canonical link names it, else its Open Graph URL; a relative or
    /// spaced one names nothing; the head's tags leave the text alone.
    @Test func theAddressAPageGivesItself() {
        func address(_ head: String) -> String? {
            HTMLArticle.extract("<html><head>\(head)</head><body><p>The text.</p></body></html>").address
        }
        #expect(address(#"<link rel="canonical" href="https://news.example/story?id=1&amp;p=2">"#) == "https://news.example/story?id=1&p=2")
        #expect(address(#"<meta property="og:url" content="https://news.example/og"><LINK REL="Canonical" HREF="https://news.example/c">"#)
                == "https://news.example/c")
        #expect(address(#"<link rel="canonical" href="/story"><meta property="og:url" content="http://news.example/og">"#)
                == "http://news.example/og")
        #expect(address(#"<link rel="stylesheet" href="https://news.example/site.css">"#) == nil)
        #expect(address(#"<link rel="canonical" href="https://news.example/a b">"#) == nil)
        #expect(address("") == nil)
        #expect(HTMLArticle.extract(#"<head><link rel="canonical" href="https://x.example/s"></head><p>Only this.</p>"#).text == "Only this.")
    }

    // MARK: Robustness

    @Test func randomInputDoesNotCrash() {
        var rng = SplitMix64(seed: 0x4845_4152_5341_59)
        let pieces = ["<", ">", "</", "/>", "<p>", "</p>", "<li>", "<ol start=\"x\">", "<article>", "</article>",
                      "<script>", "</script>", "<!--", "-->", "&", "&#", "&#x", ";", "&amp;", "&nbsp", "\"", "'", "=",
                      " ", "\n", "a", "Word", "<br>", "<nav>", "</div>", "<div class='ad'>", "<title>", "<h1>", "é", "😀"]
        for round in 0..<300 {
            var page = ""
            if round % 2 == 0 {
                let bytes = (0..<Int(rng.next() % 2000)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
                page = String(decoding: bytes, as: UTF8.self)
            } else {
                for _ in 0..<Int(rng.next() % 400) { page += pieces[Int(rng.next() % UInt64(pieces.count))] }
            }
            let e = HTMLArticle.extract(page)
            #expect(!e.text.hasPrefix(" ") && !e.text.hasSuffix(" ") && !e.text.hasSuffix("\n"))
            #expect(!e.text.contains("\n\n\n"))
        }
    }

    @Test func deepNestingAndManyTagsDoNotCrash() {
        let depth = 100_000
        let nested = String(repeating: "<div>", count: depth) + "<p>Deep paragraph.</p>" + String(repeating: "</div>", count: depth)
        #expect(text(nested) == "Deep paragraph.")
        let unclosed = "<article>" + String(repeating: "<span><b><i>", count: depth / 3) + "<p>Inside.</p>"
        #expect(text(unclosed) == "Inside.")
        let stray = "<article><p>Text.</p>" + String(repeating: "</div></span>", count: depth) + "</article>"
        #expect(text(stray) == "Text.")
        let items = "<ul>" + String(repeating: "<li>x", count: depth) + "</ul>"
        #expect(text(items).components(separatedBy: "\n\n").count == depth)
        let quotes = "<p title=\"" + String(repeating: "> <p>", count: depth)
        #expect(text(quotes) == "")
    }

    /// A big page in one pass (its speed is measured in release builds, not here).
    @Test func bigPageIsReadWhole() throws {
        let sample = try TestSupport.readText(Self.samplePage)
        let start = sample.range(of: "<div class=\"story-body\"")!.lowerBound
        let end = sample.range(of: "<footer class=\"story-footer\">")!.lowerBound
        let body = String(sample[start..<end])
        let copies = 1_000_000 / body.utf8.count + 1
        let page = "<html><body><article>" + String(repeating: body, count: copies) + "</article></body></html>"
        #expect(page.utf8.count > 1_000_000)
        let e = HTMLArticle.extract(page)
        #expect(e.text.components(separatedBy: "\n\n").count == copies * 10)
        #expect(!e.text.contains("Advertisement"))
    }
}
