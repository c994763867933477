extension ReportText {
    var danish: String {
        let number = NumberFormat(.danish)
        switch self {
        case .runCounts(let counts):
            let da = Language.danish
            return da.counted(counts.files, "fil", "filer") + ", " + da.counted(counts.rows, "række", "rækker")
                + " (\(number.integer(counts.rejectedRows)) afvist), " + da.counted(counts.projects, "projekt", "projekter")
                + ", " + da.counted(counts.institutions, "dagtilbud", "dagtilbud") + ", "
                + da.counted(counts.periods, "periode", "perioder") + ": " + da.counted(counts.errors, "fejl", "fejl")
                + ", " + da.counted(counts.warnings, "advarsel", "advarsler")
        case .rowsSkipped(let rows):
            return Language.danish.counted(rows, "række er", "rækker er")
                + " sprunget over (se Datakvalitet og problems.csv)."
        case .sheet(let sheet): return "ark \(sheet)"
        case .cell(let cell): return "celle \(cell)"
        case .line(let line): return "linje \(line)"
        case .column(let column): return "kolonne \(column)"
        case .severity(.error): return "fejl"
        case .severity(.warning): return "advarsel"
        case .moreOfCodeInFile(let count, let code):
            return
                "... og \(number.integer(count)) \(count == 1 ? "mere" : "flere") [\(code)] i denne fil (alle står i problems.csv)"
        case .summaryTitle(let name): return "pulje: evaluering af \(name)"
        case .noImpactPhase: return "(Projektet nåede ikke virkningsfasen i dataperioderne.)"
        case .dataProblems(0, 0): return "Dataproblemer: ingen."
        case .dataProblems(let errors, let warnings):
            return "Dataproblemer: " + Language.danish.counted(errors, "fejl", "fejl") + ", "
                + Language.danish.counted(warnings, "advarsel", "advarsler") + " (se Datakvalitet)."
        case .periodShort(let scope): return "p.\(scope)"
        case .up: return "op"
        case .down: return "ned"
        case .unchanged: return "uændret"
        case .suppressed: return "undertrykt"
        case .noProblems: return "Ingen fejl eller advarsler."
        case .period: return "Periode"
        case .phase: return "Fase"
        case .institutions: return "Dagtilbud"
        case .childrenAttached: return "Børn tilknyttet"
        case .childrenAssessedWellbeing: return "Børn vurderet (trivsel)"
        case .childrenPerPeriodOnAverage(let perPeriod, let published, let note):
            return "Børn pr. periode i gennemsnit: \(perPeriod) (publiceret: \(published)"
                + (note.isEmpty ? ")" : ", \(note.danish))")
        case .impactPhase: return "Virkningsfase"
        case .wholePeriod: return "Hele perioden"
        case .activities: return "Aktiviteter"
        case .collaborationScale: return "Samarbejde (1-7)"
        case .first: return "Første"
        case .last: return "Sidste"
        case .direction: return "Retning"
        case .shareGreen: return "Andel grøn"
        case .acrossProjectsTable: return "Aktiviteter på tværs af projekter (som evalueringens Tabel 3)"
        case .lastTwelveMonths: return "Seneste 12 mdr. (periode 6-7)"
        case .childrenPerPeriod: return "Børn pr. periode"
        case .dataQuality: return "Datakvalitet"
        }
    }
}
