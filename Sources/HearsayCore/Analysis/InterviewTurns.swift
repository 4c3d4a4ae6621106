/// The turns of a question-and-answer interview: paragraphs that open with who
/// speaks and a colon ("Tom Barker: Why return to the island now?", "ML: Because
/// I finally had the distance.", "Q: …" and "A: …"). No quotation marks surround
/// them, but each is its speaker's words, as a reader of the interview takes
/// them; a quotation of the analysis with the rule `turn` (docs/DECISIONS.md 70).
///
/// A text is an interview when at least three paragraphs open so, with two
/// labels at least, and one of them twice or four turns in all ("Tom Barker:"
/// then "TB:" are one speaker's): a lone "Update:" or "Note:" is no turn.
struct InterviewTurns {
    let doc: Document
    let gazetteer: Gazetteer

    /// A paragraph that opens with a label: its label's tokens and the words after the colon.
    struct Turn: Equatable {
        var label: Range<Int>
        var words: TextRange
    }

    /// The turns of the text, in order; empty unless it reads as an interview.
    func turns() -> [Turn] {
        let tokens = doc.tokenTable
        var found: [Turn] = []
        for paragraph in doc.paragraphTokens where paragraph.count >= 3 {
            let first = paragraph.lowerBound
            guard let colon = (first + 1..<min(first + 6, paragraph.upperBound)).first(where: { doc.token($0, isPunctuation: ":") }),
                  colon + 1 < paragraph.upperBound, isLabel(first..<colon) else { continue }
            found.append(Turn(label: first..<colon, words: TextRange(tokens[colon + 1].start, tokens[paragraph.upperBound - 1].end)))
        }
        guard found.count >= 3 else { return [] }
        var counts: [UInt64: Int] = [:]
        for turn in found { counts[labelKey(turn.label), default: 0] += 1 }
        guard counts.count >= 2, found.count >= 4 || counts.values.contains(where: { $0 >= 2 }) else { return [] }
        return found
    }

    /// "Q", "A", initials ("TB"), or up to four capitalised words; not a word
    /// that names nothing ("Note", "Update", "Watch").
    func isLabel(_ label: Range<Int>) -> Bool {
        let tokens = doc.tokenTable
        guard label.allSatisfy({ tokens[$0].kind == .word && (tokens[$0].isCapitalised || tokens[$0].isAllCaps) }) else { return false }
        if label.count == 1 {
            let t = tokens[label.lowerBound]
            if t.end - t.start == 1 { return doc.token(label.lowerBound, is: "q") || doc.token(label.lowerBound, is: "a") }
            if gazetteer.stopwordHashes.contains(doc.hash(ofToken: label.lowerBound)) { return false }
        }
        return label.count <= 4
    }

    private func labelKey(_ label: Range<Int>) -> UInt64 {
        label.reduce(0) { $0 &* 0x100_0000_01B3 &+ doc.hash(ofToken: $1) }
    }

    /// Verbs before "to" and the interviewer: "talks to Tom Barker".
    static let speakingTo = HashedWords.set(["spoke", "talks", "talked", "speaks", "talking", "spoken"])

    /// Adds the interview's turns to `quotations` (in text order, with the
    /// quotations inside an answer made its children) and gives each its
    /// speaker: the person its label names, the person whose initials it is
    /// (who then takes the initials' mentions), the interviewer for "Q" and
    /// the one interviewed for "A" (from the words before the first turn).
    static func add(to quotations: inout [Quotation], table: inout ActorTable, doc: Document, gazetteer: Gazetteer) {
        let finder = InterviewTurns(doc: doc, gazetteer: gazetteer)
        let turns = finder.turns()
        guard !turns.isEmpty else { return }
        let index = MentionIndex(table.mentions)
        let tokens = doc.tokenTable
        let actors = table.actors
        func person(at label: TextRange) -> Mention? {
            index.first(in: label) { actors[$0.actor].type == .person && $0.kind == .named }
        }
        // The people named in the interview's opening: who asks and who answers.
        let opening = TextRange(0, turns[0].words.start)
        let (interviewer, interviewee) = finder.roles(in: opening, index: index, actors: actors)
        var merges: [(from: Int, into: Int)] = []
        var added: [Quotation] = []
        for turn in turns {
            let labelRange = TextRange(tokens[turn.label.lowerBound].start, tokens[turn.label.upperBound - 1].end)
            var actor: Int? = nil
            var kind = MentionKind.named
            if turn.label.count == 1, doc.token(turn.label.lowerBound, is: "q") {
                actor = interviewer
                kind = .nominal
            } else if turn.label.count == 1, doc.token(turn.label.lowerBound, is: "a") {
                actor = interviewee
                kind = .nominal
            } else if let named = person(at: labelRange) {
                actor = named.actor
            } else if turn.label.count == 1, tokens[turn.label.lowerBound].isAllCaps,
                      let owner = finder.personWithInitials(turn.label.lowerBound, actors: actors) {
                actor = owner
                // The initials' own actor ("TB", taken for a body) is that person.
                if let initials = index.first(in: labelRange, where: { $0.range == labelRange }), initials.actor != owner,
                   !merges.contains(where: { $0.from == initials.actor }) {
                    merges.append((initials.actor, owner))
                }
            }
            // ("Pros:", "Cons:", a label that names nobody: no one's words.)
            guard actor != nil || kind == .nominal else { continue }
            let span = QuoteSpan(range: turn.words, content: turn.words, family: .turn, parent: nil, paragraphCount: 1, balanced: true)
            let speaker = actor.map { Speaker(mention: labelRange, mentionKind: kind, actor: $0, cue: nil, rule: "turn") }
            added.append(Quotation(span: span, kind: .direct, confidence: speaker == nil ? 0.4 : 0.85, speaker: speaker))
        }
        if !merges.isEmpty {
            table.merge(merges)
            for m in merges {
                for q in quotations.indices where quotations[q].speaker?.actor == m.from { quotations[q].speaker?.actor = m.into }
            }
        }
        quotations = merged(quotations, added)
    }

    /// The turns and the quotations in text order; a quotation inside a turn
    /// with no parent of its own is the turn's child, and every parent index
    /// follows its quotation to its new place.
    static func merged(_ quotations: [Quotation], _ turns: [Quotation]) -> [Quotation] {
        var result: [Quotation] = []
        result.reserveCapacity(quotations.count + turns.count)
        var newIndex = [Int](repeating: 0, count: quotations.count)
        var t = 0, currentTurn: Int? = nil
        for (q, quotation) in quotations.enumerated() {
            while t < turns.count, turns[t].span.range.start <= quotation.span.range.start {
                currentTurn = result.count
                result.append(turns[t])
                t += 1
            }
            newIndex[q] = result.count
            var moved = quotation
            if let parent = quotation.span.parent {
                moved.span.parent = newIndex[parent]
            } else if let turn = currentTurn, result[turn].span.range.end >= quotation.span.range.end {
                moved.span.parent = turn
            }
            result.append(moved)
        }
        result.append(contentsOf: turns[t...])
        return result
    }

    /// "She spoke to our science editor, Daniel Rees": the person named past
    /// "to" after a speaking verb asks; the first other person named answers.
    func roles(in opening: TextRange, index: MentionIndex, actors: [Actor]) -> (interviewer: Int?, interviewee: Int?) {
        let people = index.mentions(in: opening).filter { actors[$0.actor].type == .person && $0.kind == .named }
        var interviewer: Int? = nil
        for m in people {
            let t = doc.tokenIndex(atOrAfter: m.range.start)
            let back = (max(0, t - 6)..<t)
            if back.contains(where: { doc.token($0, is: "to") }),
               back.contains(where: { doc.tokenTable[$0].kind == .word && Self.speakingTo.contains(doc.lowerHash(ofToken: $0)) })
                || back.contains(where: { doc.token($0, is: "by") }) && back.contains(where: { doc.token($0, is: "interviewed") }) {
                interviewer = m.actor
                break
            }
        }
        let interviewee = people.first { $0.actor != interviewer }?.actor
        return (interviewer, interviewee)
    }

    /// The one person of the text whose name's capitalised words begin with
    /// the letters of the initials at token `i` ("TB": Tom Barker).
    func personWithInitials(_ i: Int, actors: [Actor]) -> Int? {
        let initials = Array(doc.string(doc.tokenTable[i]).unicodeScalars)
        guard initials.count >= 2, initials.count <= 3 else { return nil }
        var found: Int? = nil
        for (a, actor) in actors.enumerated() where actor.type == .person && actor.origin == .text {
            let words = actor.name.split(separator: " ").filter { $0.first?.isUppercase == true }
            guard words.count == initials.count,
                  zip(words, initials).allSatisfy({ $0.0.unicodeScalars.first == $0.1 }) else { continue }
            if found != nil { return nil }
            found = a
        }
        return found
    }
}
