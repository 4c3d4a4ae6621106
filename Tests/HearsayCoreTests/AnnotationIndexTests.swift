import Foundation
import Testing
@testable import HearsayCore

/// The annotations' index (AnnotationIndex.swift) against plain scans: after any
/// sequence of changes, undos, redos and new arrays, the file holds the same
/// annotations in the same order as the scanning code did, both lookups find
/// what a scan finds, and the index's own parts agree with the array.
@Suite struct AnnotationIndexTests {
    /// Ids, places and times are drawn from small pools, so that ids repeat
    /// (an add that replaces, a changed id that meets another), passages are
    /// annotated twice, and text order falls back on times and ids.
    struct Draw {
        var g: SplitMix64
        var fresh = 0

        static let ids = (0..<12).map { "id\($0)" }
        static let times = ["2025-01-01T00:00:00Z", "2025-01-01T00:00:01Z", "2025-01-02T00:00:00Z"]

        init(seed: UInt64) { g = SplitMix64(seed: seed) }

        mutating func place() -> (start: Int, end: Int) {
            let start = g.below(16)
            return (start, start + g.below(3))
        }

        mutating func id() -> String {
            if g.below(4) == 0 {
                fresh += 1
                return "new\(fresh)"
            }
            return Draw.ids[g.below(Draw.ids.count)]
        }

        mutating func annotation() -> Annotation {
            let (start, end) = place()
            return Annotation(id: id(), anchor: Anchor(start: start, end: end, exact: "x", prefix: "", suffix: ""),
                              tags: g.below(2) == 0 ? ["blame"] : [], created: Draw.times[g.below(Draw.times.count)],
                              orphaned: g.below(6) == 0)
        }

        /// `a` with one thing changed: its note or tags, its place, whether it is an orphan, its time or its id.
        mutating func changed(_ a: Annotation) -> Annotation {
            var b = a
            switch g.below(6) {
            case 0: b.note += "more"
            case 1: b.tags.append("praise")
            case 2: (b.anchor.start, b.anchor.end) = place()
            case 3: b.orphaned.toggle()
            case 4: b.created = Draw.times[g.below(Draw.times.count)]
            default: b.id = id()
            }
            return b
        }

        mutating func pick(_ annotations: [Annotation]) -> Annotation {
            annotations.isEmpty || g.below(8) == 0 ? annotation() : annotations[g.below(annotations.count)]
        }

        mutating func change(in annotations: [Annotation]) -> AnnotationChange {
            switch g.below(4) {
            case 0, 1: return .add(g.below(5) == 0 ? pick(annotations) : annotation())
            case 2: return .remove(pick(annotations))
            default:
                let old = pick(annotations)
                return .replace(old: old, new: changed(old))
            }
        }

        /// A new array as loading or re-anchoring gives one: in any order, ids possibly repeated.
        mutating func array() -> [Annotation] {
            let list = (0..<g.below(30)).map { _ in annotation() }
            return g.below(3) == 0 ? list.sorted(by: AnnotationScanModel.sortsBefore) : list
        }
    }

    /// The file and the scanning model agree on everything a reader can ask.
    func expectAgreement(_ file: AnnotationFile, _ model: AnnotationScanModel, _ step: String,
                         sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Array(file.annotations) == model.annotations, "\(step): the annotations", sourceLocation: sourceLocation)
        for id in Draw.ids + (1...3).map({ "new\($0)" }) + ["absent"] {
            #expect(file.annotationIndex(id: id) == model.firstIndex(id: id), "\(step): id \(id)", sourceLocation: sourceLocation)
        }
        for start in 0..<18 {
            for end in start..<(start + 4) {
                #expect(file.annotationIndex(on: TextRange(start, end)) == model.firstIndex(placedOn: start, end),
                        "\(step): place \(start)..<\(end)", sourceLocation: sourceLocation)
            }
        }
        let problems = indexProblems(file.annotations)
        #expect(problems.isEmpty, "\(step): \(problems)", sourceLocation: sourceLocation)
    }

    @Test(arguments: 0..<40)
    func recordUndoRedoAndNewArraysMatchAScan(seed: Int) {
        var draw = Draw(seed: UInt64(seed))
        let start = draw.array()
        var file = AnnotationFile(document: DocumentFingerprint(sha256: "", length: 100), annotations: start)
        var model = AnnotationScanModel(annotations: start)
        expectAgreement(file, model, "seed \(seed), start")
        for step in 0..<150 {
            let what: String
            switch draw.g.below(10) {
            case 0, 1, 2, 3:
                let changes = (0...draw.g.below(3)).map { _ in draw.change(in: model.annotations) }
                let group = ChangeGroup(label: "step \(step)", changes: changes, time: "t")
                file.record(group)
                model.record(group)
                what = "record \(changes)"
            case 4, 5:
                #expect(file.undo() == model.undo())
                what = "undo"
            case 6, 7:
                #expect(file.redo() == model.redo())
                what = "redo"
            case 8:
                // Through the copying forms too: the copy has its own index.
                let group = ChangeGroup(label: "copy \(step)", changes: [draw.change(in: model.annotations)], time: "t")
                let before = file
                file = file.recording(group)
                model.record(group)
                #expect(indexProblems(before.annotations).isEmpty, "the file copied from was left alone")
                what = "recording \(group.changes)"
            default:
                let array = draw.array()
                file.annotations = AnnotationList(array)
                model.annotations = array
                what = "new array"
            }
            expectAgreement(file, model, "seed \(seed), step \(step), \(what)")
        }
    }

    /// As in the keystroke benchmark: passages come round again, so the list
    /// is out of text order, and a new annotation goes where a scan puts it.
    @Test func aListOutOfOrderGetsItsNewAnnotationWhereAScanPutsIt() {
        let rounds = (0..<300).map { k in
            Annotation(id: String(k), anchor: Anchor(start: (k % 50) * 10, end: (k % 50) * 10 + 5, exact: "x", prefix: "", suffix: ""),
                       created: "2026-11-28T12:00:00Z")
        }
        var file = AnnotationFile(document: DocumentFingerprint(sha256: "", length: 1000), annotations: rounds)
        var model = AnnotationScanModel(annotations: rounds)
        #expect(file.annotations.index.records.count < 60)
        for (k, start) in [255, 0, 499, 500, 12, 250].enumerated() {
            let new = Annotation(id: "new\(k)", anchor: Anchor(start: start, end: start + 3, exact: "x", prefix: "", suffix: ""),
                                 created: "2026-11-28T12:00:00Z")
            let group = ChangeGroup(label: "Tagged", changes: [.add(new)], time: "t")
            file.record(group)
            model.record(group)
            expectAgreement(file, model, "add at \(start)")
        }
        // Undo every addition, then take away the highest annotation of the first round.
        while file.undo() != nil { _ = model.undo() }
        expectAgreement(file, model, "all undone")
        let highest = ChangeGroup(label: "Deleted", changes: [.remove(rounds[49])], time: "t")
        file.record(highest)
        model.record(highest)
        expectAgreement(file, model, "highest removed")
    }

    @Test func aFileReadBackThroughCodableHasItsIndex() throws {
        var draw = Draw(seed: 7)
        let file = AnnotationFile(document: DocumentFingerprint(sha256: "", length: 100), annotations: draw.array())
        let read = try JSONDecoder().decode(AnnotationFile.self, from: JSONEncoder().encode(file))
        #expect(read == file)
        expectAgreement(read, AnnotationScanModel(annotations: Array(file.annotations)), "decoded")
    }

    @Test func reanchoredAnnotationsAreIndexedAnew() {
        let old = ScalarText("The minister said the talks would continue in Geneva next week.".unicodeScalars)
        let new = ScalarText("Yesterday the minister said the talks would continue in Geneva.".unicodeScalars)
        let annotations = [TextRange(4, 12), TextRange(18, 27), TextRange(46, 52), TextRange(53, 62)].enumerated().map { k, r in
            Annotation(id: "a\(k)", anchor: Anchor(r, in: old), created: "2025-01-01T00:00:00Z")
        }
        var file = AnnotationFile(document: DocumentFingerprint(sha256: "", length: old.count), annotations: annotations)
        let found = Reanchoring.reanchor(Array(file.annotations), in: new)
        file.annotations = AnnotationList(found.annotations)
        #expect(found.orphans == 1)
        expectAgreement(file, AnnotationScanModel(annotations: found.annotations), "reanchored")
        for a in found.annotations where !a.orphaned { #expect(file.annotation(on: a.range) == a) }
    }

    /// The checker itself: an index out of step with its array is caught.
    @Test func anIndexOutOfStepIsNoticed() {
        var draw = Draw(seed: 3)
        let annotations = (0..<3).map { k in
            var a = draw.annotation()
            a.id = "c\(k)"
            return a
        }
        let index = AnnotationIndex(annotations)
        #expect(indexProblems(annotations, index).isEmpty)
        // The index of another array, and four parts of it spoilt one by one.
        #expect(!indexProblems(Array(annotations.dropLast()), index).isEmpty)
        var swapped = index
        swapped.positionOfSlot.swapAt(0, 2)
        #expect(!indexProblems(annotations, swapped).isEmpty)
        var reordered = index
        reordered.slotAtPosition.swapAt(0, 1)
        #expect(!indexProblems(annotations, reordered).isEmpty)
        var noPlace = index
        noPlace.slotsByPlace = AnnotationSlotTable(capacity: 0)
        #expect(!indexProblems(annotations, noPlace).isEmpty)
        var noRecords = index
        noRecords.records.removeLast()
        #expect(!indexProblems(annotations, noRecords).isEmpty)
    }
}
