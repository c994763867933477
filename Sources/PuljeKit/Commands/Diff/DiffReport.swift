/// The files `pulje diff` writes: `diff.txt` (the Danish or English rendition), `diff.csv` and
/// `transitions.csv` (README), and, as for `report`, `problems.csv`.
public struct DiffReport: Sendable {
    public let result: ValidationResult
    public let comparison: PeriodComparison
    public let catalogue: Catalogue
    public let language: Language
    /// The data folder's name, for the title.
    public let name: String

    /// The comparison of `from` with `to` in the validated data (which must have been read
    /// with `Validation.keepsChildren` for the panel).
    public init(
        _ result: ValidationResult, from: PeriodScope, to: PeriodScope, catalogue: Catalogue,
        language: Language = .danish, name: String, projects: [ProjectID]? = nil, minimumCell: Int = 5
    ) {
        self.result = result
        self.comparison = PeriodComparison(
            dataset: result.dataset, catalogue: catalogue, from: from, to: to, projects: projects,
            minimumCell: minimumCell)
        self.catalogue = catalogue
        self.language = language
        self.name = name
        var sides = DisclosureProof.Suppressions()
        for change in comparison.trafficLights {
            for side in [TrafficLightChange.Side.from, .to] {
                guard let counts = change.counts(side), change.isSuppressed(side) else { continue }
                if counts.total < minimumCell { sides.primary += 1 } else { sides.secondary += 1 }
            }
        }
        disclosure = DisclosureProof(
            trafficLights: comparison.suppressions.sorted { $0.key < $1.key }.map(\.value),
            panels: comparison.panels.map(comparison.suppression(of:)),
            suppressions: [("diff.csv", sides)])
    }

    /// The audit of what the diff hides; the CLI writes nothing when it does not hold.
    public let disclosure: DisclosureProof

    public func files(
        formats: Set<DataReport.Format> = Set(DataReport.Format.allCases), csvStyle: CSVWriter.Style = .standard
    ) -> [(name: String, contents: String)] {
        var files = figures(formats: formats, csvStyle: csvStyle)
        if formats.contains(.csv) {
            files.append(("problems.csv", ProblemListing(result, language: language).csv(style: csvStyle)))
        }
        return files
    }

    /// The files to write into the report folder: as `files`, with `problems.csv` written as
    /// it is produced (a file of millions of rejected rows is listed in bounded memory).
    public func reportFiles(
        formats: Set<DataReport.Format> = Set(DataReport.Format.allCases), csvStyle: CSVWriter.Style = .standard
    ) -> [ReportFile] {
        var files = figures(formats: formats, csvStyle: csvStyle).reportFiles
        if formats.contains(.csv) { files.append(ProblemListing(result, language: language).file(style: csvStyle)) }
        return files
    }

    private func figures(formats: Set<DataReport.Format>, csvStyle: CSVWriter.Style) -> [(name: String, contents: String)] {
        var files: [(name: String, contents: String)] = []
        if formats.contains(.text) {
            let disclosure = disclosure.lines(language, number: NumberFormat(language))
            files.append(
                (
                    "diff.txt",
                    DiffSummary(comparison, catalogue: catalogue, language: language, name: name).text + "\n"
                        + disclosure.joined(separator: "\n") + "\n"
                ))
        }
        if formats.contains(.csv) { files += DiffTables(comparison).files(style: csvStyle) }
        return files
    }
}

extension PeriodScope {
    /// Reads a side of a comparison as a user writes it: a period number of the catalogue
    /// (`2`) or a phase name (`udbredelse`, `virkning`); nil for anything else.
    public init?(side text: String, catalogue: Catalogue) {
        let trimmed = text.trimmingSpaces()
        if let number = Int(trimmed) {
            guard let info = catalogue.info(for: Period(number)), info.collected else { return nil }
            self = .period(Period(number))
            return
        }
        let name = ColumnName.fold(trimmed)
        let known = Set(catalogue.phases.values.flatMap(\.values))
        guard let phase = known.first(where: { ColumnName.fold($0.name) == name }) else { return nil }
        self = .phase(phase)
    }
}
