extension HTMLText {
    var english: String {
        let number = NumberFormat(.english)
        switch self {
        case .title(let name): return "Evaluation of \(name)"
        case .contents: return "Contents"
        case .acrossProjectsLink: return "Across projects (Tabel 3)"
        case .howToRead: return "How to read the figures"
        case .legendScale:
            return
                "Collaboration questions: mean on the scale 1 (not at all) to 7 (to a very high degree) per period; the light band is the 95% confidence interval."
        case .legendLights:
            return
                "Traffic lights: share of children in green (bottom), yellow and red (top) position; n under each bar is the number of children assessed (the number alone in the institutions' small charts)."
        case .legendSuppressed(let minimumCell):
            return
                "u. = suppressed: fewer than \(Language.english.counted(minimumCell, "child", "children")), or hidden so that another institution's figure cannot be worked out from the total. Only n is shown."
        case .legendImpactPhase: return "Yellow background: the project's impact phase."
        case .legendHatching(let periods):
            return "Hatching: not collected" + (periods.isEmpty ? "" : " – " + periods.joined(separator: ", "))
                + ". A dashed line skips a period."
        case .dataPerPeriod: return "Data per period"
        case .childrenPerPeriodOnAverage(let perPeriod, let published):
            return "Children per period on average: \(perPeriod) (published: \(published))."
        case .collaborationHeading: return "Collaboration with parents and partners (1-7)"
        case .trafficLightsHeading: return "Children's wellbeing and language (traffic lights)"
        case .childrenWhoLeftSuffix: return ", children who left"
        case .activity: return "Activity"
        case .activitiesCaption:
            return "Registered activities per period (– = not registered); children over several periods is children per period."
        case .institutionsHeading: return "The institutions"
        case .acrossProjects: return "Across projects"
        case .municipality: return "Municipality"
        case .project: return "Project"
        case .greenWellbeingFirst: return "Green wellbeing, first"
        case .greenWellbeingLast: return "Green wellbeing, last"
        case .projectsSideBySideCaption:
            return "The projects side by side. Shares compare within a project, not between projects."
        case .fileColumn: return "File"
        case .lineColumn: return "Line"
        case .columnColumn: return "Column"
        case .severityColumn: return "Severity"
        case .codeColumn: return "Code"
        case .problemColumn: return "Problem"
        case .problemsCaption: return "Problems in the data (all are in problems.csv)"
        case .moreProblems(let count): return "… and \(number.integer(count)) more in problems.csv."
        case .periodTitle(let period): return "Period \(period)"
        case .periodInSentence(let period): return "period \(period)"
        case .lightTooltip(let period, let light, let count, let n, let share):
            return
                "Period \(period): \(LabelText.light(light).english) \(number.integer(count)) of \(number.integer(n)) (\(share))"
        case .lightsDescription(let parts):
            return "Share of children in green, yellow and red position per period: "
                + (parts.isEmpty ? "no assessments" : parts.joined(separator: "; ")) + "."
        case .scaleDescription(let parts):
            return "Mean on the 1-7 scale with 95% interval per period: "
                + (parts.isEmpty ? "no ratings" : parts.joined(separator: "; ")) + "."
        case .notCollected: return "not collected"
        case .impactPhaseNote: return "impact phase"
        }
    }
}
