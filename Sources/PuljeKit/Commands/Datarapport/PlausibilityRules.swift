/// The plausibility rules of the period follow-up (issue 18): against the institution's own
/// previous period (value-jump, copied-row, and the validation warnings), and against the
/// project's other institutions in the period (value-outlier).
enum PlausibilityRules {
    /// value-jump and copied-row against the previous registered period, and the two
    /// validation warnings of the row itself.
    static func ownHistory(_ now: Registration, previous: Registration?, options: PeriodFollowUp.Options)
        -> [QualityFlag]
    {
        var flags: [QualityFlag] = []
        func flag(_ code: QualityFlag.Code, _ measure: String?, _ value: Int?, _ compared: Int?) {
            flags.append(
                QualityFlag(
                    project: now.key.project, institution: now.key.institution, period: now.key.period, code: code,
                    measure: measure, value: value.map(Double.init), comparedWith: compared.map(Double.init)))
        }
        if let previous {
            for indicator in Indicator.allCases {
                guard let value = now[indicator], let before = previous[indicator],
                    isJump(value, before, options)
                else { continue }
                flag(.valueJump, indicator.id, value, before)
            }
            let registeredValues = now.counts.count + now.ratings.count + now.trafficLights.count
            if now.values == previous.values && registeredValues >= options.copiedMinimumValues {
                flag(.copiedRow, nil, nil, nil)
            }
        }
        // The validation warnings (SPEC 3.5), repeated as follow-up for the period.
        for (series, assessed, attached) in now.seriesAssessedBeyondAttached {
            flag(.moreAssessedThanAttached, series.id, assessed, attached)
        }
        if let (events, participants) = now.eventsBeyondParticipants {
            flag(.moreEventsThanParticipants, Indicator.foraeldrearrangementer.id, events, participants)
        }
        return flags
    }

    /// now/before >= ratio or <= 1/ratio (a rise from 0 counts as any ratio), and the change
    /// at least the minimum.
    static func isJump(_ now: Int, _ before: Int, _ options: PeriodFollowUp.Options) -> Bool {
        guard abs(now - before) >= options.jumpMinimumChange else { return false }
        if before == 0 || now == 0 { return true }
        let ratio = Double(now) / Double(before)
        return ratio >= options.jumpRatio || ratio <= 1 / options.jumpRatio
    }

    /// value-outlier: per indicator, the per-child rate (count / children attached) of each
    /// institution against the others' (Iglewicz and Hoaglin's modified z-score,
    /// 0.6745 (x - median) / MAD); only with enough institutions and a MAD above 0.
    static func outliers(_ registrations: [Registration], options: PeriodFollowUp.Options) -> [QualityFlag] {
        var flags: [QualityFlag] = []
        for indicator in Indicator.allCases where indicator != .boern {
            let rates: [(Registration, Double)] = registrations.compactMap { registration in
                guard let count = registration[indicator], let children = registration[.boern], children > 0 else {
                    return nil
                }
                return (registration, Double(count) / Double(children))
            }
            guard rates.count >= options.outlierMinimumInstitutions else { continue }
            let median = Self.median(rates.map(\.1))
            let mad = Self.median(rates.map { abs($0.1 - median) })
            guard mad > 0 else { continue }
            for (registration, rate) in rates where abs(modifiedZ(rate, median: median, mad: mad)) > options.outlierCutoff {
                flags.append(
                    QualityFlag(
                        project: registration.key.project, institution: registration.key.institution,
                        period: registration.key.period, code: .valueOutlier, measure: indicator.id, value: rate,
                        comparedWith: median))
            }
        }
        return flags
    }

    static func modifiedZ(_ value: Double, median: Double, mad: Double) -> Double {
        0.6745 * (value - median) / mad
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
