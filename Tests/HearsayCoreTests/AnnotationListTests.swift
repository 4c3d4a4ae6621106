import Testing
@testable import HearsayCore

/// The list's storage (AnnotationList.swift): each annotation in a slot, the
/// order apart. After random edits it reads as a plain array edited the same
/// way, equals and hashes as a list made afresh from that array, reuses the
/// slots it frees, and a copy that changes leaves the original alone.
@Suite struct AnnotationListTests {
    typealias Draw = AnnotationIndexTests.Draw

    @Test(arguments: 0..<30)
    func randomEditsReadAsTheSameEditsOnAnArray(seed: Int) {
        var draw = Draw(seed: UInt64(1000 + seed))
        let start = draw.array()
        var list = AnnotationList(start)
        var model = AnnotationScanModel(annotations: start)
        var most = start.count
        for step in 0..<200 {
            let what: String
            switch draw.g.below(6) {
            case 0, 1, 2:
                let change = draw.change(in: model.annotations)
                apply(change, to: &list)
                model.record(ChangeGroup(label: "step \(step)", changes: [change], time: "t"))
                what = "\(change)"
            case 3 where !model.annotations.isEmpty:
                // As an array would: another annotation at the same position.
                let i = draw.g.below(model.annotations.count)
                let new = draw.changed(model.annotations[i])
                list[i] = new
                model.annotations[i] = new
                what = "set \(i)"
            case 4:
                // A copy that changes has slots and an index of its own.
                var copy = list
                apply(draw.change(in: model.annotations), to: &copy)
                #expect(indexProblems(copy).isEmpty, "seed \(seed), step \(step): the copy")
                what = "a copy changed"
            default:
                let a = draw.annotation()
                apply(.add(a), to: &list)
                model.record(ChangeGroup(label: "step \(step)", changes: [.add(a)], time: "t"))
                what = "add \(a.id)"
            }
            most = max(most, model.annotations.count)
            let context = "seed \(seed), step \(step), \(what)"
            #expect(Array(list) == model.annotations, "\(context): the annotations")
            #expect(list.count == model.annotations.count && list.isEmpty == model.annotations.isEmpty, "\(context): the count")
            let problems = indexProblems(list)
            #expect(problems.isEmpty, "\(context): \(problems)")
            // Laid out otherwise, the same annotations in the same order.
            let afresh = AnnotationList(model.annotations)
            #expect(list == afresh && list.hashValue == afresh.hashValue, "\(context): equal to a new list of them")
            // A slot is added only when none is free: as many as were ever held at once.
            #expect(list.slots.count == most, "\(context): \(list.slots.count) slots for at most \(most) annotations")
        }
    }

    /// What the storage is for: in a list out of text order, as in the
    /// keystroke benchmark, a new annotation goes near the start, and every
    /// other annotation stays in its slot.
    @Test func anInsertionMovesNoOtherAnnotation() {
        let rounds = (0..<300).map { k in
            Annotation(id: String(k), anchor: Anchor(start: (k % 50) * 10, end: (k % 50) * 10 + 5, exact: "x", prefix: "", suffix: ""),
                       created: "2026-11-28T12:00:00Z")
        }
        var list = AnnotationList(rounds)
        let before = list.slots
        let new = Annotation(id: "new", anchor: Anchor(start: 12, end: 15, exact: "x", prefix: "", suffix: ""), created: "2026-11-28T12:00:00Z")
        list.insertInTextOrder(new)
        #expect(list.firstIndex(id: "new") == 2)
        #expect(Array(list.slots.prefix(before.count)) == before)
        #expect(list.slots.last == new)
        #expect(list != AnnotationList(rounds))
    }

    /// The journal's three changes, as `AnnotationFile.applying` makes them.
    func apply(_ change: AnnotationChange, to list: inout AnnotationList) {
        switch change {
        case .add(let a): list.insertInTextOrder(a)
        case .remove(let a): list.removeAll(id: a.id)
        case .replace(let old, let new): list.replace(id: old.id, with: new)
        default: break
        }
    }
}
