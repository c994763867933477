extension ReportFolder {
    /// Why a folder was not written: refused before anything was written, or a write that
    /// failed (then the previous folder is untouched).
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        /// The path is a file (or something else that is not a folder).
        case isFile(path: String)
        /// A folder without pulje's marker that holds something.
        case notOwned(path: String, examples: [String], count: Int)
        /// A folder pulje wrote that now also holds files it did not write.
        case holdsOtherFiles(path: String, examples: [String], count: Int)
        /// A folder pulje wrote for the other purpose (a data set where a report goes).
        case otherKind(path: String, kind: Kind)
        /// The path is a folder or file the run reads.
        case isInput(path: String, input: String)
        /// The path holds a folder or file the run reads.
        case holdsInput(path: String, input: String)
        /// The path lies inside a data folder the run reads.
        case insideInput(path: String, input: String)
        /// A symbolic link to nothing.
        case danglingLink(path: String)
        /// Symbolic links that lead round in a loop.
        case linkLoop(path: String)
        /// The root folder.
        case isRoot(path: String)
        /// A mount point, which cannot be swapped.
        case mountPoint(path: String)
        /// The operating system refused a step; `reason` is its sentence.
        case cannotWrite(path: String, reason: String)

        public func message(_ language: Language) -> String {
            switch self {
            case .isFile(let path):
                return language.pick(
                    da: "\(path) er en fil, ikke en mappe; pulje overskriver den ikke. Vælg en mappe med --out.",
                    en: "\(path) is a file, not a folder; pulje does not overwrite it. Choose a folder with --out.")
            case .notOwned(let path, let examples, let count):
                let shown = Self.list(examples, count: count, language)
                return language.pick(
                    da: "\(path) er ikke tom og er ikke skrevet af pulje (den indeholder \(shown)). pulje erstatter kun"
                        + " mapper, den selv har skrevet: vælg en ny eller tom mappe med --out.",
                    en: "\(path) is not empty and was not written by pulje (it holds \(shown)). pulje replaces only"
                        + " folders it wrote itself: choose a new or empty folder with --out.")
            case .holdsOtherFiles(let path, let examples, let count):
                let shown = Self.list(examples, count: count, language)
                return language.pick(
                    da: "\(path) er skrevet af pulje, men indeholder nu også filer, pulje ikke har skrevet (\(shown))."
                        + " pulje sletter aldrig andres filer: flyt dem, eller vælg en anden mappe med --out.",
                    en: "\(path) was written by pulje but now also holds files pulje did not write (\(shown))."
                        + " pulje never deletes other files: move them, or choose another folder with --out.")
            case .otherKind(let path, let kind):
                return language.pick(
                    da: "\(path) er skrevet af pulje \(kind.command) og erstattes kun af den. Vælg en anden mappe med --out.",
                    en: "\(path) was written by pulje \(kind.command) and is replaced by it only. Choose another folder"
                        + " with --out.")
            case .isInput(let path, _):
                return language.pick(
                    da: "\(path) er selve de data, kørslen læser; at skrive dér ville slette dem. Vælg en mappe uden for"
                        + " datamappen med --out.",
                    en: "\(path) is the data this run reads; writing there would delete them. Choose a folder outside"
                        + " the data folder with --out.")
            case .holdsInput(let path, let input):
                return language.pick(
                    da: "\(path) indeholder de data, kørslen læser (\(input)); at erstatte den ville slette dem. Vælg en"
                        + " mappe uden for datamappen med --out.",
                    en: "\(path) holds the data this run reads (\(input)); replacing it would delete them. Choose a"
                        + " folder outside the data folder with --out.")
            case .insideInput(let path, let input):
                return language.pick(
                    da: "\(path) ligger inde i datamappen \(input). Vælg en mappe uden for datamappen med --out (fx"
                        + " reports/ ved siden af den).",
                    en: "\(path) lies inside the data folder \(input). Choose a folder outside the data folder with"
                        + " --out (such as reports/ beside it).")
            case .danglingLink(let path):
                return language.pick(
                    da: "\(path) er et symbolsk link til noget, der ikke findes. Ret linket, eller vælg en anden mappe med --out.",
                    en: "\(path) is a symbolic link to something that does not exist. Repair the link, or choose another"
                        + " folder with --out.")
            case .linkLoop(let path):
                return language.pick(
                    da: "\(path) går gennem symbolske links, der peger rundt i ring. Ret linkene, eller vælg en anden mappe med --out.",
                    en: "\(path) goes through symbolic links that point round in a loop. Repair the links, or choose another"
                        + " folder with --out.")
            case .mountPoint(let path):
                return language.pick(
                    da: "\(path) er et monteringspunkt; pulje bytter hele mapper og kan ikke bytte det. Angiv en mappe inde i"
                        + " det med --out.",
                    en: "\(path) is a mount point; pulje swaps whole folders and cannot swap it. Name a folder inside it"
                        + " with --out.")
            case .isRoot(let path):
                return language.pick(
                    da: "\(path) er rodmappen; pulje skriver ikke dér. Vælg en mappe med --out.",
                    en: "\(path) is the root folder; pulje does not write there. Choose a folder with --out.")
            case .cannotWrite(let path, let reason):
                return language.pick(da: "Kan ikke skrive \(path): \(reason)", en: "Cannot write \(path): \(reason)")
            }
        }

        public var description: String { message(.english) }

        /// `a, b, c og 9 andre`.
        private static func list(_ examples: [String], count: Int, _ language: Language) -> String {
            let shown = examples.joined(separator: ", ")
            let rest = count - examples.count
            guard rest > 0 else { return shown }
            return language.pick(da: "\(shown) og \(rest) andre", en: "\(shown) and \(rest) more")
        }
    }
}

extension ReportFolder.Kind {
    /// The command that writes a folder of this kind.
    var command: String { self == .data ? "generate" : rawValue }
}
