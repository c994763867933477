extension FailureText {
    public var danish: String {
        switch self {
        case .catalogueLacksFile(let directory, let file):
            "Kataloget i \(directory) mangler filen \(file)."
        case .unreadable(let file, let reason):
            "\(file): kan ikke læses (\(reason.danish))."
        case .malformedQuoting(let file, let line):
            "\(file):\(line): forkert brug af citationstegn."
        case .missingColumn(let file, let column):
            "\(file): kolonnen '\(column)' mangler."
        case .invalidValue(let file, let line, let column, let value, let expected):
            "\(file):\(line) (\(column)): '\(value)' er ugyldig; forventet \(expected.danish)."
        case .duplicate(let file, let line, let value):
            "\(file):\(line): '\(value)' står der allerede."
        case .projectNotInProjectsFile(let file, let line, let value):
            "\(file):\(line): projektet '\(value)' står ikke i projects.csv."
        case .periodNotInPeriodsFile(let file, let line, let value):
            "\(file):\(line): perioden '\(value)' står ikke i periods.csv."
        case .missingWage(let role, let activity, let file, let line):
            "\(file):\(line): '\(activity)' bruger rollen '\(role)', som lønfilen ikke har en årsløn for."
        case .noChildren(let activity, let file, let line):
            "\(file):\(line): '\(activity)' har 0 børn pr. afholdelse; prisen pr. barn kan ikke beregnes."
        case .negativeHours(let role, let activity, let file, let line):
            "\(file):\(line): '\(activity)' har et negativt antal timer for '\(role)'."
        case .indexLacksYear(let file, let year):
            "\(file) har intet indeks for \(year)."
        case .dataNotFound(let path):
            "Filen eller mappen findes ikke: \(path)"
        case .dataFolderUnreadable(let path):
            "Mappen kan ikke læses: \(path)"
        case .dataIsReport(let path):
            "\(path) er en rapport, som pulje har skrevet, ikke en datamappe. Angiv mappen med arkene."
        case .outIsFile(let path):
            "\(path) er en fil, ikke en mappe; pulje overskriver den ikke. Vælg en mappe med --out."
        case .outNotOwned(let path, let examples, let count):
            "\(path) er ikke tom og er ikke skrevet af pulje (den indeholder \(Self.danishList(examples, count: count))). pulje erstatter kun"
                + " mapper, den selv har skrevet: vælg en ny eller tom mappe med --out."
        case .outHoldsOtherFiles(let path, let examples, let count):
            "\(path) er skrevet af pulje, men indeholder nu også filer, pulje ikke har skrevet (\(Self.danishList(examples, count: count)))."
                + " pulje sletter aldrig andres filer: flyt dem, eller vælg en anden mappe med --out."
        case .outOtherKind(let path, let kind):
            "\(path) er skrevet af pulje \(kind.command) og erstattes kun af den. Vælg en anden mappe med --out."
        case .outIsInput(let path):
            "\(path) er selve de data, kørslen læser; at skrive dér ville slette dem. Vælg en mappe uden for"
                + " datamappen med --out."
        case .outHoldsInput(let path, let input):
            "\(path) indeholder de data, kørslen læser (\(input)); at erstatte den ville slette dem. Vælg en"
                + " mappe uden for datamappen med --out."
        case .outInsideInput(let path, let input):
            "\(path) ligger inde i datamappen \(input). Vælg en mappe uden for datamappen med --out (fx"
                + " reports/ ved siden af den)."
        case .outDanglingLink(let path):
            "\(path) er et symbolsk link til noget, der ikke findes. Ret linket, eller vælg en anden mappe med --out."
        case .outLinkLoop(let path):
            "\(path) går gennem symbolske links, der peger rundt i ring. Ret linkene, eller vælg en anden mappe med --out."
        case .outIsRoot(let path):
            "\(path) er rodmappen; pulje skriver ikke dér. Vælg en mappe med --out."
        case .outMountPoint(let path):
            "\(path) er et monteringspunkt; pulje bytter hele mapper og kan ikke bytte det. Angiv en mappe inde i"
                + " det med --out."
        case .cannotWrite(let path, let reason):
            "Kan ikke skrive \(path): \(reason.danish)"
        case .oldFilesKept(let names, let folder):
            "den nye mappe er skrevet, men noget af den gamle kunne ikke slettes (\(names.joined(separator: ", "))); det ligger i en skjult"
                + " .pulje-…-old-mappe ved siden af \(folder), og en senere kørsel prøver igen."
        case .publishedUnreadable(let path):
            "\(path) kan ikke læses som CSV."
        case .nothingToAudit:
            "ingen traffic_light.csv, diff.csv eller transitions.csv i de angivne mapper."
        case .reportNotWritten:
            "Rapporten er ikke skrevet: ret fejlene, eller kør med --skip-invalid."
        case .disclosureUnproven:
            "skjulte tal kunne regnes ud af det offentliggjorte; intet er skrevet (en fejl i pulje, meld den)."
        case .unexpected:
            "pulje stoppede ved en uventet fejl (en fejl i pulje, meld den)."
        }
    }

    /// `a, b, c og 9 andre`.
    private static func danishList(_ examples: [String], count: Int) -> String {
        let shown = examples.joined(separator: ", ")
        let rest = count - examples.count
        return rest > 0 ? "\(shown) og \(rest) andre" : shown
    }
}
