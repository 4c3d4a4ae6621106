import HearsayCore

/// A fixture with marked spans: `"Asif said ⟦“not available”⟧ on X"` gives the
/// text `Asif said “not available” on X` and the scalar range of `“not available”`.
///
/// Several pairs are allowed and may nest; `ranges` lists them in the order their
/// opening brackets appear. The brackets are removed and do not count in offsets,
/// which are Unicode scalar offsets, end exclusive, as everywhere in Hearsay.
struct MarkedText {
    static let open: Unicode.Scalar = "\u{27E6}"    // ⟦
    static let close: Unicode.Scalar = "\u{27E7}"   // ⟧

    let text: String
    let ranges: [TextRange]

    init(_ fixture: String) {
        var scalars = String.UnicodeScalarView()
        var starts: [(order: Int, start: Int)] = []
        var found: [(order: Int, range: TextRange)] = []
        var count = 0
        var opened = 0
        for s in fixture.unicodeScalars {
            if s == Self.open {
                starts.append((opened, count))
                opened += 1
            } else if s == Self.close {
                precondition(!starts.isEmpty, "MarkedText: ⟧ without ⟦ in \(fixture)")
                let (order, start) = starts.removeLast()
                found.append((order, TextRange(start, count)))
            } else {
                scalars.append(s)
                count += 1
            }
        }
        precondition(starts.isEmpty, "MarkedText: ⟦ without ⟧ in \(fixture)")
        text = String(scalars)
        ranges = found.sorted { $0.order < $1.order }.map(\.range)
    }

    subscript(_ k: Int) -> TextRange { ranges[k] }

    /// The only marked range.
    var range: TextRange {
        precondition(ranges.count == 1, "MarkedText: \(ranges.count) marked ranges, expected one")
        return ranges[0]
    }

    /// The text of a marked range.
    func string(_ k: Int) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(ranges[k].start).prefix(ranges[k].length)))
    }
}
