/// Child rows of one institution-period counted into the four traffic-light series.
struct ChildTally {
    let key: RegistrationKey
    let firstLine: Int
    var rows = 0
    private var trivsel = TrafficLightCounts()
    private var sprog = TrafficLightCounts()
    private var trivselLeft = TrafficLightCounts()
    private var sprogLeft = TrafficLightCounts()
    /// Which series a child was assessed in, bit by bit as `TrafficLightSeries.all`: a series
    /// no child was assessed in is not registered, not 0/0/0.
    private var assessed: UInt8 = 0

    init(key: RegistrationKey, firstLine: Int) {
        self.key = key
        self.firstLine = firstLine
    }

    @inline(__always)
    mutating func add(trivsel light: TrafficLight?, sprog language: TrafficLight?, status: ChildStatus) {
        rows += 1
        if status == .aktiv {
            if let light { trivsel[light] += 1; assessed |= 1 }
            if let language { sprog[language] += 1; assessed |= 2 }
        } else {
            if let light { trivselLeft[light] += 1; assessed |= 4 }
            if let language { sprogLeft[language] += 1; assessed |= 8 }
        }
    }

    func registration(file: String) -> Registration {
        var registration = Registration(key: key, childRows: ChildRowSpan(file: file, rows: rows, firstLine: firstLine))
        for (index, counts) in [trivsel, sprog, trivselLeft, sprogLeft].enumerated() where assessed & (1 << index) != 0 {
            registration[TrafficLightSeries.all[index]] = counts
        }
        return registration
    }
}
