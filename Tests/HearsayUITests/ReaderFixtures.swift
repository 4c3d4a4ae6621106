import HearsayCore
import HearsayUI

/// Small articles of our own for reducer tests.
enum ReaderFixtures {
    static let threeQuotes = """
        Water talks stall

        “We will not wait another season,” said Sayed Karim, the minister of energy. The talks in Kabul went on for hours.

        Islamabad called the weir “a unilateral act” on Monday. Amina Qadir said the matter would go to the UN.

        “A river is not a tap,” Qadir said. Kabul did not answer. Sayed Karim left early.
        """

    static func article(_ text: String = threeQuotes) -> Article {
        let document = Document(text: text)
        return Article(name: "test.txt", document: document, analysis: Analyzer.analyze(document))
    }

    static func state(_ text: String = threeQuotes, width: Int = 100, height: Int = 30) -> AppState {
        AppState(article: article(text), width: width, height: height)
    }

    /// A long article: `count` numbered paragraphs of a few lines each.
    static func long(paragraphs count: Int) -> String {
        (1...count).map { "Paragraph \($0) says that the river ran low for weeks, and the farmers waited for rain that did not come in time." }
            .joined(separator: "\n\n")
    }
}

extension AppState {
    @discardableResult
    mutating func press(_ keys: String) -> [Effect] {
        KeyScript.play(try! KeyScript.parse(keys), on: &self)
    }

    var cursorText: String {
        let scalars = article.document.scalars
        let end = min(scalars.count, cursor + 24)
        return String(String.UnicodeScalarView(scalars[cursor..<end]))
    }
}
