import ArgumentParser
import Foundation
import PuljeKit

/// Options every data command takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of messages and reports: da (Danish) or en (English).")
    var lang: Language = .danish

    @Option(name: .long, help: "Folder with another catalogue (periods.csv, phases.csv, projects.csv, elements.csv).")
    var catalogue: String?

    /// The catalogue to use; a `CatalogueError` names the file and line that stop it (exit 2).
    func loadCatalogue() throws -> Catalogue {
        guard let catalogue else { return .standard }
        return try Catalogue.load(directory: catalogue)
    }

    /// Where the run's notes, warnings and failures go, in its language.
    var terminal: Terminal { Terminal(language: lang, command: nil) }
}

/// Reads the data paths; a path that does not exist is a `DataDiscovery.Failure` (exit 2).
func readData(
    _ paths: [String], catalogue: Catalogue, keepingChildren: Bool = false, language: Language = .danish
) throws -> ValidationResult {
    let progressLine = ProgressLine(language: language)
    defer { progressLine.finish() }
    let progress: ((ReadProgress) -> Void)? = progressLine.isActive ? { progressLine.start($0) } : nil
    return try Validation(catalogue: catalogue, keepsChildren: keepingChildren).run(paths: paths, progress: progress)
}
