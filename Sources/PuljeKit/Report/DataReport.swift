/// The files `pulje report` writes for a validated data set: `summary.txt` (the data set per
/// project and the data-quality section), `data_summary.csv` and `problems.csv`.
public struct DataReport: Sendable {
    public let result: ValidationResult
    public let catalogue: Catalogue
    public let language: Language
    /// The data folder's name, for the title.
    public let name: String

    public init(_ result: ValidationResult, catalogue: Catalogue, language: Language = .danish, name: String) {
        self.result = result
        self.catalogue = catalogue
        self.language = language
        self.name = name
    }

    public func files(csvStyle: CSVWriter.Style = .standard) -> [(name: String, contents: String)] {
        let listing = ProblemListing(result, language: language)
        return [
            ("summary.txt", summaryText(listing)),
            ("data_summary.csv", DataSummary(result.dataset, catalogue: catalogue).csv(style: csvStyle)),
            ("problems.csv", listing.csv(style: csvStyle)),
        ]
    }

    private func summaryText(_ listing: ProblemListing) -> String {
        let title = language.pick(da: "pulje: datagrundlag for \(name)", en: "pulje: data for \(name)")
        var out = [title, String(repeating: "=", count: title.count), "", listing.summaryLine(), ""]
        out.append(DataSummary(result.dataset, catalogue: catalogue).text(language))
        let heading = language.pick(da: "Datakvalitet", en: "Data quality")
        out += [heading, String(repeating: "-", count: heading.count)]
        if result.problems.isEmpty {
            out.append(language.pick(da: "Ingen fejl eller advarsler.", en: "No errors or warnings."))
        } else {
            let byCode = Dictionary(grouping: result.problems, by: \.code)
            for code in byCode.keys.sorted() {
                let problems = byCode[code]!
                out.append("  \(code): \(NumberFormat(language).integer(problems.count))")
            }
            out.append("")
            out.append(String(listing.text().dropLast()))  // the listing ends with a line break
        }
        return out.joined(separator: "\n") + "\n"
    }
}
