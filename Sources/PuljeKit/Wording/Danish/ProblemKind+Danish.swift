/// The Danish sentence of every problem (SPEC 3.5): what is wrong and what would be right, as an
/// analyst reads it in `validate`'s listing, `problems.csv` and the reports.
extension ProblemKind {
    public var danish: String {
        switch self {
        case .unreadableFile(let reason):
            "Filen kan ikke læses (\(reason.danish))."
        case .notARegularFile(let type):
            "Dette er ikke en almindelig fil, men \(type.danishLabel); den er ikke læst. Angiv en gemt CSV-fil i stedet."
        case .fileChangedWhileRead:
            "Filen blev ændret, mens den blev læst (dens størrelse eller ændringstidspunkt skiftede undervejs); ingen af dens rækker er talt med. Kør igen, når filen ikke længere bliver skrevet."
        case .unsupportedEncoding(let encoding):
            "Filen er gemt som \(encoding). Gem den som \"CSV UTF-8\" eller \"CSV (semikolonsepareret)\" i Excel."
        case .encodingUncertain(let likely):
            "Filen er ikke gemt som UTF-8, og overskriftslinjen afgør ikke, hvilket tegnsæt den er gemt i; den ser ud til at være \(likely.rawValue) (\(likely.excelFormat)). Filen er ikke læst, så ingen navne med æ, ø og å læses forkert. Gem arket som \"CSV UTF-8 (kommasepareret)\" i Excel."
        case .invalidUTF16:
            "Filen er gemt som UTF-16 (Unicode-tekst), men denne linje har et ugyldigt tegn (et uparret surrogat, eller filen slutter midt i et tegn); filen er ikke læst. Gem arket som \"CSV UTF-8 (kommasepareret)\" i Excel."
        case .binaryFile:
            "Filen er ikke en tekstfil (den indeholder NUL-tegn). Gem arket som CSV."
        case .emptyFile:
            "Filen er tom."
        case .headerOnly:
            "Filen har en overskriftslinje, men ingen rækker."
        case .unrecognisedSheet(let lines):
            "Kolonnerne viser hverken et dagtilbudsark eller et børneark (der mangler 'dagtilbud' og indikatorkolonner\(Self.danishSearched(lines))); filen er ikke læst."
        case .missingColumn(let column, let lines):
            "Kolonnen '\(column)' mangler\(Self.danishSearched(lines)), og filens placering angiver den ikke; filen er ikke læst."
        case .headerNotOnFirstLine(let line, let rows):
            "Overskriftslinjen (med 'dagtilbud') står på linje \(line); \(rows == 1 ? "rækken" : "de \(rows) rækker") over den (titel eller noter) er sprunget over. Gem arket med overskriften på første linje."
        case .duplicateColumn(let column, let first):
            "Kolonnen '\(column)' findes to gange (også som kolonne \(first)); det er uklart, hvilken der gælder, så filen er ikke læst."
        case .unknownColumn(let name):
            "Ukendt kolonne '\(name)' springes over."
        case .personalIdentifier(let rows):
            "En værdi ligner et CPR-nummer. Hele filen er afvist (\(rows) rækker), og værdien vises ikke. Brug et pseudonym i stedet."
        case .tooManyColumns(let columns, let maximum):
            "Overskriftslinjen har \(columns) kolonner (højst \(maximum)); det er ikke et registreringsark, og filen er ikke læst."
        case .personalIdentifierInFileName:
            "Filens eller mappens navn indeholder noget, der ligner et CPR-nummer. Filen er ikke læst, og navnet vises ikke. Omdøb den."
        case .fieldTooLarge:
            "Et felt er længere end 1 MB; så store celler hører ikke hjemme i et registreringsark, og resten af filen er ikke læst."
        case .malformedQuoting(let unterminated):
            unterminated
                ? "Et citationstegn åbnet i denne række lukkes aldrig; rækken (og resten af filen) er afvist."
                : "Forkert brug af citationstegn: et felt med \" skal stå helt i citationstegn, og \" inde i feltet skrives \"\". Rækken er afvist."
        case .reportFolderSkipped:
            "Mappen er en rapport, som pulje har skrevet; den er ikke læst som data. Læg rapporter uden for datamappen."
        case .tooManyFields(let fields, let columns):
            "Rækken har \(fields) felter, men overskriften kun \(columns) kolonner. Rækken er afvist."
        case .missingValue(let column):
            "'\(column)' er tom. Rækken er afvist."
        case .countImplausible(let column, let value, let maximum):
            "'\(value)' i '\(column)' er over \(NumberFormat(.danish).integer(maximum)), mere end ét dagtilbud kan have i én periode; det er sikkert en tastefejl. Ret antallet. Rækken er afvist."
        case .countAmbiguousThousands(let column, let value, let thousands):
            "'\(value)' i '\(column)' er tvetydigt: med punktum som tusindtalsseparator er det \(thousands), \(Self.decimalReading(of: value).map { "med punktum som decimaltegn er det \($0.replacingOccurrences(of: ".", with: ","))" } ?? "med punktum som decimaltegn er det slet ikke et tal"). I en kommasepareret fil er punktum decimaltegn, men et dansk regneark, der gemmer tal \"som vist\", skriver tusinder sådan. Skriv tallet uden tusindtalsseparator (\(thousands)), eller gem arket som \"CSV (semikolonsepareret)\", hvor punktum er tusindtalsseparator. Rækken er afvist."
        case .countNotWholeNumber(let column, let value):
            "'\(value)' i '\(column)' er ikke et helt tal større end eller lig med 0. Skriv antallet (fx 12), eller lad feltet stå tomt, hvis det ikke er registreret. Rækken er afvist."
        case .scaleOutOfRange(let question, let value):
            "'\(value)' i '\(question.id)' er ikke en vurdering fra 1 til 7. Skriv et helt tal fra 1 til 7, eller lad feltet stå tomt. Rækken er afvist."
        case .trafficLightInvalid(let assessment, let value):
            "'\(value)' i '\(assessment.rawValue)' er ikke grøn, gul eller rød. Skriv grøn (groen, g), gul (y) eller rød (roed, r), eller lad feltet stå tomt. Rækken er afvist."
        case .statusInvalid(let value):
            "'\(value)' i 'status' er hverken 'aktiv' eller 'udgaaet'. Rækken er afvist."
        case .ageInvalid(let value):
            "'\(value)' i 'alder' er ikke en alder i år (fx 3 eller 3,5). Rækken er afvist."
        case .unknownProject(let value):
            "Projektet '\(value)' findes ikke i kataloget. Brug projektets id (fx 'frederikshavn'). Rækken er afvist."
        case .periodOutsideCatalogue(let value):
            "'\(value)' er ikke en dataperiode i kataloget. Rækken er afvist."
        case .pathColumnMismatch(let column, let path, let cell):
            "Filens placering siger \(column) '\(path)', men kolonnen siger '\(cell)'. Ret den ene, så de stemmer. Rækken er afvist."
        case .duplicateRegistration(let institution, let period, let first):
            "Dagtilbuddet '\(institution)' er allerede registreret for periode \(period) (\(first)). Rækken er afvist; slet den ene registrering."
        case .childCountsDisagree(let series, let sheet, let children):
            "Dobbeltregistrering: dagtilbudsarket siger \(series.id) grøn/gul/rød = \(sheet.green)/\(sheet.yellow)/\(sheet.red), men børnearket tæller \(children.green)/\(children.yellow)/\(children.red). Dagtilbud og periode er afvist, til tallene stemmer."
        case .totalsRowByName(let institution):
            "'\(institution)' i 'dagtilbud' er en total-række, ikke et dagtilbud; talt med ville dens tal fordoble summerne. Slet rækken (pulje lægger selv sammen). Rækken er afvist."
        case .totalsRowBySums(let institution, let others, let project, let period):
            "Rækken '\(institution)' har i hver udfyldt talkolonne præcis summen af de \(others) andre dagtilbud i projekt \(project.rawValue), periode \(period) i filen: det er en total-række, og talt med ville dens tal fordoble summerne. Slet rækken. Er det et rigtigt dagtilbud, hvis tal tilfældigt er summen, så registrér det i en fil for sig. Rækken er afvist."
        case .periodNotCollected(let period):
            "Periode \(period) blev ikke indsamlet ifølge kataloget; data er læst, men tjek perioden."
        case .trafficLightIncomplete(let series, let blank):
            "\(series.id): \(blank.map { $0.label(.danish) }.joined(separator: ", ")) er tom, mens de andre farver er udfyldt; tællingen for \(series.id) er ikke medregnet. Skriv 0, hvor ingen børn er placeret."
        case .moreAssessedThanAttached(let series, let assessed, let attached):
            "\(assessed) børn er vurderet (\(series.id)), men kun \(attached) er tilknyttet projektet."
        case .moreEventsThanParticipants(let events, let participants):
            "\(events) forældrearrangementer, men kun \(participants) deltagere i alt."
        case .controlCharacterRemoved(let column, let value, let characters):
            "Cellen i '\(column)' indeholdt usynlige styretegn (\(characters)), som er fjernet; den læses som '\(value)'. Ret cellen i arket (skriv teksten igen i stedet for at indsætte den)."
        }
    }

    /// Which lines were looked at for a header: empty when only one was.
    private static func danishSearched(_ lines: ClosedRange<Int>?) -> String {
        guard let lines, lines.count > 1 else { return "" }
        return " (ingen overskriftslinje med 'dagtilbud' i linje \(lines.lowerBound)-\(lines.upperBound))"
    }
}

extension FileType {
    /// What the path names, as a problem's Danish sentence says it.
    var danishLabel: String {
        switch self {
        case .namedPipe: "en navngiven pipe (FIFO)"
        case .socket: "en socket"
        case .characterDevice: "en tegnenhed (character device)"
        case .blockDevice: "en blokenhed (block device)"
        case .folder: "en mappe"
        case .unknown: "en ukendt filtype"
        }
    }
}
