import Foundation

/// A CSV file found below a data folder, with what its path says (SPEC 3.3):
/// `DATA/<projekt>/periode-<N>.csv` is an institution sheet and `periode-<N>-boern.csv` a
/// child sheet of that project and period. Other `.csv` files are read when their columns say
/// what they are; their folder gives the project when it is named like one.
public struct SheetFile: Hashable, Sendable, Comparable {
    /// Where to read it.
    public let path: String
    /// How problems name it: relative to the folder given on the command line.
    public let displayName: String
    /// The project the folder names, when it does.
    public let projectFromPath: String?
    /// The period the file name gives (`periode-6.csv`), when it does.
    public let periodFromPath: Int?
    /// True for `periode-<N>-boern.csv`.
    public let isNamedChildSheet: Bool
    /// True when the name follows the SPEC 3.3 pattern.
    public let followsLayout: Bool
    /// True when a part of the name looks like a CPR number (SPEC 3.5): the file is refused
    /// unread and `displayName` shows that part masked.
    public let nameHasPersonalIdentifier: Bool

    /// - Parameter namedByUser: how many leading parts of `displayName` the user typed on the
    ///   command line: the data folder's own name, or every folder above a file given directly.
    ///   Only the parts after them came with the data.
    public init(path: String, displayName: String, namedByUser: Int = 1, catalogue: Catalogue) {
        self.path = path
        // SPEC 3.5 holds for names too: a CPR number in the file's name or a folder below the
        // data folder is never shown. The folders the user named are theirs, not the data's: a
        // temporary folder's random digits (`pulje-tests-1A010190-1234-...`) must not refuse
        // every file below it. The file's own name is always searched.
        var components = displayName.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let firstSearched = min(max(namedByUser, 0), components.count - 1)
        Self.maskPersonalIdentifiers(&components, firstSearched: firstSearched)
        // The file's name and its folder's, read from the path's text: a national run names
        // thousands of files, and URL's path handling cost more than the rest of finding them.
        let pathParts = path.split(separator: "/").filter { $0 != "." }
        let fileName = pathParts.last ?? Substring(path)
        let stem = fileName.lastIndex(of: ".").flatMap { $0 == fileName.startIndex ? nil : fileName[..<$0] } ?? fileName
        let name = stem.lowercased()
        var folder = pathParts.count >= 2 ? String(pathParts[pathParts.count - 2]) : ""
        if folder.isEmpty && !path.hasPrefix("/") {
            // A bare file name (or ./name): the file is in the current folder.
            folder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).lastPathComponent
        }
        let parts = name.split(separator: "-", omittingEmptySubsequences: false)
        var period: Int?
        var child = false
        if parts.count >= 2, parts[0] == "periode", let number = Int(parts[1]),
            parts.count == 2 || (parts.count == 3 && ["boern", "born", "børn"].contains(String(parts[2])))
        {
            period = number
            child = parts.count == 3
        }
        self.periodFromPath = period
        self.isNamedChildSheet = child
        self.followsLayout = period != nil
        // In the layout the folder is the project (unknown ones are reported); elsewhere only a
        // folder named like a catalogue project says anything. Folding drops punctuation, so it
        // can join digits a name kept apart (`150387(4721` folds to `1503874721`): a folder
        // whose folded name looks like a CPR number is refused and masked like one, and never
        // named as a project, not even one the user typed.
        let folded = ColumnName.fold(folder)
        if PersonalIdentifier.looksLikeCPR(folded) {
            if components.count >= 2 && components.count - 2 >= firstSearched {
                components[components.count - 2] = Self.mask
            }
            self.projectFromPath = period != nil ? Self.mask : nil
        } else if period != nil || catalogue.projects[ProjectID(folded)] != nil {
            self.projectFromPath = folded
        } else {
            self.projectFromPath = nil
        }
        self.nameHasPersonalIdentifier = components[firstSearched...].contains(Self.mask)
        self.displayName = components.joined(separator: "/")
    }

    /// How a name that looks like a CPR number is shown.
    static let mask = "[CPR]"

    /// A name as a problem shows it (a worksheet's): `mask` when it looks like a CPR number.
    static func shown(_ name: String) -> String {
        PersonalIdentifier.looksLikeCPR(name) ? mask : name
    }

    /// Replaces each part of the name from `firstSearched` on that holds, or helps to form, a
    /// CPR number (SPEC 3.5) with `mask`. The parts are searched joined, as they are shown:
    /// `150387/4721.csv` spells one with a `/`. A number wholly inside the parts the user
    /// named stays.
    static func maskPersonalIdentifiers(_ components: inout [String], firstSearched: Int) {
        var searchFrom = 0
        while true {
            let joined = components.joined(separator: "/")
            let found = PersonalIdentifier.candidates(in: joined).first { $0.lowerBound >= searchFrom }
            guard let range = found else { return }
            // The parts the candidate's bytes fall in.
            var offset = 0
            var masked = false
            for index in components.indices {
                let part = offset..<(offset + components[index].utf8.count)
                offset = part.upperBound + 1
                if index >= firstSearched && part.overlaps(range) {
                    components[index] = mask
                    masked = true
                }
            }
            // Masking only shortens the parts it replaces, all of them at or after the
            // candidate: search again from where it started.
            if !masked { searchFrom = range.upperBound }
        }
    }

    public static func < (lhs: SheetFile, rhs: SheetFile) -> Bool {
        lhs.displayName < rhs.displayName
    }
}
