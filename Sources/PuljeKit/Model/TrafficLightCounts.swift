/// How many children were placed in green, yellow and red: one series of one
/// institution-period, or a sum of them.
public struct TrafficLightCounts: Hashable, Sendable {
    public var green: Int
    public var yellow: Int
    public var red: Int

    public init(green: Int = 0, yellow: Int = 0, red: Int = 0) {
        self.green = green
        self.yellow = yellow
        self.red = red
    }

    /// Children assessed.
    public var total: Int { green + yellow + red }

    public subscript(light: TrafficLight) -> Int {
        get {
            switch light {
            case .green: green
            case .yellow: yellow
            case .red: red
            }
        }
        set {
            switch light {
            case .green: green = newValue
            case .yellow: yellow = newValue
            case .red: red = newValue
            }
        }
    }

    public static func + (lhs: TrafficLightCounts, rhs: TrafficLightCounts) -> TrafficLightCounts {
        TrafficLightCounts(
            green: lhs.green + rhs.green, yellow: lhs.yellow + rhs.yellow, red: lhs.red + rhs.red)
    }

    public static func += (lhs: inout TrafficLightCounts, rhs: TrafficLightCounts) {
        lhs = lhs + rhs
    }
}
