extension ReportText {
    var english: String {
        let number = NumberFormat(.english)
        switch self {
        case .runCounts(let counts):
            let en = Language.english
            return en.counted(counts.files, "file", "files") + ", " + en.counted(counts.rows, "row", "rows")
                + " (\(number.integer(counts.rejectedRows)) rejected), " + en.counted(counts.projects, "project", "projects")
                + ", " + en.counted(counts.institutions, "institution", "institutions") + ", "
                + en.counted(counts.periods, "period", "periods") + ": " + en.counted(counts.errors, "error", "errors")
                + ", " + en.counted(counts.warnings, "warning", "warnings")
        case .rowsSkipped(let rows):
            return Language.english.counted(rows, "row was", "rows were") + " skipped (see Data quality and problems.csv)."
        case .sheet(let sheet): return "sheet \(sheet)"
        case .cell(let cell): return "cell \(cell)"
        case .line(let line): return "line \(line)"
        case .column(let column): return "column \(column)"
        case .severity(.error): return "error"
        case .severity(.warning): return "warning"
        case .moreOfCodeInFile(let count, let code):
            return "... and \(number.integer(count)) more [\(code)] in this file (all are in problems.csv)"
        case .summaryTitle(let name): return "pulje: evaluation of \(name)"
        case .noImpactPhase: return "(The project did not reach the impact phase in the data periods.)"
        case .dataProblems(0, 0): return "Data problems: none."
        case .dataProblems(let errors, let warnings):
            return "Data problems: " + Language.english.counted(errors, "error", "errors") + ", "
                + Language.english.counted(warnings, "warning", "warnings") + " (see Data quality)."
        case .periodShort(let scope): return "p.\(scope)"
        case .up: return "up"
        case .down: return "down"
        case .unchanged: return "unchanged"
        case .suppressed: return "suppressed"
        case .noProblems: return "No errors or warnings."
        case .period: return "Period"
        case .phase: return "Phase"
        case .institutions: return "Institutions"
        case .childrenAttached: return "Children attached"
        case .childrenAssessedWellbeing: return "Children assessed (wellbeing)"
        case .childrenPerPeriodOnAverage(let perPeriod, let published, let note):
            return "Children per period on average: \(perPeriod) (published: \(published)"
                + (note.isEmpty ? ")" : ", \(note.english))")
        case .impactPhase: return "Impact phase"
        case .wholePeriod: return "Whole period"
        case .activities: return "Activities"
        case .collaborationScale: return "Collaboration (1-7)"
        case .first: return "First"
        case .last: return "Last"
        case .direction: return "Direction"
        case .shareGreen: return "Share green"
        case .acrossProjectsTable: return "Activities across projects (as the evaluation's Tabel 3)"
        case .lastTwelveMonths: return "Last 12 months (periods 6-7)"
        case .childrenPerPeriod: return "Children per period"
        case .dataQuality: return "Data quality"
        }
    }
}
