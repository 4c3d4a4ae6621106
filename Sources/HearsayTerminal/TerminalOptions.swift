import HearsayUI

/// How the caller wants the terminal set up.
public struct TerminalOptions: Sendable {
    /// Report the wheel, clicks, presses, releases and drags. Off leaves the
    /// terminal's own text selection alone.
    public var mouse: Bool
    /// A colour depth chosen by the user (a `--color` flag, or `.monochrome` for
    /// NO_COLOR). It is capped at what the terminal can show: ncurses cannot emit
    /// colours its terminfo entry does not have.
    public var depthOverride: ColorDepth?

    public init(mouse: Bool = true, depthOverride: ColorDepth? = nil) {
        self.mouse = mouse
        self.depthOverride = depthOverride
    }
}
