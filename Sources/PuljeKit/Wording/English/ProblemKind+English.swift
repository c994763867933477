/// The English sentence of every problem (SPEC 3.5): what is wrong and what would be right, as an
/// analyst reads it in `validate`'s listing, `problems.csv` and the reports.
extension ProblemKind {
    public var english: String {
        switch self {
        case .unreadableFile(let reason):
            "The file cannot be read (\(reason.english))."
        case .notARegularFile(let type):
            "This is not a regular file but \(type.englishLabel); it was not read. Name a saved CSV file instead."
        case .fileChangedWhileRead:
            "The file changed while it was read (its size or modification time changed meanwhile); none of its rows are counted. Run again once the file is no longer being written."
        case .unsupportedEncoding(let encoding):
            "The file is saved as \(encoding). Save it as \"CSV UTF-8\" or \"CSV (semicolon delimited)\" in Excel."
        case .encodingUncertain(let likely):
            "The file is not saved as UTF-8, and its header line does not settle which encoding it is in; it looks like \(likely.rawValue) (\(likely.excelFormat)). The file was not read, so that no name with æ, ø or å is read wrong. Save the sheet as \"CSV UTF-8 (Comma delimited)\" in Excel."
        case .invalidUTF16:
            "The file is saved as UTF-16 (Unicode text), but this line holds an invalid character (an unpaired surrogate, or the file ends inside a character); the file was not read. Save the sheet as \"CSV UTF-8 (Comma delimited)\" in Excel."
        case .binaryFile:
            "The file is not a text file (it contains NUL bytes). Save the sheet as CSV."
        case .emptyFile:
            "The file is empty."
        case .headerOnly:
            "The file has a header line but no rows."
        case .unrecognisedSheet(let lines):
            "The columns show neither an institution sheet nor a child sheet (no 'dagtilbud' and no indicator columns\(Self.englishSearched(lines))); the file was not read."
        case .missingColumn(let column, let lines):
            "The column '\(column)' is missing\(Self.englishSearched(lines)) and the file's path does not give it; the file was not read."
        case .headerNotOnFirstLine(let line, let rows):
            "The header line (with 'dagtilbud') is on line \(line); the \(rows == 1 ? "row" : "\(rows) rows") above it (a title or notes) \(rows == 1 ? "is" : "are") passed over. Save the sheet with the header on the first line."
        case .duplicateColumn(let column, let first):
            "The column '\(column)' appears twice (also as column \(first)); it is unclear which one holds, so the file was not read."
        case .unknownColumn(let name):
            "Unknown column '\(name)' is ignored."
        case .personalIdentifier(let rows):
            "A value looks like a CPR number. The whole file is refused (\(rows) rows) and the value is not shown. Use a pseudonym instead."
        case .tooManyColumns(let columns, let maximum):
            "The header line has \(columns) columns (at most \(maximum)); this is not a registration sheet, and the file was not read."
        case .personalIdentifierInFileName:
            "The name of the file or its folder holds something that looks like a CPR number. The file was not read and the name is not shown. Rename it."
        case .fieldTooLarge:
            "A field is longer than 1 MB; cells that large do not belong in a registration sheet, and the rest of the file was not read."
        case .malformedQuoting(let unterminated):
            unterminated
                ? "A quote opened in this row is never closed; the row (and the rest of the file) is rejected."
                : "Malformed quoting: a field with \" must be wholly quoted, with \" inside written as \"\". The row is rejected."
        case .reportFolderSkipped:
            "The folder is a report pulje wrote; it was not read as data. Keep reports outside the data folder."
        case .tooManyFields(let fields, let columns):
            "The row has \(fields) fields but the header only \(columns) columns. The row is rejected."
        case .missingValue(let column):
            "'\(column)' is blank. The row is rejected."
        case .countImplausible(let column, let value, let maximum):
            "'\(value)' in '\(column)' is above \(NumberFormat(.english).integer(maximum)), more than one institution can have in one period; it is probably a typing error. Correct the count. The row is rejected."
        case .countAmbiguousThousands(let column, let value, let thousands):
            "'\(value)' in '\(column)' is ambiguous: with the point as thousands separator it is \(thousands), \(Self.decimalReading(of: value).map { "with the point as decimal point it is \($0)" } ?? "with the point as decimal point it is no number at all"). In a comma-separated file the point is the decimal point, but a Danish spreadsheet saving numbers \"as shown\" writes thousands like this. Write the number without thousands separator (\(thousands)), or save the sheet as \"CSV (semicolon delimited)\", where the point separates thousands. The row is rejected."
        case .countNotWholeNumber(let column, let value):
            "'\(value)' in '\(column)' is not a whole number of 0 or more. Write the count (e.g. 12), or leave the cell blank when it was not registered. The row is rejected."
        case .scaleOutOfRange(let question, let value):
            "'\(value)' in '\(question.id)' is not a rating from 1 to 7. Write a whole number from 1 to 7, or leave the cell blank. The row is rejected."
        case .trafficLightInvalid(let assessment, let value):
            "'\(value)' in '\(assessment.rawValue)' is not green, yellow or red. Write groen/green/g, gul/yellow/y or roed/red/r, or leave the cell blank. The row is rejected."
        case .statusInvalid(let value):
            "'\(value)' in 'status' is neither 'aktiv' nor 'udgaaet'. The row is rejected."
        case .ageInvalid(let value):
            "'\(value)' in 'alder' is not an age in years (e.g. 3 or 3.5). The row is rejected."
        case .unknownProject(let value):
            "The project '\(value)' is not in the catalogue. Use the project's id (e.g. 'frederikshavn'). The row is rejected."
        case .periodOutsideCatalogue(let value):
            "'\(value)' is not a data period in the catalogue. The row is rejected."
        case .pathColumnMismatch(let column, let path, let cell):
            "The file's path says \(column) '\(path)' but the column says '\(cell)'. Correct one so they agree. The row is rejected."
        case .duplicateRegistration(let institution, let period, let first):
            "The institution '\(institution)' is already registered for period \(period) (\(first)). The row is rejected; delete one of the registrations."
        case .childCountsDisagree(let series, let sheet, let children):
            "Double registration: the institution sheet says \(series.id) green/yellow/red = \(sheet.green)/\(sheet.yellow)/\(sheet.red), but the child sheet counts \(children.green)/\(children.yellow)/\(children.red). The institution and period are rejected until they agree."
        case .totalsRowByName(let institution):
            "'\(institution)' in 'dagtilbud' is a totals row, not an institution; counted, its figures would double every sum. Delete the row (pulje adds up by itself). The row is rejected."
        case .totalsRowBySums(let institution, let others, let project, let period):
            "The row '\(institution)' holds in every filled-in count column exactly the sum of the \(others) other institutions of project \(project.rawValue), period \(period) in the file: it is a totals row, and counted, its figures would double every sum. Delete the row. If it is a real institution whose figures happen to be the sum, register it in a file of its own. The row is rejected."
        case .periodNotCollected(let period):
            "Period \(period) was not collected according to the catalogue; the data are read, but check the period."
        case .trafficLightIncomplete(let series, let blank):
            "\(series.id): \(blank.map { $0.label(.english) }.joined(separator: ", ")) is blank while the other colours are filled in; the \(series.id) count is left out. Write 0 where no child is placed."
        case .moreAssessedThanAttached(let series, let assessed, let attached):
            "\(assessed) children are assessed (\(series.id)) but only \(attached) are attached to the project."
        case .moreEventsThanParticipants(let events, let participants):
            "\(events) parent events but only \(participants) participants in all."
        case .controlCharacterRemoved(let column, let value, let characters):
            "The cell in '\(column)' held invisible control characters (\(characters)), which were removed; it is read as '\(value)'. Correct the cell in the sheet (type the text again rather than pasting it)."
        }
    }

    /// Which lines were looked at for a header: empty when only one was.
    private static func englishSearched(_ lines: ClosedRange<Int>?) -> String {
        guard let lines, lines.count > 1 else { return "" }
        return " (no header line with 'dagtilbud' in lines \(lines.lowerBound)-\(lines.upperBound))"
    }
}

extension FileType {
    /// What the path names, as a problem's English sentence says it.
    var englishLabel: String {
        switch self {
        case .namedPipe: "a named pipe (FIFO)"
        case .socket: "a socket"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .folder: "a folder"
        case .unknown: "a file of an unknown type"
        }
    }
}
