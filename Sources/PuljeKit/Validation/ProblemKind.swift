/// Everything that can be wrong with input (SPEC 3.5), each case carrying what its sentence
/// needs. A case never carries a personal identifier: a CPR-like value is reported by
/// position only.
public enum ProblemKind: Hashable, Sendable {
    // The file as a whole
    case unreadableFile(reason: String)
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

    /// What is wrong and what would be right, in a sentence an analyst understands.
    public func message(_ language: Language) -> String {
        let l = language
        switch self {
        case .unreadableFile(let reason):
            return l.pick(
                da: "Filen kan ikke læses (\(reason)).",
                en: "The file cannot be read (\(reason)).")
        case .notARegularFile(let type):
            return l.pick(
                da: "Dette er ikke en almindelig fil, men \(type.label(.danish)); den er ikke læst. Angiv en gemt CSV-fil i stedet.",
                en: "This is not a regular file but \(type.label(.english)); it was not read. Name a saved CSV file instead.")
        case .fileChangedWhileRead:
            return l.pick(
                da: "Filen blev ændret, mens den blev læst (dens størrelse eller ændringstidspunkt skiftede undervejs); ingen af dens rækker er talt med. Kør igen, når filen ikke længere bliver skrevet.",
                en: "The file changed while it was read (its size or modification time changed meanwhile); none of its rows are counted. Run again once the file is no longer being written.")
        case .unsupportedEncoding(let encoding):
            return l.pick(
                da: "Filen er gemt som \(encoding). Gem den som \"CSV UTF-8\" eller \"CSV (semikolonsepareret)\" i Excel.",
                en: "The file is saved as \(encoding). Save it as \"CSV UTF-8\" or \"CSV (semicolon delimited)\" in Excel.")
        case .encodingUncertain(let likely):
            return l.pick(
                da: "Filen er ikke gemt som UTF-8, og overskriftslinjen afgør ikke, hvilket tegnsæt den er gemt i; den ser ud til at være \(likely.rawValue) (\(likely.excelFormat)). Filen er ikke læst, så ingen navne med æ, ø og å læses forkert. Gem arket som \"CSV UTF-8 (kommasepareret)\" i Excel.",
                en: "The file is not saved as UTF-8, and its header line does not settle which encoding it is in; it looks like \(likely.rawValue) (\(likely.excelFormat)). The file was not read, so that no name with æ, ø or å is read wrong. Save the sheet as \"CSV UTF-8 (Comma delimited)\" in Excel.")
        case .invalidUTF16:
            return l.pick(
                da: "Filen er gemt som UTF-16 (Unicode-tekst), men denne linje har et ugyldigt tegn (et uparret surrogat, eller filen slutter midt i et tegn); filen er ikke læst. Gem arket som \"CSV UTF-8 (kommasepareret)\" i Excel.",
                en: "The file is saved as UTF-16 (Unicode text), but this line holds an invalid character (an unpaired surrogate, or the file ends inside a character); the file was not read. Save the sheet as \"CSV UTF-8 (Comma delimited)\" in Excel.")
        case .binaryFile:
            return l.pick(
                da: "Filen er ikke en tekstfil (den indeholder NUL-tegn). Gem arket som CSV.",
                en: "The file is not a text file (it contains NUL bytes). Save the sheet as CSV.")
        case .emptyFile:
            return l.pick(da: "Filen er tom.", en: "The file is empty.")
        case .headerOnly:
            return l.pick(
                da: "Filen har en overskriftslinje, men ingen rækker.",
                en: "The file has a header line but no rows.")
        case .unrecognisedSheet(let lines):
            return l.pick(
                da: "Kolonnerne viser hverken et dagtilbudsark eller et børneark (der mangler 'dagtilbud' og indikatorkolonner\(Self.searched(lines, l))); filen er ikke læst.",
                en: "The columns show neither an institution sheet nor a child sheet (no 'dagtilbud' and no indicator columns\(Self.searched(lines, l))); the file was not read.")
        case .missingColumn(let column, let lines):
            return l.pick(
                da: "Kolonnen '\(column)' mangler\(Self.searched(lines, l)), og filens placering angiver den ikke; filen er ikke læst.",
                en: "The column '\(column)' is missing\(Self.searched(lines, l)) and the file's path does not give it; the file was not read.")
        case .headerNotOnFirstLine(let line, let rows):
            return l.pick(
                da: "Overskriftslinjen (med 'dagtilbud') står på linje \(line); \(rows == 1 ? "rækken" : "de \(rows) rækker") over den (titel eller noter) er sprunget over. Gem arket med overskriften på første linje.",
                en: "The header line (with 'dagtilbud') is on line \(line); the \(rows == 1 ? "row" : "\(rows) rows") above it (a title or notes) \(rows == 1 ? "is" : "are") passed over. Save the sheet with the header on the first line.")
        case .duplicateColumn(let column, let first):
            return l.pick(
                da: "Kolonnen '\(column)' findes to gange (også som kolonne \(first)); det er uklart, hvilken der gælder, så filen er ikke læst.",
                en: "The column '\(column)' appears twice (also as column \(first)); it is unclear which one holds, so the file was not read.")
        case .unknownColumn(let name):
            return l.pick(
                da: "Ukendt kolonne '\(name)' springes over.",
                en: "Unknown column '\(name)' is ignored.")
        case .personalIdentifier(let rows):
            return l.pick(
                da: "En værdi ligner et CPR-nummer. Hele filen er afvist (\(rows) rækker), og værdien vises ikke. Brug et pseudonym i stedet.",
                en: "A value looks like a CPR number. The whole file is refused (\(rows) rows) and the value is not shown. Use a pseudonym instead.")
        case .tooManyColumns(let columns, let maximum):
            return l.pick(
                da: "Overskriftslinjen har \(columns) kolonner (højst \(maximum)); det er ikke et registreringsark, og filen er ikke læst.",
                en: "The header line has \(columns) columns (at most \(maximum)); this is not a registration sheet, and the file was not read.")
        case .personalIdentifierInFileName:
            return l.pick(
                da: "Filens eller mappens navn indeholder noget, der ligner et CPR-nummer. Filen er ikke læst, og navnet vises ikke. Omdøb den.",
                en: "The name of the file or its folder holds something that looks like a CPR number. The file was not read and the name is not shown. Rename it.")
        case .fieldTooLarge:
            return l.pick(
                da: "Et felt er længere end 1 MB; så store celler hører ikke hjemme i et registreringsark, og resten af filen er ikke læst.",
                en: "A field is longer than 1 MB; cells that large do not belong in a registration sheet, and the rest of the file was not read.")
        case .reportFolderSkipped:
            return l.pick(
                da: "Mappen er en rapport, som pulje har skrevet; den er ikke læst som data. Læg rapporter uden for datamappen.",
                en: "The folder is a report pulje wrote; it was not read as data. Keep reports outside the data folder.")
        case .malformedQuoting(let unterminated):
            return unterminated
                ? l.pick(
                    da: "Et citationstegn åbnet i denne række lukkes aldrig; rækken (og resten af filen) er afvist.",
                    en: "A quote opened in this row is never closed; the row (and the rest of the file) is rejected.")
                : l.pick(
                    da: "Forkert brug af citationstegn: et felt med \" skal stå helt i citationstegn, og \" inde i feltet skrives \"\". Rækken er afvist.",
                    en: "Malformed quoting: a field with \" must be wholly quoted, with \" inside written as \"\". The row is rejected.")
        case .tooManyFields(let fields, let columns):
            return l.pick(
                da: "Rækken har \(fields) felter, men overskriften kun \(columns) kolonner. Rækken er afvist.",
                en: "The row has \(fields) fields but the header only \(columns) columns. The row is rejected.")
        case .missingValue(let column):
            return l.pick(
                da: "'\(column)' er tom. Rækken er afvist.",
                en: "'\(column)' is blank. The row is rejected.")
        case .countNotWholeNumber(let column, let value):
            return l.pick(
                da: "'\(value)' i '\(column)' er ikke et helt tal større end eller lig med 0. Skriv antallet (fx 12), eller lad feltet stå tomt, hvis det ikke er registreret. Rækken er afvist.",
                en: "'\(value)' in '\(column)' is not a whole number of 0 or more. Write the count (e.g. 12), or leave the cell blank when it was not registered. The row is rejected.")
        case .countImplausible(let column, let value, let maximum):
            let bound = NumberFormat(l).integer(maximum)
            return l.pick(
                da: "'\(value)' i '\(column)' er over \(bound), mere end ét dagtilbud kan have i én periode; det er sikkert en tastefejl. Ret antallet. Rækken er afvist.",
                en: "'\(value)' in '\(column)' is above \(bound), more than one institution can have in one period; it is probably a typing error. Correct the count. The row is rejected.")
        case .countAmbiguousThousands(let column, let value, let thousands):
            // The decimal-point reading, trailing zeros dropped (1.000 is 1, 12.500 is 12.5);
            // none for grouped thousands (1.000.000), which are no decimal number at all.
            var decimal: String?
            if value.filter({ $0 == "." }).count == 1 {
                var digits = value
                while digits.hasSuffix("0") { digits.removeLast() }
                if digits.hasSuffix(".") { digits.removeLast() }
                decimal = digits
            }
            let da = decimal.map { "med punktum som decimaltegn er det \($0.replacingOccurrences(of: ".", with: ","))" }
                ?? "med punktum som decimaltegn er det slet ikke et tal"
            let en = decimal.map { "with the point as decimal point it is \($0)" }
                ?? "with the point as decimal point it is no number at all"
            return l.pick(
                da: "'\(value)' i '\(column)' er tvetydigt: med punktum som tusindtalsseparator er det \(thousands), \(da). I en kommasepareret fil er punktum decimaltegn, men et dansk regneark, der gemmer tal \"som vist\", skriver tusinder sådan. Skriv tallet uden tusindtalsseparator (\(thousands)), eller gem arket som \"CSV (semikolonsepareret)\", hvor punktum er tusindtalsseparator. Rækken er afvist.",
                en: "'\(value)' in '\(column)' is ambiguous: with the point as thousands separator it is \(thousands), \(en). In a comma-separated file the point is the decimal point, but a Danish spreadsheet saving numbers \"as shown\" writes thousands like this. Write the number without thousands separator (\(thousands)), or save the sheet as \"CSV (semicolon delimited)\", where the point separates thousands. The row is rejected.")
        case .scaleOutOfRange(let question, let value):
            return l.pick(
                da: "'\(value)' i '\(question.id)' er ikke en vurdering fra 1 til 7. Skriv et helt tal fra 1 til 7, eller lad feltet stå tomt. Rækken er afvist.",
                en: "'\(value)' in '\(question.id)' is not a rating from 1 to 7. Write a whole number from 1 to 7, or leave the cell blank. The row is rejected.")
        case .trafficLightInvalid(let assessment, let value):
            return l.pick(
                da: "'\(value)' i '\(assessment.rawValue)' er ikke grøn, gul eller rød. Skriv grøn (groen, g), gul (y) eller rød (roed, r), eller lad feltet stå tomt. Rækken er afvist.",
                en: "'\(value)' in '\(assessment.rawValue)' is not green, yellow or red. Write groen/green/g, gul/yellow/y or roed/red/r, or leave the cell blank. The row is rejected.")
        case .statusInvalid(let value):
            return l.pick(
                da: "'\(value)' i 'status' er hverken 'aktiv' eller 'udgaaet'. Rækken er afvist.",
                en: "'\(value)' in 'status' is neither 'aktiv' nor 'udgaaet'. The row is rejected.")
        case .ageInvalid(let value):
            return l.pick(
                da: "'\(value)' i 'alder' er ikke en alder i år (fx 3 eller 3,5). Rækken er afvist.",
                en: "'\(value)' in 'alder' is not an age in years (e.g. 3 or 3.5). The row is rejected.")
        case .unknownProject(let value):
            return l.pick(
                da: "Projektet '\(value)' findes ikke i kataloget. Brug projektets id (fx 'frederikshavn'). Rækken er afvist.",
                en: "The project '\(value)' is not in the catalogue. Use the project's id (e.g. 'frederikshavn'). The row is rejected.")
        case .periodOutsideCatalogue(let value):
            return l.pick(
                da: "'\(value)' er ikke en dataperiode i kataloget. Rækken er afvist.",
                en: "'\(value)' is not a data period in the catalogue. The row is rejected.")
        case .pathColumnMismatch(let column, let path, let cell):
            return l.pick(
                da: "Filens placering siger \(column) '\(path)', men kolonnen siger '\(cell)'. Ret den ene, så de stemmer. Rækken er afvist.",
                en: "The file's path says \(column) '\(path)' but the column says '\(cell)'. Correct one so they agree. The row is rejected.")
        case .duplicateRegistration(let institution, let period, let first):
            return l.pick(
                da: "Dagtilbuddet '\(institution)' er allerede registreret for periode \(period) (\(first)). Rækken er afvist; slet den ene registrering.",
                en: "The institution '\(institution)' is already registered for period \(period) (\(first)). The row is rejected; delete one of the registrations.")
        case .childCountsDisagree(let series, let sheet, let children):
            return l.pick(
                da: "Dobbeltregistrering: dagtilbudsarket siger \(series.id) grøn/gul/rød = \(sheet.green)/\(sheet.yellow)/\(sheet.red), men børnearket tæller \(children.green)/\(children.yellow)/\(children.red). Dagtilbud og periode er afvist, til tallene stemmer.",
                en: "Double registration: the institution sheet says \(series.id) green/yellow/red = \(sheet.green)/\(sheet.yellow)/\(sheet.red), but the child sheet counts \(children.green)/\(children.yellow)/\(children.red). The institution and period are rejected until they agree.")
        case .totalsRowByName(let institution):
            return l.pick(
                da: "'\(institution)' i 'dagtilbud' er en total-række, ikke et dagtilbud; talt med ville dens tal fordoble summerne. Slet rækken (pulje lægger selv sammen). Rækken er afvist.",
                en: "'\(institution)' in 'dagtilbud' is a totals row, not an institution; counted, its figures would double every sum. Delete the row (pulje adds up by itself). The row is rejected.")
        case .totalsRowBySums(let institution, let others, let project, let period):
            return l.pick(
                da: "Rækken '\(institution)' har i hver udfyldt talkolonne præcis summen af de \(others) andre dagtilbud i projekt \(project.rawValue), periode \(period) i filen: det er en total-række, og talt med ville dens tal fordoble summerne. Slet rækken. Er det et rigtigt dagtilbud, hvis tal tilfældigt er summen, så registrér det i en fil for sig. Rækken er afvist.",
                en: "The row '\(institution)' holds in every filled-in count column exactly the sum of the \(others) other institutions of project \(project.rawValue), period \(period) in the file: it is a totals row, and counted, its figures would double every sum. Delete the row. If it is a real institution whose figures happen to be the sum, register it in a file of its own. The row is rejected.")
        case .periodNotCollected(let period):
            return l.pick(
                da: "Periode \(period) blev ikke indsamlet ifølge kataloget; data er læst, men tjek perioden.",
                en: "Period \(period) was not collected according to the catalogue; the data are read, but check the period.")
        case .trafficLightIncomplete(let series, let blank):
            let colours = blank.map { $0.label(language) }.joined(separator: ", ")
            return l.pick(
                da: "\(series.id): \(colours) er tom, mens de andre farver er udfyldt; tællingen for \(series.id) er ikke medregnet. Skriv 0, hvor ingen børn er placeret.",
                en: "\(series.id): \(colours) is blank while the other colours are filled in; the \(series.id) count is left out. Write 0 where no child is placed.")
        case .moreAssessedThanAttached(let series, let assessed, let attached):
            return l.pick(
                da: "\(assessed) børn er vurderet (\(series.id)), men kun \(attached) er tilknyttet projektet.",
                en: "\(assessed) children are assessed (\(series.id)) but only \(attached) are attached to the project.")
        case .moreEventsThanParticipants(let events, let participants):
            return l.pick(
                da: "\(events) forældrearrangementer, men kun \(participants) deltagere i alt.",
                en: "\(events) parent events but only \(participants) participants in all.")
        case .controlCharacterRemoved(let column, let value, let characters):
            return l.pick(
                da: "Cellen i '\(column)' indeholdt usynlige styretegn (\(characters)), som er fjernet; den læses som '\(value)'. Ret cellen i arket (skriv teksten igen i stedet for at indsætte den).",
                en: "The cell in '\(column)' held invisible control characters (\(characters)), which were removed; it is read as '\(value)'. Correct the cell in the sheet (type the text again rather than pasting it).")
        }
    }

    /// Which lines were looked at for a header, as a message says it: empty when only one was.
    private static func searched(_ lines: ClosedRange<Int>?, _ l: Language) -> String {
        guard let lines, lines.count > 1 else { return "" }
        return l.pick(
            da: " (ingen overskriftslinje med 'dagtilbud' i linje \(lines.lowerBound)-\(lines.upperBound))",
            en: " (no header line with 'dagtilbud' in lines \(lines.lowerBound)-\(lines.upperBound))")
    }
}

extension FileType {
    /// What the path names, as a problem's message says it.
    func label(_ language: Language) -> String {
        switch self {
        case .namedPipe: language.pick(da: "en navngiven pipe (FIFO)", en: "a named pipe (FIFO)")
        case .socket: language.pick(da: "en socket", en: "a socket")
        case .characterDevice: language.pick(da: "en tegnenhed (character device)", en: "a character device")
        case .blockDevice: language.pick(da: "en blokenhed (block device)", en: "a block device")
        case .folder: language.pick(da: "en mappe", en: "a folder")
        case .unknown: language.pick(da: "en ukendt filtype", en: "a file of an unknown type")
        }
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
