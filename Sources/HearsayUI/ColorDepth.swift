/// How many colours the terminal can show. Themes are written in RGB (or 256-colour
/// indices) and degrade step by step: truecolor → 256 → 16 → 8 → monochrome.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
    case monochrome = 0, eight, sixteen, twoFiftySix, trueColor

    /// The depth for a terminal reporting `colors` (ncurses `COLORS`).
    public init(colors: Int) {
        switch colors {
        case 0x1000000...: self = .trueColor
        case 256...: self = .twoFiftySix
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .monochrome
        }
    }

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }
}

extension Color {
    /// The colour number to give the terminal at `depth` (ncurses colour number:
    /// 0xRRGGBB on direct-colour terminals, else a palette index), or nil in monochrome.
    public func terminalNumber(at depth: ColorDepth) -> Int? {
        switch depth {
        case .monochrome:
            return nil
        case .trueColor:
            let (r, g, b) = rgb
            return Int(r) << 16 | Int(g) << 8 | Int(b)
        case .twoFiftySix:
            if case .indexed(let i) = self { return Int(i) }
            return Color.nearest(rgb, among: 16..<256)
        case .sixteen:
            if case .indexed(let i) = self, i < 16 { return Int(i) }
            return Color.nearest(rgb, among: 0..<16)
        case .eight:
            if case .indexed(let i) = self, i < 16 { return Int(i % 8) }
            return Color.nearest(rgb, among: 0..<8)
        }
    }

    /// The colour as RGB (palette indices as xterm draws them by default).
    public var rgb: (UInt8, UInt8, UInt8) {
        switch self {
        case .rgb(let r, let g, let b): return (r, g, b)
        case .indexed(let i): return Color.xtermRGB(Int(i))
        }
    }

    static let ansi16: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    static func xtermRGB(_ i: Int) -> (UInt8, UInt8, UInt8) {
        if i < 16 { return ansi16[i] }
        if i < 232 {
            let n = i - 16
            return (cubeLevels[n / 36], cubeLevels[n / 6 % 6], cubeLevels[n % 6])
        }
        let grey = UInt8(8 + 10 * (i - 232))
        return (grey, grey, grey)
    }

    /// The palette index in `range` closest to `rgb` (squared distance, weighted
    /// towards green as the eye is).
    static func nearest(_ rgb: (UInt8, UInt8, UInt8), among range: Range<Int>) -> Int {
        var best = range.lowerBound, bestDistance = Int.max
        for i in range {
            let c = xtermRGB(i)
            let dr = Int(c.0) - Int(rgb.0), dg = Int(c.1) - Int(rgb.1), db = Int(c.2) - Int(rgb.2)
            let d = 3 * dr * dr + 4 * dg * dg + 2 * db * db
            if d < bestDistance { best = i; bestDistance = d }
        }
        return best
    }
}
