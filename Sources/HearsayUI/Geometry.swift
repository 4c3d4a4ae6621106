/// Where each pane goes for a terminal size. Pure arithmetic, so the reducer
/// (page sizes) and `render` agree on it.
///
///     row 0            header (article title bar | side pane tabs)
///     rows 1…h-3       article text | side pane list
///     row h-2          status line
///     row h-1          prompt or message line
public struct Geometry: Equatable, Sendable {
    public static let minimumWidth = 20
    public static let minimumHeight = 6
    /// Below this width the side pane is hidden unless toggled on, and then covers the article.
    public static let narrowWidth = 80
    /// The longest line of article text, for a comfortable measure.
    public static let maximumMeasure = 78

    public let width: Int
    public let height: Int
    public let isTooSmall: Bool
    public let sidePaneVisible: Bool
    /// The side pane covers the whole width (narrow terminals).
    public let sidePaneCoversArticle: Bool
    public let articleWidth: Int
    public let sideX: Int
    public let sideWidth: Int
    /// The longest line of article text (`reader.wrap` in the configuration); 0: the pane's width.
    public let measureLimit: Int

    /// `sidePaneWidth`: the side pane's columns (nil: a third of the terminal, 28 to 48).
    public init(width: Int, height: Int, sidePaneShown: Bool?, sidePaneWidth: Int? = nil,
                measureLimit: Int = Geometry.maximumMeasure) {
        self.measureLimit = measureLimit
        self.width = width
        self.height = height
        isTooSmall = width < Geometry.minimumWidth || height < Geometry.minimumHeight
        let narrow = width < Geometry.narrowWidth
        let shown = sidePaneShown ?? !narrow
        sidePaneVisible = shown && !isTooSmall
        sidePaneCoversArticle = sidePaneVisible && narrow
        if !sidePaneVisible {
            articleWidth = width
            sideX = width
            sideWidth = 0
        } else if narrow {
            articleWidth = width
            sideX = 0
            sideWidth = width
        } else {
            // A configured width, but the article keeps at least 40 columns.
            let side = sidePaneWidth.map { max(20, min($0, width - 41)) } ?? min(48, max(28, width / 3))
            articleWidth = width - side - 1   // one column for the separator
            sideX = articleWidth + 1
            sideWidth = side
        }
    }

    /// Rows of article text (and of the side pane's list).
    public var bodyRows: Int { max(1, height - 3) }
    public var bodyTop: Int { 1 }
    public var statusRow: Int { height - 2 }
    public var promptRow: Int { height - 1 }
    /// The left margin holds the cursor mark.
    public var textX: Int { articleWidth >= 40 ? 3 : 2 }
    /// The width text is wrapped to.
    public var measure: Int {
        let pane = articleWidth - textX - 1
        return max(1, measureLimit > 0 ? min(measureLimit, pane) : pane)
    }
}
