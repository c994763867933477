/// A number an output writes, with what it is: its value, exact where it is a ratio of whole
/// numbers, and its `FigureKind`, which says how it is rounded and written. `CSVWriter` and
/// `NumberFormat` take nothing else, so every file follows the one policy.
public struct ReportNumber: Hashable, Sendable {
    /// The value before rounding.
    public enum Value: Hashable, Sendable {
        /// Computed from counts alone: rounded with integer arithmetic.
        case exact(Ratio)
        /// Computed from non-integer inputs (wages, hours, overhead) or through roots and
        /// distributions (intervals, p-values): rounded on its shortest decimal representation.
        case measured(Double)
    }

    public let value: Value
    public let kind: FigureKind

    public init(_ value: Ratio, _ kind: FigureKind) {
        self.value = .exact(value)
        self.kind = kind
    }

    public init(measured value: Double, _ kind: FigureKind) {
        self.value = .measured(value)
        self.kind = kind
    }

    /// A whole number of children, events or institutions.
    public static func count(_ value: Int) -> ReportNumber { ReportNumber(Ratio(value), .count) }

    /// The value rounded as `medium` writes it; nil when it is beyond what is written digit
    /// by digit (then `fallback` is written).
    public func rounded(_ medium: FigureKind.Medium) -> RoundedNumber? {
        let rendering = kind.rendering(medium)
        let shift = rendering.asPercentage ? 2 : 0
        let places = rendering.wholeWithoutDecimals && isWhole ? 0 : rendering.places
        switch value {
        case .exact(let ratio): return RoundedNumber(ratio, places: places, shift: shift)
        case .measured(let double): return RoundedNumber(double, places: places, shift: shift)
        }
    }

    /// Whether the value itself (not its rounding) is a whole number.
    public var isWhole: Bool {
        switch value {
        case .exact(let ratio): ratio.isWhole
        case .measured(let double): double == double.rounded(.towardZero)
        }
    }

    /// -1, 0 or 1, of the value itself.
    public var signum: Int {
        switch value {
        case .exact(let ratio): ratio.signum
        case .measured(let double): double < 0 ? -1 : double > 0 ? 1 : 0
        }
    }

    /// The number as Swift spells it (`1e+19`), for a value too large to round digit by
    /// digit: a report numbers beyond it formats, never traps on.
    public var fallback: String {
        switch value {
        case .exact(let ratio): "\(ratio.double)"
        case .measured(let double): "\(double)"
        }
    }

    /// The number in CSV notation (`.` decimals, no grouping), for the `data-*` attributes of
    /// report.html, which hold the figures of the CSV files.
    public var csv: String { rounded(.csv)?.description ?? fallback }
}
