/// Datelines: where a story was filed, before its first sentence, in
/// capitals ("NEW YORK, June 12 (Wireline) -", "KABUL —"). Neither the place
/// nor the wire service's credit is an actor of the story, and the story's
/// first sentence starts after it (its subject is not "ISLAMABAD").
extension Document {
    /// The end of an all-capitals place at a paragraph's start followed by a comma or
    /// a dash ("NEW YORK, June 12", "KABUL —"), or by the wire service's credit
    /// and a dash ("ISLAMABAD (Reuters) -"), or nil.
    func datelineEnd(at i: Int) -> Int? {
        let tokens = tokenTable
        // (The token's own capitals first: every capitalised word asks, few are all capitals.)
        guard tokens[i].isAllCaps, opensParagraph(i) else { return nil }
        var k = i
        while k < min(i + 3, tokens.count), tokens[k].kind == .word, tokens[k].isAllCaps, tokens[k].end - tokens[k].start >= 3 {
            k += 1
        }
        // "LONDON/OSLO, Sept 4 (Wirecast) –": two places filed from, a slash between.
        var places = 1
        while places < 3, k > i, k + 1 < tokens.count, tokens[k].kind == .punctuation, scalars[tokens[k].start] == "/",
              tokens[k + 1].start == tokens[k].end, tokens[k + 1].kind == .word, tokens[k + 1].isAllCaps,
              tokens[k + 1].end - tokens[k + 1].start >= 3 {
            k += 1
            let first = k
            while k < min(first + 3, tokens.count), tokens[k].kind == .word, tokens[k].isAllCaps { k += 1 }
            places += 1
        }
        guard k > i, k + 1 < tokens.count, tokens[k].kind == .punctuation else { return nil }
        let c = scalars[tokens[k].start]
        if c == "-" || ScalarClass.isDash(c) { return k }
        if c == "(" { return creditEnd(from: k) }
        // After a comma, a date must follow ("NATO, the EU and Russia" is no dateline).
        guard c == "," else { return nil }
        // "ARDMORROW, Scotland —", "KAVIR, Tarsana, Sept 14 (AP) —": the region
        // or country after the place, then the dash or the date.
        var region = k + 1
        while region < min(k + 4, tokens.count), tokens[region].kind == .word, tokens[region].isCapitalised,
              !Self.datelineMonths.contains(key(ofToken: region)) {
            region += 1
        }
        if region > k + 1, region + 1 < tokens.count, tokens[region].kind == .punctuation {
            let d = scalars[tokens[region].start]
            if d == "-" || ScalarClass.isDash(d) { return region }
            if d == "," { k = region }
        }
        let next = tokens[k + 1]
        guard next.kind == .number || Self.datelineMonths.contains(key(ofToken: k + 1)) else { return nil }
        // "ALMATY, Feb. 3 (Meridian) -": the wire service's credit after the date
        // belongs to the dateline too (it is not an actor in the story).
        var m = k + 1
        while m < min(k + 6, tokens.count), !(tokens[m].kind == .punctuation && scalars[tokens[m].start] == "(") { m += 1 }
        if m < min(k + 6, tokens.count), let end = creditEnd(from: m) { return end }
        return k
    }

    /// "(Reuters) -" from the "(" at `open`: the dash after a credit of at most
    /// three tokens, or nil.
    func creditEnd(from open: Int) -> Int? {
        let tokens = tokenTable
        guard let close = (open + 1..<min(open + 5, tokens.count)).first(where: {
            tokens[$0].kind == .punctuation && scalars[tokens[$0].start] == ")"
        }), close > open + 1, close + 1 < tokens.count, tokens[close + 1].kind == .punctuation else { return nil }
        let dash = scalars[tokens[close + 1].start]
        return ScalarClass.isDash(dash) || dash == "-" ? close + 1 : nil
    }

    /// The months' names in full (also what a phrase of time names, `TokenContext.timeBefore`).
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                             "October", "November", "December"]

    static let datelineMonths: Set<String> = Set(monthNames + [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ])
}
