/// Child rows of one institution-period counted into the four traffic-light series.
struct ChildTally {
    let key: RegistrationKey
    let firstLine: Int
    var rows = 0
    /// Indexed like `TrafficLightSeries.all`; nil until a child is assessed in that series.
    var series: [TrafficLightCounts?] = [nil, nil, nil, nil]

    init(key: RegistrationKey, firstLine: Int) {
        self.key = key
        self.firstLine = firstLine
    }

    @inline(__always)
    mutating func add(trivsel: TrafficLight?, sprog: TrafficLight?, status: ChildStatus) {
        rows += 1
        let offset = status == .aktiv ? 0 : 2  // matches TrafficLightSeries.all
        if let trivsel { series[offset, default: TrafficLightCounts()][trivsel] += 1 }
        if let sprog { series[offset + 1, default: TrafficLightCounts()][sprog] += 1 }
    }

    func registration(file: String) -> Registration {
        var lights = [TrafficLightSeries: TrafficLightCounts](minimumCapacity: TrafficLightSeries.all.count)
        for (index, counts) in series.enumerated() {
            if let counts { lights[TrafficLightSeries.all[index]] = counts }
        }
        return Registration(
            key: key, trafficLights: lights,
            childRows: ChildRowSpan(file: file, rows: rows, firstLine: firstLine))
    }
}


extension Array where Element == TrafficLightCounts? {
    fileprivate subscript(index: Int, default defaultValue: TrafficLightCounts) -> TrafficLightCounts {
        get { self[index] ?? defaultValue }
        set { self[index] = newValue }
    }
}
