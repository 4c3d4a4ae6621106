import HearsayCore
import Testing

/// `ReviewedAnalysis.apply`: the user's actor edits and quotation reviews laid
/// over a fresh analysis, every rule, with the indices kept consistent.
@Suite struct ReviewedAnalysisTests {
    static let text = """
        Water Talks Stall

        “We will not accept a dry river,” Foreign Minister Amina Qadir said on Monday.

        The UN envoy said the talks were “a step backwards” for both sides. Qadir later told reporters: “The weir stays open.”

        The Joint River Commission (JRC) said “no new works will be approved.” The JRC meets on Friday, and Kabul has not commented.
        """

    let a = TestSupport.analyze(ReviewedAnalysisTests.text)

    // MARK: Helpers

    /// The range of the first occurrence of `s` in the text.
    func range(_ s: String, in analysis: Analysis? = nil) -> TextRange {
        let text = (analysis ?? a).document.scalars, p = Array(s.unicodeScalars)
        let start = (0...(text.count - p.count)).first { i in (0..<p.count).allSatisfy { text[i + $0] == p[$0] } }!
        return TextRange(start, start + p.count)
    }

    func review(_ r: TextRange, _ decision: QuoteReview.Decision, speaker: String? = nil, kind: Quotation.Kind? = nil,
                orphaned: Bool = false, in analysis: Analysis? = nil) -> QuoteReview {
        QuoteReview(id: "r\(r.start)", anchor: Anchor(r, in: (analysis ?? a).document.scalars), decision: decision,
                    speaker: speaker, kind: kind, orphaned: orphaned, modified: "2025-07-01T00:00:00Z")
    }

    func edit(_ op: ActorEdit.Operation) -> ActorEdit { ActorEdit(op, time: "2025-07-01T00:00:00Z") }

    func apply(_ reviews: [QuoteReview] = [], _ edits: [ActorEdit.Operation] = [], to analysis: Analysis? = nil) -> Analysis {
        let result = ReviewedAnalysis.apply(reviews: reviews, actorEdits: edits.map(edit), to: analysis ?? a)
        consistent(result)
        return result
    }

    /// Same quotations, actors and mentions.
    func same(_ x: Analysis, _ y: Analysis) -> Bool {
        x.quotations == y.quotations && x.actors == y.actors && x.mentions == y.mentions
    }

    func actor(_ name: String, in x: Analysis) -> Int? { x.actors.firstIndex { $0.name == name } }

    /// Every index points where it should: actor ids a1…, mentions' and speakers'
    /// actors, mentions sorted, quotations in text order, parents around children.
    func consistent(_ x: Analysis, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(x.actors.map(\.id) == x.actors.indices.map { "a\($0 + 1)" }, sourceLocation: sourceLocation)
        #expect(x.mentions.allSatisfy { x.actors.indices.contains($0.actor) }, sourceLocation: sourceLocation)
        #expect(zip(x.mentions, x.mentions.dropFirst()).allSatisfy { $0.range <= $1.range }, sourceLocation: sourceLocation)
        #expect(zip(x.quotations, x.quotations.dropFirst()).allSatisfy { $0.range.start <= $1.range.start },
                sourceLocation: sourceLocation)
        for q in x.quotations {
            if let s = q.speaker?.actor { #expect(x.actors.indices.contains(s), sourceLocation: sourceLocation) }
            if let p = q.span.parent {
                #expect(x.quotations.indices.contains(p) && x.quotations[p].range.contains(q.range) && x.quotations[p].range != q.range,
                        sourceLocation: sourceLocation)
            }
        }
        _ = x.quotationCounts   // traps on a bad index
    }

    // MARK: The fixture

    @Test func theFixtureIsWhatTheTestsExpect() throws {
        #expect(a.quotations.map { a.document.string($0.range) }
                == ["“We will not accept a dry river,”", "“a step backwards”", "“The weir stays open.”", "“no new works will be approved.”"],
                "\(a.quotationSummary)")
        #expect(a.quotations.map { a.speakerName($0) } == ["Amina Qadir", "UN envoy", "Amina Qadir", "Joint River Commission"])
        #expect(a.actors.map(\.name) == ["Amina Qadir", "United Nations", "UN envoy", "Joint River Commission", "Afghan Taliban"])
        #expect(a.actors[0].aliases == ["Qadir"] && a.actors[3].aliases == ["JRC"] && a.actors[4].aliases == ["Kabul"])
        consistent(a)
    }

    @Test func nothingToApplyChangesNothing() {
        #expect(same(apply(), a))
        // Orphaned reviews are not applied.
        #expect(same(apply([review(a.quotations[0].range, .rejected, orphaned: true)]), a))
        // Edits of actors that are not there do nothing.
        #expect(same(apply([], [.rename(from: "Nobody", to: "X"), .merge(from: "Nobody", into: "Amina Qadir"),
                               .notAnActor(name: "Nobody"), .setType(name: "Nobody", type: .state),
                               .splitAlias(alias: "N", from: "Nobody")]), a))
        // Nor do reviews outside the text.
        var outside = review(a.quotations[0].range, .rejected)
        outside.anchor.start = a.document.length + 5
        outside.anchor.end = a.document.length + 9
        #expect(same(apply([outside]), a))
    }

    // MARK: Reviews

    @Test func aRejectedQuotationIsRemoved() {
        let r = apply([review(a.quotations[1].range, .rejected)])
        #expect(r.quotations == [a.quotations[0], a.quotations[2], a.quotations[3]])
        #expect(r.actors == a.actors && r.mentions == a.mentions)
    }

    @Test func aSpeakerCorrectedToAnExistingActor() throws {
        let q1 = a.quotations[1], q3 = a.quotations[3]
        // By name, ignoring case, and by alias.
        let r = apply([review(q1.range, .corrected, speaker: "amina qadir"), review(q3.range, .corrected, speaker: "QADIR")])
        let s1 = try #require(r.quotations[1].speaker)
        #expect(r.speakerName(r.quotations[1]) == "Amina Qadir")
        #expect(s1.mention == range("Amina Qadir"))   // her nearest mention before the quotation
        #expect(s1.mentionKind == .named && s1.rule == "review" && s1.rule == ReviewedAnalysis.rule)
        #expect(s1.cue == q1.speaker?.cue)             // the detected speech verb stays
        #expect(r.quotations[1].kind == q1.kind && r.quotations[1].review == .corrected)
        let s3 = try #require(r.quotations[3].speaker)
        #expect(r.speakerName(r.quotations[3]) == "Amina Qadir")
        #expect(s3.mention == TextRange(range("Qadir later").start, range("Qadir later").start + 5))
        #expect(r.document.string(s3.mention) == "Qadir")
        #expect(r.actors == a.actors && r.mentions == a.mentions)
        #expect(r.quotationCounts[0] == 4)
    }

    @Test func aSpeakerCorrectedToANewName() throws {
        let q3 = a.quotations[3]
        let r = apply([review(q3.range, .corrected, speaker: "Lena Maier")])
        #expect(r.actors.count == a.actors.count + 1)
        let new = try #require(r.actors.last)
        #expect(new.name == "Lena Maier" && new.type == .person && new.aliases.isEmpty && new.id == "a6" && new.origin == .speaker)
        #expect(r.mentionCounts().last == 0 && r.quotationCounts.last == 1)
        let s = try #require(r.quotations[3].speaker)
        #expect(s.actor == r.actors.count - 1)
        #expect(s.mention == TextRange(q3.range.start, q3.range.start) && s.rule == "review")
        #expect(r.mentions == a.mentions)
    }

    @Test func aCorrectedKind() throws {
        let q1 = a.quotations[1]
        // The speaker named is the detected one: the detected speaker stays as it was.
        let r = apply([review(q1.range, .corrected, speaker: "UN envoy", kind: .scare)])
        #expect(r.quotations[1].kind == .scare)
        #expect(r.quotations[1].speaker == q1.speaker)
        // A correction without a speaker keeps the detector's; a blank name means none.
        let kindOnly = apply([review(q1.range, .corrected, kind: .echo)])
        #expect(kindOnly.quotations[1].speaker == q1.speaker && kindOnly.quotations[1].kind == .echo)
        let none = apply([review(q1.range, .corrected, speaker: " ")])
        #expect(none.quotations[1].speaker == nil && none.quotations[1].kind == q1.kind && none.quotations[1].review == .corrected)
        #expect(none.quotationCounts[2] == 0 && none.actors == a.actors)
    }

    @Test func anAcceptedQuotationIsOnlyMarked() {
        let r = apply([review(a.quotations[0].range, .accepted)])
        var expected = a.quotations[0]
        expected.review = .accepted
        #expect(r.quotations == [expected] + a.quotations.dropFirst())
        #expect(r.actors == a.actors && r.mentions == a.mentions)
    }

    @Test func aMissedQuotationIsAdded() throws {
        let title = range("Water Talks Stall"), inside = range("a dry river"), unquoted = range("Foreign Minister")
        let r = apply([review(title, .added, kind: .title),
                       review(inside, .added, speaker: "Amina Qadir"),   // added inside a quotation: its own
                       review(unquoted, .corrected, speaker: "UN envoy"),   // corrected, overlapping no quotation: added
                       review(range("Friday"), .accepted), review(range("Kabul"), .rejected),   // unmatched: ignored
                       review(TextRange(5, 5), .added)])   // empty: ignored
        #expect(r.quotations.map(\.range) == [title, a.quotations[0].range, inside, unquoted, a.quotations[1].range,
                                              a.quotations[2].range, a.quotations[3].range])
        let t = r.quotations[0]
        #expect(t.kind == .title && t.speaker == nil && t.review == .added && t.confidence == 1)
        #expect(t.span.content == title && t.span.parent == nil && t.span.paragraphCount == 1 && t.span.balanced)
        let d = r.quotations[2]
        #expect(d.kind == .direct && d.review == .added && d.span.parent == 1)
        #expect(r.speakerName(d) == "Amina Qadir" && d.speaker?.mention == TextRange(inside.start, inside.start))
        let u = r.quotations[3]
        #expect(u.kind == .direct && u.review == .corrected && u.span.parent == nil)
        // The UN envoy's only mention comes after: the speaker's mention is empty, at the start.
        #expect(u.speaker?.actor == a.quotations[1].speaker?.actor && u.speaker?.mention == TextRange(unquoted.start, unquoted.start))
        // The detected quotations are as they were.
        #expect([r.quotations[1], r.quotations[4], r.quotations[5], r.quotations[6]] == a.quotations)
    }

    @Test func aCorrectionOfTheBoundariesMovesTheQuotation() throws {
        let q1 = a.quotations[1], q3 = a.quotations[3]
        let shrunk = range("a step backwards"), grown = range("“no new works will be approved.” The JRC")
        let r = apply([review(shrunk, .corrected), review(grown, .corrected, kind: .direct)])
        #expect(r.quotations.map(\.range) == [a.quotations[0].range, shrunk, a.quotations[2].range, grown])
        #expect(r.quotations[1].speaker == q1.speaker && r.quotations[1].kind == q1.kind && r.quotations[1].review == .corrected)
        #expect(r.quotations[1].span.content == shrunk)   // no marks left
        #expect(r.quotations[3].speaker == q3.speaker && r.quotations[3].kind == .direct && r.quotations[3].review == .corrected)
        #expect(same(apply([review(shrunk, .corrected), review(grown, .corrected, kind: .direct)], to: r), r))
        // Moved before the quotation before it: the order follows.
        let back = TextRange(range("the talks were").start, a.quotations[2].range.end)
        let moved = apply([review(back, .corrected)])
        #expect(moved.quotations.map(\.range) == [a.quotations[0].range, back, q1.range, q3.range])
        #expect(moved.quotations[1].speaker == a.quotations[2].speaker)
        // A quotation already reviewed by its range is not moved: the correction is a quotation of its own.
        let both = apply([review(q1.range, .accepted), review(shrunk, .corrected)])
        #expect(both.quotations.map(\.range) == [a.quotations[0].range, q1.range, shrunk, a.quotations[2].range, q3.range])
        #expect(both.quotations[2].span.parent == 1)
    }

    @Test func aBoundaryCorrectionOfANestedQuotationMovesTheInnerOne() throws {
        let doc = TestSupport.analyze("“They told us ‘never again’ and left,” said Amina Qadir.")
        try #require(doc.quotations.count == 2 && doc.quotations[1].span.parent == 0, "\(doc.quotationSummary)")
        let grown = range("‘never again’ and", in: doc)
        let r = apply([review(grown, .corrected, in: doc)], to: doc)
        #expect(r.quotations.map(\.range) == [doc.quotations[0].range, grown])
        #expect(r.quotations[1].span.parent == 0 && r.quotations[0].review == nil && r.quotations[1].review == .corrected)
        // Grown at the start: still the inner one (it overlaps the outer one less, relative to both).
        let earlier = range("us ‘never again’", in: doc)
        let e = apply([review(earlier, .corrected, in: doc)], to: doc)
        #expect(e.quotations.map(\.range) == [doc.quotations[0].range, earlier] && e.quotations[1].span.parent == 0)
    }

    @Test func anAddedQuotationWithMarksHasItsContentAndFamily() throws {
        let doc = TestSupport.analyze("She called it «a trap» and ‘a trick’ twice.")
        let trap = range("«a trap»", in: doc), trick = range("‘a trick’", in: doc)
        let r = apply([review(trap, .added, kind: .scare, in: doc), review(trick, .added, kind: .scare, in: doc)], to: doc)
        let q = try #require(r.quotation(trap))
        #expect(q.span.content == TextRange(trap.start + 1, trap.end - 1) && q.span.family == .guillemet && q.kind == .scare)
        #expect(r.quotation(trick)?.span.family == .single)
    }

    @Test func nestedQuotationsKeepTheirParentsRight() throws {
        let doc = TestSupport.analyze("Breaking. “They told us ‘never again’ and left,” said Amina Qadir. Later she said “enough.”")
        try #require(doc.quotations.count == 3, "\(doc.quotationSummary)")
        try #require(doc.quotations[1].span.parent == 0)
        // The parent rejected: the child has none; quotations after it move up.
        let r = apply([review(doc.quotations[0].range, .rejected, in: doc)], to: doc)
        #expect(r.quotations.map(\.range) == [doc.quotations[1].range, doc.quotations[2].range])
        #expect(r.quotations[0].span.parent == nil)
        // A quotation added before: parents move down one.
        let before = apply([review(TextRange(0, 8), .added, in: doc)], to: doc)
        #expect(before.quotations.map(\.range) == [TextRange(0, 8)] + doc.quotations.map(\.range))
        #expect(before.quotations.map(\.span.parent) == [nil, nil, 1, nil])
    }

    // MARK: Actor edits

    @Test func rename() throws {
        let r = apply([], [.rename(from: "amina qadir", to: "Amina Qadir-Khan")])
        #expect(r.actors[0].name == "Amina Qadir-Khan" && r.actors[0].aliases == ["Qadir", "Amina Qadir"])
        #expect(r.speakerName(r.quotations[0]) == "Amina Qadir-Khan" && r.speakerName(r.quotations[2]) == "Amina Qadir-Khan")
        #expect(r.mentions == a.mentions)
    }

    @Test func setType() {
        let r = apply([], [.setType(name: "Joint River Commission", type: .group)])
        #expect(r.actors[3].type == .group)
        #expect(r.actors.enumerated().allSatisfy { $0.offset == 3 || $0.element == a.actors[$0.offset] })
    }

    @Test func mergeMovesMentionsAliasesAndSpeakers() throws {
        let r = apply([], [.merge(from: "UN envoy", into: "United Nations")])
        #expect(r.actors.map(\.name) == ["Amina Qadir", "United Nations", "Joint River Commission", "Afghan Taliban"])
        #expect(r.actors[1].aliases == ["UN", "UN envoy"])
        #expect(r.speakerName(r.quotations[1]) == "United Nations")
        #expect(r.mention(range("UN envoy"))?.actor == 1)
        // Every other mention and speaker still names the same actor as before.
        for m in r.mentions where m.range != range("UN envoy") {
            #expect(r.actors[m.actor].name == a.actors[a.mention(m.range)!.actor].name)
        }
        #expect(r.speakerName(r.quotations[3]) == "Joint River Commission" && r.quotationCounts == [2, 1, 1, 0])
    }

    @Test func splitAlias() throws {
        let r = apply([], [.splitAlias(alias: "Qadir", from: "Amina Qadir"), .splitAlias(alias: "JRC", from: "Joint River Commission")])
        let qadir = try #require(actor("Qadir", in: r)), jrc = try #require(actor("JRC", in: r))
        #expect(r.actors[qadir].type == .person && r.actors[jrc].type == .organisation)
        #expect(r.actors[0].aliases.isEmpty && r.actors[actor("Joint River Commission", in: r)!].aliases.isEmpty)
        #expect(r.mention(range("Qadir later"))?.actor == nil)
        #expect(r.mentions.filter { $0.actor == qadir }.map(\.range) == [TextRange(range("Qadir later").start, range("Qadir later").start + 5)])
        #expect(r.mentions.filter { $0.actor == jrc }.count == 2)
        // The quotation spoken through "Qadir" follows it; the others stay.
        #expect(r.speakerName(r.quotations[2]) == "Qadir" && r.speakerName(r.quotations[0]) == "Amina Qadir")
        #expect(r.speakerName(r.quotations[3]) == "Joint River Commission")   // its mention is "Joint River Commission (JRC)"
        // Ordered by first mention: Qadir comes after the UN envoy.
        #expect(r.actors.map(\.name) == ["Amina Qadir", "United Nations", "UN envoy", "Qadir", "Joint River Commission", "JRC", "Afghan Taliban"])
    }

    @Test func notAnActor() throws {
        let r = apply([], [.notAnActor(name: "Afghan Taliban"), .notAnActor(name: "Amina Qadir")])
        #expect(r.actors.map(\.name) == ["United Nations", "UN envoy", "Joint River Commission"])
        #expect(r.mentions.count == a.mentions.count - 3)
        #expect(r.mention(range("Kabul")) == nil && r.mention(range("Amina Qadir")) == nil)
        // Its quotations keep their speaker's words, linked to no actor.
        #expect(r.quotations[0].speaker?.actor == nil && r.quotations[0].speaker?.mention == a.quotations[0].speaker?.mention)
        #expect(r.quotations[2].speaker?.actor == nil)
        #expect(r.speakerName(r.quotations[1]) == "UN envoy" && r.speakerName(r.quotations[3]) == "Joint River Commission")
        for m in r.mentions { #expect(r.actors[m.actor].name == a.actors[a.mention(m.range)!.actor].name) }
    }

    @Test func addAnActor() throws {
        let r = apply([], [.add(name: "river", type: .place), .add(name: "JRC", type: .organisation), .add(name: "Qadi", type: .person)])
        let river = try #require(actor("river", in: r)), jrc = try #require(actor("JRC", in: r)), qadi = try #require(actor("Qadi", in: r))
        // Word-bounded and exact: "River" (capital) and "Qadir" are not occurrences.
        #expect(r.mentions.filter { $0.actor == river }.map(\.range) == [range("river")])
        #expect(r.mentions.filter { $0.actor == river }.allSatisfy { $0.kind == .named })
        #expect(r.mentionCounts()[qadi] == 0 && r.actors[qadi].type == .person)
        // Mentions already found at exactly those places are taken over, not doubled.
        #expect(r.mentions.filter { $0.actor == jrc }.count == 2)
        #expect(r.mentions.count == a.mentions.count + 1)
        #expect(r.actors[river].type == .place && r.actors[river].origin == .text)
        // Adding a name that is an actor already sets its type.
        let again = apply([], [.add(name: "United Nations", type: .group)])
        #expect(again.actors.count == a.actors.count && again.actors[1].type == .group && again.mentions == a.mentions)
    }

    @Test func editsApplyInOrder() throws {
        let r = apply([review(a.quotations[1].range, .corrected, speaker: "Envoy Office")],
                      [.rename(from: "UN envoy", to: "Envoy Office"), .setType(name: "Envoy Office", type: .organisation),
                       .merge(from: "Envoy Office", into: "United Nations")])
        #expect(actor("Envoy Office", in: r) == nil)
        // The review names the merged actor by an alias now.
        #expect(r.speakerName(r.quotations[1]) == "United Nations")
        #expect(r.actors[1].aliases.contains("UN envoy") && r.actors[1].aliases.contains("Envoy Office"))
    }

    // MARK: Idempotence

    @Test func decisionsWinOverAReanalysisApplyingTwiceIsApplyingOnce() {
        let reviews = [review(a.quotations[0].range, .accepted), review(a.quotations[1].range, .rejected),
                       review(range("reporters: “The weir stays open.”"), .corrected, speaker: "Lena Maier", kind: .partial),
                       review(a.quotations[3].range, .corrected, speaker: "JRC"),
                       review(range("Water Talks Stall"), .added, kind: .title),
                       review(range("a dry river"), .corrected, speaker: "Qadir")]
        let edits: [ActorEdit.Operation] = [.rename(from: "Amina Qadir", to: "A. Qadir"), .splitAlias(alias: "JRC", from: "Joint River Commission"),
                                            .merge(from: "UN envoy", into: "United Nations"), .notAnActor(name: "Afghan Taliban"),
                                            .add(name: "Friday", type: .place), .setType(name: "JRC", type: .group)]
        let once = apply(reviews, edits)
        let twice = apply(reviews, edits, to: once)
        #expect(same(once, twice))
        #expect(once.quotations.map(\.review) == [.added, .accepted, .corrected, .corrected, .corrected])
        #expect(once.quotations.map { once.speakerName($0) } == [nil, "A. Qadir", "A. Qadir", "Lena Maier", "JRC"])
        // And the same decisions over a fresh analysis of the same text give the same.
        #expect(same(apply(reviews, edits, to: TestSupport.analyze(ReviewedAnalysisTests.text)), once))
    }

    // MARK: Re-anchoring

    @Test func reviewsAreReanchoredLikeAnnotations() {
        let reviews = [review(a.quotations[0].range, .rejected), review(a.quotations[3].range, .corrected, speaker: "JRC")]
        let edited = ReviewedAnalysisTests.text.replacingOccurrences(of: "Water Talks Stall", with: "Breaking: Water Talks Stall Again")
            .replacingOccurrences(of: "“no new works will be approved.”", with: "nothing at all")
        let scalars = ScalarText(edited.unicodeScalars)
        let found = Reanchoring.reanchor(reviews: reviews, in: scalars)
        #expect(found.moved == 1 && found.orphans == 1)
        #expect(found.reviews[0].range == TextRange(a.quotations[0].range.start + 16, a.quotations[0].range.end + 16))
        #expect(!found.reviews[0].orphaned && found.reviews[1].orphaned)
        #expect(found.reviews[1].anchor == reviews[1].anchor)
        #expect(found.reviews.map(\.decision) == [.rejected, .corrected] && found.reviews[1].speaker == "JRC")
        // The orphan is not applied; the moved one is.
        let fresh = TestSupport.analyze(edited)
        let r = ReviewedAnalysis.apply(reviews: found.reviews, actorEdits: [], to: fresh)
        #expect(r.quotations.count == fresh.quotations.count - 1)
        #expect(!r.quotations.contains { $0.range == found.reviews[0].range })
    }
}
