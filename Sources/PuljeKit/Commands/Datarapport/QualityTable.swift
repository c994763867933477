/// quality.csv (issue 18): one row per follow-up flag, its message from the wording layer.
public enum QualityTable {
    public static let header = [
        "project", "institution", "period", "code", "measure", "value", "compared_with", "message",
    ]

    /// The file's text for `flags`, messages in `language`.
    public static func csv(_ flags: [QualityFlag], language: Language, style: CSVWriter.Style = .standard) -> String {
        var writer = CSVWriter(header: header, style: style)
        for flag in flags {
            writer.text(flag.project.rawValue)
            writer.text(flag.institution ?? "")
            writer.integer(flag.period.number)
            writer.text(flag.code.rawValue)
            writer.text(flag.measure ?? "")
            writer.number(flag.value.map { ReportNumber(measured: $0, .perPeriod) })
            writer.number(flag.comparedWith.map { ReportNumber(measured: $0, .perPeriod) })
            writer.text(language.text(FollowUpText.message(flag)))
            writer.endRow()
        }
        return writer.text
    }
}
