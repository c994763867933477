extension FailureText {
    public var danish: String {
        switch self {
        case .catalogue(let error): Self.danish(error)
        case .cost(let error): Self.danish(error)
        case .table(let error):
            switch error {
            case .unreadable(let name, let reason): Self.danishUnreadable(name, FailureReason(reason))
            case .malformedQuoting(let name, let line): Self.danishMalformedQuoting(name, line)
            case .empty(let name): Self.danishUnreadable(name, .empty)
            }
        case .reader(let error): Self.danishUnreadable(error.path, FailureReason(error))
        case .dataPath(let error): Self.danish(error)
        case .outputFolder(let error): Self.danish(error)
        case .published(.unreadable(let path)): "\(path) kan ikke læses som CSV."
        case .published(.nothingToAudit): "ingen traffic_light.csv, diff.csv eller transitions.csv i de angivne mapper."
        case .oldFilesKept(let names, let folder):
            "den nye mappe er skrevet, men noget af den gamle kunne ikke slettes (\(names.joined(separator: ", "))); det ligger i en skjult"
                + " .pulje-…-old-mappe ved siden af \(folder), og en senere kørsel prøver igen."
        case .reportNotWritten: "Rapporten er ikke skrevet: ret fejlene, eller kør med --skip-invalid."
        case .disclosureUnproven:
            "skjulte tal kunne regnes ud af det offentliggjorte; intet er skrevet (en fejl i pulje, meld den)."
        case .unexpected: "pulje stoppede ved en uventet fejl (en fejl i pulje, meld den)."
        }
    }

    private static func danish(_ error: CatalogueError) -> String {
        switch error {
        case .missingFile(let directory, let file): "Kataloget i \(directory) mangler filen \(file)."
        case .unreadable(let file, let reason): danishUnreadable(file, reason)
        case .malformedQuoting(let file, let line): danishMalformedQuoting(file, line)
        case .missingColumn(let file, let column): danishMissingColumn(file, column)
        case .invalidValue(let file, let line, let column, let value, let expected):
            danishInvalidValue(file, line, column, value, expected)
        case .duplicate(let file, let line, let value): "\(file):\(line): '\(value)' står der allerede."
        case .unknownProject(let file, let line, let value): "\(file):\(line): projektet '\(value)' står ikke i projects.csv."
        case .unknownPeriod(let file, let line, let value): "\(file):\(line): perioden '\(value)' står ikke i periods.csv."
        }
    }

    private static func danish(_ error: CostError) -> String {
        switch error {
        case .missingWage(let role, let activity, let file, let line):
            "\(file):\(line): '\(activity)' bruger rollen '\(role)', som lønfilen ikke har en årsløn for."
        case .noChildren(let activity, let file, let line):
            "\(file):\(line): '\(activity)' har 0 børn pr. afholdelse; prisen pr. barn kan ikke beregnes."
        case .negativeHours(let role, let activity, let file, let line):
            "\(file):\(line): '\(activity)' har et negativt antal timer for '\(role)'."
        case .invalidValue(let file, let line, let column, let value, let expected):
            danishInvalidValue(file, line, column, value, expected)
        case .missingColumn(let file, let column): danishMissingColumn(file, column)
        case .unreadable(let file, let reason): danishUnreadable(file, reason)
        case .malformedQuoting(let file, let line): danishMalformedQuoting(file, line)
        case .indexLacksYear(let file, let year): "\(file) har intet indeks for \(year)."
        }
    }

    private static func danish(_ error: DataDiscovery.Failure) -> String {
        switch error {
        case .notFound(let path): "Filen eller mappen findes ikke: \(path)"
        case .unreadableFolder(let path): "Mappen kan ikke læses: \(path)"
        case .reportFolder(let path):
            "\(path) er en rapport, som pulje har skrevet, ikke en datamappe. Angiv mappen med arkene."
        }
    }

    private static func danish(_ error: ReportFolder.Failure) -> String {
        switch error {
        case .isFile(let path):
            "\(path) er en fil, ikke en mappe; pulje overskriver den ikke. Vælg en mappe med --out."
        case .notOwned(let path, let examples, let count):
            "\(path) er ikke tom og er ikke skrevet af pulje (den indeholder \(danishList(examples, count: count))). pulje erstatter kun"
                + " mapper, den selv har skrevet: vælg en ny eller tom mappe med --out."
        case .holdsOtherFiles(let path, let examples, let count):
            "\(path) er skrevet af pulje, men indeholder nu også filer, pulje ikke har skrevet (\(danishList(examples, count: count)))."
                + " pulje sletter aldrig andres filer: flyt dem, eller vælg en anden mappe med --out."
        case .otherKind(let path, let kind):
            "\(path) er skrevet af pulje \(kind.command) og erstattes kun af den. Vælg en anden mappe med --out."
        case .isInput(let path, _):
            "\(path) er selve de data, kørslen læser; at skrive dér ville slette dem. Vælg en mappe uden for"
                + " datamappen med --out."
        case .holdsInput(let path, let input):
            "\(path) indeholder de data, kørslen læser (\(input)); at erstatte den ville slette dem. Vælg en"
                + " mappe uden for datamappen med --out."
        case .insideInput(let path, let input):
            "\(path) ligger inde i datamappen \(input). Vælg en mappe uden for datamappen med --out (fx"
                + " reports/ ved siden af den)."
        case .danglingLink(let path):
            "\(path) er et symbolsk link til noget, der ikke findes. Ret linket, eller vælg en anden mappe med --out."
        case .linkLoop(let path):
            "\(path) går gennem symbolske links, der peger rundt i ring. Ret linkene, eller vælg en anden mappe med --out."
        case .isRoot(let path):
            "\(path) er rodmappen; pulje skriver ikke dér. Vælg en mappe med --out."
        case .mountPoint(let path):
            "\(path) er et monteringspunkt; pulje bytter hele mapper og kan ikke bytte det. Angiv en mappe inde i"
                + " det med --out."
        case .cannotWrite(let path, let reason):
            "Kan ikke skrive \(path): \(reason.danish)"
        }
    }

    // The sentences every reference file (catalogue, wages, activities, index) shares.

    private static func danishUnreadable(_ file: String, _ reason: FailureReason) -> String {
        "\(file): kan ikke læses (\(reason.danish))."
    }

    private static func danishMalformedQuoting(_ file: String, _ line: Int) -> String {
        "\(file):\(line): forkert brug af citationstegn."
    }

    private static func danishMissingColumn(_ file: String, _ column: String) -> String {
        "\(file): kolonnen '\(column)' mangler."
    }

    private static func danishInvalidValue(
        _ file: String, _ line: Int, _ column: String, _ value: String, _ expected: FailureExpectation
    ) -> String {
        "\(file):\(line) (\(column)): '\(value)' er ugyldig; forventet \(expected.danish)."
    }

    /// `a, b, c og 9 andre`.
    private static func danishList(_ examples: [String], count: Int) -> String {
        let shown = examples.joined(separator: ", ")
        let rest = count - examples.count
        return rest > 0 ? "\(shown) og \(rest) andre" : shown
    }
}
