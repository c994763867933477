extension FailureText {
    public var english: String {
        switch self {
        case .catalogueLacksFile(let directory, let file):
            "The catalogue in \(directory) lacks the file \(file)."
        case .unreadable(let file, let reason):
            "\(file): cannot be read (\(reason.english))."
        case .malformedQuoting(let file, let line):
            "\(file):\(line): malformed quoting."
        case .missingColumn(let file, let column):
            "\(file): the column '\(column)' is missing."
        case .invalidValue(let file, let line, let column, let value, let expected):
            "\(file):\(line) (\(column)): '\(value)' is invalid; expected \(expected.english)."
        case .duplicate(let file, let line, let value):
            "\(file):\(line): '\(value)' is listed already."
        case .projectNotInProjectsFile(let file, let line, let value):
            "\(file):\(line): the project '\(value)' is not in projects.csv."
        case .periodNotInPeriodsFile(let file, let line, let value):
            "\(file):\(line): the period '\(value)' is not in periods.csv."
        case .missingWage(let role, let activity, let file, let line):
            "\(file):\(line): '\(activity)' uses the role '\(role)', which the wage file has no annual wage for."
        case .noChildren(let activity, let file, let line):
            "\(file):\(line): '\(activity)' has 0 children per holding; no cost per child can be computed."
        case .negativeHours(let role, let activity, let file, let line):
            "\(file):\(line): '\(activity)' has a negative number of hours for '\(role)'."
        case .indexLacksYear(let file, let year):
            "\(file) has no index for \(year)."
        case .dataNotFound(let path):
            "No such file or folder: \(path)"
        case .dataFolderUnreadable(let path):
            "The folder cannot be read: \(path)"
        case .dataIsReport(let path):
            "\(path) is a report pulje wrote, not a data folder. Name the folder with the sheets."
        case .outIsFile(let path):
            "\(path) is a file, not a folder; pulje does not overwrite it. Choose a folder with --out."
        case .outNotOwned(let path, let examples, let count):
            "\(path) is not empty and was not written by pulje (it holds \(Self.englishList(examples, count: count))). pulje replaces only"
                + " folders it wrote itself: choose a new or empty folder with --out."
        case .outHoldsOtherFiles(let path, let examples, let count):
            "\(path) was written by pulje but now also holds files pulje did not write (\(Self.englishList(examples, count: count)))."
                + " pulje never deletes other files: move them, or choose another folder with --out."
        case .outOtherKind(let path, let kind):
            "\(path) was written by pulje \(kind.command) and is replaced by it only. Choose another folder"
                + " with --out."
        case .outIsInput(let path):
            "\(path) is the data this run reads; writing there would delete them. Choose a folder outside"
                + " the data folder with --out."
        case .outHoldsInput(let path, let input):
            "\(path) holds the data this run reads (\(input)); replacing it would delete them. Choose a"
                + " folder outside the data folder with --out."
        case .outInsideInput(let path, let input):
            "\(path) lies inside the data folder \(input). Choose a folder outside the data folder with"
                + " --out (such as reports/ beside it)."
        case .outDanglingLink(let path):
            "\(path) is a symbolic link to something that does not exist. Repair the link, or choose another"
                + " folder with --out."
        case .outLinkLoop(let path):
            "\(path) goes through symbolic links that point round in a loop. Repair the links, or choose another"
                + " folder with --out."
        case .outIsRoot(let path):
            "\(path) is the root folder; pulje does not write there. Choose a folder with --out."
        case .outMountPoint(let path):
            "\(path) is a mount point; pulje swaps whole folders and cannot swap it. Name a folder inside it"
                + " with --out."
        case .cannotWrite(let path, let reason):
            "Cannot write \(path): \(reason.english)"
        case .oldFilesKept(let names, let folder):
            "the new folder is written, but some of the old one could not be deleted (\(names.joined(separator: ", "))); it lies in a hidden"
                + " .pulje-…-old folder beside \(folder), and a later run tries again."
        case .publishedUnreadable(let path):
            "\(path) cannot be read as CSV."
        case .nothingToAudit:
            "no traffic_light.csv, diff.csv or transitions.csv in the folders given."
        case .reportNotWritten:
            "No report written: correct the errors, or run with --skip-invalid."
        case .disclosureUnproven:
            "hidden counts could be worked out from what would be published; nothing was written (a bug in pulje, please report it)."
        case .unexpected:
            "pulje stopped on an unexpected failure (a bug in pulje, please report it)."
        }
    }

    /// `a, b, c and 9 more`.
    private static func englishList(_ examples: [String], count: Int) -> String {
        let shown = examples.joined(separator: ", ")
        let rest = count - examples.count
        return rest > 0 ? "\(shown) and \(rest) more" : shown
    }
}
