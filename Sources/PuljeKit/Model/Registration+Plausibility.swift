/// The two cross-column checks of one registration (SPEC 3.5), asked by validation (as
/// warnings) and by the period follow-up (as flags), so the rule is written once.
extension Registration {
    /// The traffic-light series (trivsel, sprog) with more children assessed than attached.
    public var seriesAssessedBeyondAttached: [(series: TrafficLightSeries, assessed: Int, attached: Int)] {
        guard let attached = self[.boern] else { return [] }
        return [TrafficLightSeries(.trivsel), TrafficLightSeries(.sprog)].compactMap { series in
            guard let assessed = self[series]?.total, assessed > attached else { return nil }
            return (series, assessed, attached)
        }
    }

    /// More parent events than participants in them, or nil when not (or not registered).
    public var eventsBeyondParticipants: (events: Int, participants: Int)? {
        guard let events = self[.foraeldrearrangementer], let participants = self[.foraeldrearrangementerDeltagere],
            events > participants
        else { return nil }
        return (events, participants)
    }
}
