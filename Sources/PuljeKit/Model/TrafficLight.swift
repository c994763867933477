/// The three-point scale staff use to place a child (SPEC 2.4): green = thriving or
/// age-appropriate, yellow = beginning concern, red = concern.
public enum TrafficLight: String, CaseIterable, Hashable, Sendable {
    case green = "groen"
    case yellow = "gul"
    case red = "roed"

    /// Reads a cell of a child sheet (SPEC 3.4: `groen`, `grøn`, `green`, `g`; `gul`, `yellow`,
    /// `y`; `roed`, `rød`, `red`, `r`; any case, surrounding spaces ignored).
    public init?(cell: String) {
        switch ColumnName.fold(cell) {
        case "groen", "green", "g": self = .green
        case "gul", "yellow", "y": self = .yellow
        case "roed", "red", "r": self = .red
        default: return nil
        }
    }

    /// Position in `allCases` (green 0, yellow 1, red 2): the row or column of a table.
    public var index: Int {
        switch self {
        case .green: 0
        case .yellow: 1
        case .red: 2
        }
    }

    /// The colour's name, lower case, in `language` (the wording layer's `LabelText`).
    public func label(_ language: Language) -> String {
        language.text(LabelText.light(self))
    }
}
