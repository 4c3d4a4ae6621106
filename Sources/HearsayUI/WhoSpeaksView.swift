import HearsayCore

extension Role {
    /// The bars of the who-speaks table.
    public static let whoSpeaksBar = Role("chart.bar")
    /// The bar of the "(unattributed)" row (falls back to `chart.bar`).
    public static let whoSpeaksBarUnattributed = Role("chart.bar.unattributed")
    /// The header of the column the who-speaks table is sorted by (falls back to `header`).
    public static let whoSpeaksSortColumn = Role("header.sort")
}

/// The who-speaks table: a header row, then one row per actor with its name,
/// type, counts and a bar of the sort column's value against the largest.
///
///      Actor                 Type           ▼Quotes  Words  Mentions  ████████▌
///
/// It degrades with the width: short type names, then (below about 52 cells)
/// only the sort column's count, then no type; bars shrink and vanish before
/// names do. Nothing is ever drawn outside the given rectangle.
public enum WhoSpeaksView {
    public static let emptyMessage = "No quotations with speakers"
    /// Eighths of a cell, from one to seven (a full cell is "█").
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    public static func draw(_ stats: [SpeakerStats], sortKey: WhoSpeaks.SortKey, scroll: Int, selected: Int?,
                            into screen: inout ScreenBuffer, x: Int, y: Int, width: Int, height: Int) {
        let left = max(0, x), right = min(screen.width, x + width)
        let top = max(0, y), bottom = min(screen.height, y + height)
        guard left < right, top < bottom else { return }
        screen.fill(row: top, column: left, count: right - left, role: .header)
        for row in top + 1..<bottom { screen.fill(row: row, column: left, count: right - left, role: .text) }

        let layout = Layout(stats, sortKey: sortKey, left: left, width: right - left)
        drawHeader(layout, sortKey: sortKey, row: top, into: &screen)
        guard !stats.isEmpty else {
            if top + 1 < bottom {
                screen.putClipped(emptyMessage, row: top + 1, column: layout.nameX, role: .muted, limit: layout.right - layout.nameX)
            }
            return
        }
        let rows = bottom - top - 1
        let first = firstRow(count: stats.count, height: bottom - top, scroll: scroll, selected: selected)
        let largest = stats.map { WhoSpeaks.value($0, sortKey) }.max() ?? 0
        for i in 0..<rows where first + i < stats.count {
            let y = top + 1 + i
            drawRow(stats[first + i], layout, sortKey: sortKey, largest: largest, y: y, into: &screen)
            if first + i == selected {
                screen.restyle(row: y, column: left, count: right - left, role: .listSelectedFocused)
            }
        }
    }

    /// The first row shown for `scroll`: within the list, and moved so the
    /// selection is in view (the table's height includes its header row).
    public static func firstRow(count: Int, height: Int, scroll: Int, selected: Int?) -> Int {
        let rows = max(1, height - 1)
        var top = scroll
        if let selected, selected >= 0, selected < count {
            if selected < top { top = selected }
            if selected >= top + rows { top = selected - rows + 1 }
        }
        return max(0, min(top, count - rows))
    }

    /// A bar of `value` against `largest` in at most `cells` cells, in eighths
    /// of a cell; a value above zero shows at least one eighth.
    public static func bar(_ value: Int, of largest: Int, cells: Int) -> String {
        guard value > 0, largest > 0, cells > 0 else { return "" }
        let v = min(value, largest)
        var n = (v * cells * 8 + largest / 2) / largest
        n = max(1, min(n, cells * 8))
        var s = String(repeating: "█", count: n / 8)
        if n % 8 > 0 { s.append(eighths[n % 8 - 1]) }
        return s
    }

    static func label(_ key: WhoSpeaks.SortKey) -> String {
        switch key {
        case .quotations: "Quotes"
        case .words: "Words"
        case .mentions: "Mentions"
        case .name: "Actor"
        }
    }

    static func shortType(_ type: ActorType) -> String {
        type == .organisation ? "org" : type.rawValue
    }

    /// Where each column goes, from the roomiest arrangement that leaves a name
    /// and a bar some room.
    struct Layout {
        var right: Int
        var gap: Int
        var nameX: Int
        var nameWidth: Int
        var typeX: Int?
        var shortTypes: Bool
        /// Each count column: its key and right edge (exclusive) and width.
        var numbers: [(key: WhoSpeaks.SortKey, end: Int, width: Int)]
        var barX: Int
        var barWidth: Int

        init(_ stats: [SpeakerStats], sortKey: WhoSpeaks.SortKey, left: Int, width: Int) {
            let margin = width >= 20 ? 1 : 0
            let inner = max(0, width - 2 * margin)
            let measured: WhoSpeaks.SortKey = sortKey == .name ? .quotations : sortKey
            func columnWidth(_ key: WhoSpeaks.SortKey) -> Int {
                let digits = stats.map { String(WhoSpeaks.value($0, key)).count }.max() ?? 1
                return max(DisplayWidth.of(WhoSpeaksView.label(key)) + 1, digits)
            }
            // (count columns, type column width (0: none), gap, room the name and bar need)
            let all: [WhoSpeaks.SortKey] = [.quotations, .words, .mentions]
            let candidates: [([WhoSpeaks.SortKey], Int, Int, Int)] = [
                (all, 12, 2, 30), (all, 6, 2, 14), ([measured], 12, 2, 30), ([measured], 6, 2, 14), ([measured], 6, 1, 10),
                ([measured], 0, 1, 0),
            ]
            var chosen = candidates[candidates.count - 1]
            for c in candidates {
                let fixed = c.0.map { columnWidth($0) + c.2 }.reduce(0, +) + (c.1 > 0 ? c.1 + c.2 : 0)
                if inner - fixed >= c.3 { chosen = c; break }
            }
            let (keys, typeWidth, gap, _) = chosen
            self.gap = gap
            right = left + margin + inner
            shortTypes = typeWidth < 12
            nameX = left + margin
            var fixed = keys.map { columnWidth($0) + gap }.reduce(0, +) + (typeWidth > 0 ? typeWidth + gap : 0)
            var remaining = inner - fixed
            if remaining < 1 {
                // Not even a name fits beside the counts: the name and one count, clipped.
                fixed = columnWidth(measured) + gap
                remaining = max(1, inner - fixed)
                typeX = nil
                nameWidth = remaining
                numbers = [(measured, nameX + remaining + gap + columnWidth(measured), columnWidth(measured))]
                barX = right
                barWidth = 0
                return
            }
            let header = DisplayWidth.of("Actor ▼")
            let wanted = max(header, stats.map { DisplayWidth.of($0.name) }.max() ?? 0)
            var name = min(wanted, max(8, remaining * 3 / 5))
            var bar = min(50, remaining - name - gap)
            if bar < 3 {
                name = remaining
                bar = 0
            } else if name < wanted {
                // Give names what a capped bar leaves over.
                let spare = remaining - name - gap - bar
                name += min(spare, wanted - name)
            }
            nameWidth = min(name, remaining)
            var at = nameX + nameWidth + gap
            if typeWidth > 0 {
                typeX = at
                at += typeWidth + gap
            } else {
                typeX = nil
            }
            var numbers: [(key: WhoSpeaks.SortKey, end: Int, width: Int)] = []
            for key in keys {
                let w = columnWidth(key)
                numbers.append((key, at + w, w))
                at += w + gap
            }
            self.numbers = numbers
            barX = at
            barWidth = max(0, min(bar, right - at))
        }
    }

    static func drawHeader(_ layout: Layout, sortKey: WhoSpeaks.SortKey, row: Int, into screen: inout ScreenBuffer) {
        let actor = sortKey == .name ? "Actor ▼" : "Actor"
        screen.putClipped(actor, row: row, column: layout.nameX, role: sortKey == .name ? .whoSpeaksSortColumn : .header,
                          limit: layout.nameWidth)
        if let typeX = layout.typeX {
            screen.put("Type", row: row, column: typeX, role: .header, limit: max(0, layout.right - typeX))
        }
        for (key, end, width) in layout.numbers {
            let sorted = key == sortKey
            let text = (sorted ? "▼" : "") + label(key)
            let x = max(end - width, end - DisplayWidth.of(text))
            screen.putClipped(text, row: row, column: x, role: sorted ? .whoSpeaksSortColumn : .header,
                              limit: max(0, min(end, layout.right) - x))
        }
    }

    static func drawRow(_ row: SpeakerStats, _ layout: Layout, sortKey: WhoSpeaks.SortKey, largest: Int, y: Int,
                        into screen: inout ScreenBuffer) {
        let nameRole = row.isUnattributed ? Role.muted : Article.role(of: row.type)
        screen.putClipped(row.name, row: y, column: layout.nameX, role: nameRole, limit: layout.nameWidth)
        if let typeX = layout.typeX, !row.isUnattributed {
            let type = layout.shortTypes ? shortType(row.type) : row.type.rawValue
            screen.putClipped(type, row: y, column: typeX, role: .muted, limit: max(0, layout.right - typeX))
        }
        for (key, end, width) in layout.numbers {
            let value = WhoSpeaks.value(row, key)
            let text = String(value)
            let x = max(end - width, end - DisplayWidth.of(text))
            screen.put(text, row: y, column: x, role: value == 0 ? .muted : .text, limit: max(0, min(end, layout.right) - x))
        }
        if layout.barWidth > 0 {
            let blocks = bar(WhoSpeaks.value(row, sortKey), of: largest, cells: layout.barWidth)
            screen.put(blocks, row: y, column: layout.barX, role: row.isUnattributed ? .whoSpeaksBarUnattributed : .whoSpeaksBar,
                       limit: min(layout.barWidth, layout.right - layout.barX))
        }
    }
}
