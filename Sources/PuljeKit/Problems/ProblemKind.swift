/// Everything that can be wrong with input (SPEC 3.5), each case carrying what its sentence
/// needs. A case never carries a personal identifier: a CPR-like value is reported by
/// position only.
public enum ProblemKind: Hashable, Sendable, WordedText {
    // The file as a whole
    case unreadableFile(reason: FailureReason)
    case notARegularFile(type: FileType)
    case fileChangedWhileRead
    case unsupportedEncoding(encoding: String)
    /// Not UTF-8, and the header does not settle which 8-bit code page: `likely` it seems.
    case encodingUncertain(likely: TextEncoding)
    case invalidUTF16
    case binaryFile
    case emptyFile
    case headerOnly
    /// `searchedLines`: the lines looked at for a header (issue 15), when more than one was.
    case unrecognisedSheet(searchedLines: ClosedRange<Int>? = nil)
    case missingColumn(column: String, searchedLines: ClosedRange<Int>? = nil)
    /// Rows (a title, notes) above the header line, passed over (issue 15).
    case headerNotOnFirstLine(headerLine: Int, rowsAbove: Int)
    case duplicateColumn(column: String, firstColumn: Int)
    case unknownColumn(name: String)
    case personalIdentifier(rowsRefused: Int)
    case personalIdentifierInFileName
    case tooManyColumns(columns: Int, maximum: Int)
    case fieldTooLarge
    /// A folder pulje wrote (a report) found below the data: passed over, never read as sheets.
    case reportFolderSkipped
    // A row
    case malformedQuoting(unterminated: Bool)
    case tooManyFields(fields: Int, columns: Int)
    case missingValue(column: String)
    case countNotWholeNumber(column: String, value: String)
    case countImplausible(column: String, value: String, maximum: Int)
    /// A count in a `,` file written with `.` before groups of three digits (`1.000`): a
    /// Danish spreadsheet saving "as shown" writes one thousand so, where `.` is the decimal
    /// point (SPEC 3.4) and the cell reads as 1. `thousands` is the other reading.
    case countAmbiguousThousands(column: String, value: String, thousands: Int)
    case scaleOutOfRange(question: ScaleQuestion, value: String)
    case trafficLightInvalid(assessment: Assessment, value: String)
    case statusInvalid(value: String)
    case ageInvalid(value: String)
    case unknownProject(value: String)
    case periodOutsideCatalogue(value: String)
    case pathColumnMismatch(column: String, path: String, cell: String)
    case duplicateRegistration(institution: String, period: Period, first: SourceLocation)
    case childCountsDisagree(series: TrafficLightSeries, sheet: TrafficLightCounts, children: TrafficLightCounts)
    /// An institution-sheet row named as a totals row (`I alt`, `Total`, `Sum`: `TotalsRow`).
    case totalsRowByName(institution: String)
    /// An institution-sheet row whose every registered count is the sum of the other rows of
    /// its project and period in the file (`TotalsRow.bySums`).
    case totalsRowBySums(institution: String, others: Int, project: ProjectID, period: Period)
    // Warnings
    case periodNotCollected(period: Period)
    case trafficLightIncomplete(series: TrafficLightSeries, blank: [TrafficLight])
    case moreAssessedThanAttached(series: TrafficLightSeries, assessed: Int, attached: Int)
    case moreEventsThanParticipants(events: Int, participants: Int)
    /// Control characters or a byte-order mark removed from a name (issue 15); `characters`
    /// names them as code points (`U+0013`).
    case controlCharacterRemoved(column: String, value: String, characters: String)

    /// Errors reject the row (or the file); warnings keep it (SPEC 3.5).
    public var severity: Severity {
        switch self {
        case .emptyFile, .headerOnly, .unrecognisedSheet, .unknownColumn, .periodNotCollected, .reportFolderSkipped,
            .trafficLightIncomplete, .moreAssessedThanAttached, .moreEventsThanParticipants, .headerNotOnFirstLine,
            .controlCharacterRemoved:
            .warning
        default:
            .error
        }
    }

    /// A stable identifier scripts and tests can rely on.
    public var code: String {
        switch self {
        case .unreadableFile: "unreadable-file"
        case .notARegularFile: "not-a-regular-file"
        case .fileChangedWhileRead: "file-changed-while-read"
        case .unsupportedEncoding: "unsupported-encoding"
        case .encodingUncertain: "encoding-uncertain"
        case .invalidUTF16: "invalid-utf16"
        case .binaryFile: "not-a-text-file"
        case .emptyFile: "empty-file"
        case .headerOnly: "no-rows"
        case .unrecognisedSheet: "unrecognised-sheet"
        case .missingColumn: "missing-column"
        case .headerNotOnFirstLine: "header-not-on-first-line"
        case .duplicateColumn: "duplicate-column"
        case .unknownColumn: "unknown-column"
        case .personalIdentifier: "cpr-number"
        case .personalIdentifierInFileName: "cpr-in-file-name"
        case .tooManyColumns: "too-many-columns"
        case .fieldTooLarge: "field-too-large"
        case .reportFolderSkipped: "report-folder-skipped"
        case .malformedQuoting: "malformed-quoting"
        case .tooManyFields: "too-many-fields"
        case .missingValue: "missing-value"
        case .countNotWholeNumber: "count-not-whole-number"
        case .countImplausible: "count-implausible"
        case .countAmbiguousThousands: "count-ambiguous-thousands"
        case .scaleOutOfRange: "scale-out-of-range"
        case .trafficLightInvalid: "traffic-light-invalid"
        case .statusInvalid: "status-invalid"
        case .ageInvalid: "age-invalid"
        case .unknownProject: "unknown-project"
        case .periodOutsideCatalogue: "period-outside-catalogue"
        case .pathColumnMismatch: "path-column-mismatch"
        case .duplicateRegistration: "duplicate-registration"
        case .childCountsDisagree: "child-counts-disagree"
        case .totalsRowByName, .totalsRowBySums: "totals-row"
        case .periodNotCollected: "period-not-collected"
        case .trafficLightIncomplete: "traffic-light-incomplete"
        case .moreAssessedThanAttached: "more-assessed-than-attached"
        case .moreEventsThanParticipants: "more-events-than-participants"
        case .controlCharacterRemoved: "control-character-removed"
        }
    }

    /// What is wrong and what would be right, in a sentence an analyst understands (the
    /// sentences are in Wording/Danish/ProblemKind+Danish.swift and its English twin).
    public func message(_ language: Language) -> String {
        language.text(self)
    }

    /// The decimal-point reading of a count written with `.` (trailing zeros dropped: 1.000 is 1,
    /// 12.500 is 12.5), which `countAmbiguousThousands` sets beside the thousands reading; nil for
    /// grouped thousands (1.000.000), which are no decimal number at all.
    static func decimalReading(of value: String) -> String? {
        guard value.filter({ $0 == "." }).count == 1 else { return nil }
        var digits = value
        while digits.hasSuffix("0") { digits.removeLast() }
        if digits.hasSuffix(".") { digits.removeLast() }
        return digits
    }
}

/// Whether a problem rejects data (error) or only asks for a look (warning).
public enum Severity: String, Hashable, Sendable, Comparable {
    case error
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        lhs == .error && rhs == .warning
    }
}
