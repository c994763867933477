extension FailureText {
    public var english: String {
        switch self {
        case .catalogue(let error): Self.english(error)
        case .cost(let error): Self.english(error)
        case .table(let error):
            switch error {
            case .unreadable(let name, let reason): Self.englishUnreadable(name, FailureReason(reason))
            case .malformedQuoting(let name, let line): Self.englishMalformedQuoting(name, line)
            case .empty(let name): Self.englishUnreadable(name, .empty)
            }
        case .reader(let error): Self.englishUnreadable(error.path, FailureReason(error))
        case .dataPath(let error): Self.english(error)
        case .outputFolder(let error): Self.english(error)
        case .published(.unreadable(let path)): "\(path) cannot be read as CSV."
        case .published(.nothingToAudit): "no traffic_light.csv, diff.csv or transitions.csv in the folders given."
        case .oldFilesKept(let names, let folder):
            "the new folder is written, but some of the old one could not be deleted (\(names.joined(separator: ", "))); it lies in a hidden"
                + " .pulje-…-old folder beside \(folder), and a later run tries again."
        case .reportNotWritten: "No report written: correct the errors, or run with --skip-invalid."
        case .disclosureUnproven:
            "hidden counts could be worked out from what would be published; nothing was written (a bug in pulje, please report it)."
        case .unexpected: "pulje stopped on an unexpected failure (a bug in pulje, please report it)."
        }
    }

    private static func english(_ error: CatalogueError) -> String {
        switch error {
        case .missingFile(let directory, let file): "The catalogue in \(directory) lacks the file \(file)."
        case .unreadable(let file, let reason): englishUnreadable(file, reason)
        case .malformedQuoting(let file, let line): englishMalformedQuoting(file, line)
        case .missingColumn(let file, let column): englishMissingColumn(file, column)
        case .invalidValue(let file, let line, let column, let value, let expected):
            englishInvalidValue(file, line, column, value, expected)
        case .duplicate(let file, let line, let value): "\(file):\(line): '\(value)' is listed already."
        case .unknownProject(let file, let line, let value): "\(file):\(line): the project '\(value)' is not in projects.csv."
        case .unknownPeriod(let file, let line, let value): "\(file):\(line): the period '\(value)' is not in periods.csv."
        }
    }

    private static func english(_ error: CostError) -> String {
        switch error {
        case .missingWage(let role, let activity, let file, let line):
            "\(file):\(line): '\(activity)' uses the role '\(role)', which the wage file has no annual wage for."
        case .noChildren(let activity, let file, let line):
            "\(file):\(line): '\(activity)' has 0 children per holding; no cost per child can be computed."
        case .negativeHours(let role, let activity, let file, let line):
            "\(file):\(line): '\(activity)' has a negative number of hours for '\(role)'."
        case .invalidValue(let file, let line, let column, let value, let expected):
            englishInvalidValue(file, line, column, value, expected)
        case .missingColumn(let file, let column): englishMissingColumn(file, column)
        case .unreadable(let file, let reason): englishUnreadable(file, reason)
        case .malformedQuoting(let file, let line): englishMalformedQuoting(file, line)
        case .indexLacksYear(let file, let year): "\(file) has no index for \(year)."
        }
    }

    private static func english(_ error: DataDiscovery.Failure) -> String {
        switch error {
        case .notFound(let path): "No such file or folder: \(path)"
        case .unreadableFolder(let path): "The folder cannot be read: \(path)"
        case .reportFolder(let path): "\(path) is a report pulje wrote, not a data folder. Name the folder with the sheets."
        }
    }

    private static func english(_ error: ReportFolder.Failure) -> String {
        switch error {
        case .isFile(let path):
            "\(path) is a file, not a folder; pulje does not overwrite it. Choose a folder with --out."
        case .notOwned(let path, let examples, let count):
            "\(path) is not empty and was not written by pulje (it holds \(englishList(examples, count: count))). pulje replaces only"
                + " folders it wrote itself: choose a new or empty folder with --out."
        case .holdsOtherFiles(let path, let examples, let count):
            "\(path) was written by pulje but now also holds files pulje did not write (\(englishList(examples, count: count)))."
                + " pulje never deletes other files: move them, or choose another folder with --out."
        case .otherKind(let path, let kind):
            "\(path) was written by pulje \(kind.command) and is replaced by it only. Choose another folder"
                + " with --out."
        case .isInput(let path, _):
            "\(path) is the data this run reads; writing there would delete them. Choose a folder outside"
                + " the data folder with --out."
        case .holdsInput(let path, let input):
            "\(path) holds the data this run reads (\(input)); replacing it would delete them. Choose a"
                + " folder outside the data folder with --out."
        case .insideInput(let path, let input):
            "\(path) lies inside the data folder \(input). Choose a folder outside the data folder with"
                + " --out (such as reports/ beside it)."
        case .danglingLink(let path):
            "\(path) is a symbolic link to something that does not exist. Repair the link, or choose another"
                + " folder with --out."
        case .linkLoop(let path):
            "\(path) goes through symbolic links that point round in a loop. Repair the links, or choose another"
                + " folder with --out."
        case .isRoot(let path):
            "\(path) is the root folder; pulje does not write there. Choose a folder with --out."
        case .mountPoint(let path):
            "\(path) is a mount point; pulje swaps whole folders and cannot swap it. Name a folder inside it"
                + " with --out."
        case .cannotWrite(let path, let reason):
            "Cannot write \(path): \(reason.english)"
        }
    }

    // The sentences every reference file (catalogue, wages, activities, index) shares.

    private static func englishUnreadable(_ file: String, _ reason: FailureReason) -> String {
        "\(file): cannot be read (\(reason.english))."
    }

    private static func englishMalformedQuoting(_ file: String, _ line: Int) -> String {
        "\(file):\(line): malformed quoting."
    }

    private static func englishMissingColumn(_ file: String, _ column: String) -> String {
        "\(file): the column '\(column)' is missing."
    }

    private static func englishInvalidValue(
        _ file: String, _ line: Int, _ column: String, _ value: String, _ expected: FailureExpectation
    ) -> String {
        "\(file):\(line) (\(column)): '\(value)' is invalid; expected \(expected.english)."
    }

    /// `a, b, c and 9 more`.
    private static func englishList(_ examples: [String], count: Int) -> String {
        let shown = examples.joined(separator: ", ")
        let rest = count - examples.count
        return rest > 0 ? "\(shown) and \(rest) more" : shown
    }
}
