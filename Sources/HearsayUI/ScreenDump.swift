/// A screen as a golden file: the text grid, then the style runs by role.
///
///     screen 40x3
///     ┌ text
///     │Hearsay — sample-editorial.txt
///     │…
///     └ styles
///     0: 0+31 title, 31+9 text
///
/// Trailing blanks of a row are kept out of the text (they are in the styles),
/// so the files read well in a diff. Runs are `start+count role`, in cells.
public enum ScreenDump {
    public static func render(_ buffer: ScreenBuffer) -> String {
        var out = "screen \(buffer.width)x\(buffer.height)\n┌ text\n"
        for row in buffer.rows {
            out += "│" + trimmingTrailingSpaces(row) + "\n"
        }
        out += "└ styles\n"
        for row in 0..<buffer.height {
            let runs = styleRuns(buffer, row: row).map { "\($0.start)+\($0.count) \($0.role)" }
            out += "\(row): " + runs.joined(separator: ", ") + "\n"
        }
        return out
    }

    /// The runs of equal role along one row.
    public static func styleRuns(_ buffer: ScreenBuffer, row: Int) -> [(start: Int, count: Int, role: Role)] {
        var runs: [(start: Int, count: Int, role: Role)] = []
        for x in 0..<buffer.width {
            let role = buffer[row, x].role
            if let last = runs.last, last.role == role {
                runs[runs.count - 1].count += 1
            } else {
                runs.append((x, 1, role))
            }
        }
        return runs
    }

    public static func trimmingTrailingSpaces(_ s: String) -> String {
        var scalars = Substring(s).unicodeScalars
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
