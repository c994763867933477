/// The sentence of every failure a user can meet that is not a problem in a sheet: the
/// engine's error types, each worded case by case (a reference file that cannot be used, a data
/// path or output folder that cannot be, a published folder that cannot be audited), and the
/// command line's own stops. `FailureMessage` picks the name and the exit code; the Danish and
/// English sentences are in Wording/Danish and Wording/English, where the sentences the
/// reference files share (a cell, a column, malformed quoting) are written once.
public enum FailureText: Sendable, WordedText {
    case catalogue(CatalogueError)
    /// A wage, activities or index file of `pulje cost`.
    case cost(CostError)
    case table(CSVTableError)
    case reader(CSVReaderError)
    case dataPath(DataDiscovery.Failure)
    case outputFolder(ReportFolder.Failure)
    case published(PublishedTablesError)
    /// A warning, not a stop: the new folder is written, but old files could not be deleted.
    case oldFilesKept(names: [String], folder: String)
    /// The data have errors (listed before) and `--skip-invalid` was not given.
    case reportNotWritten
    /// The suppression pattern failed its own audit: nothing is published.
    case disclosureUnproven
    /// An error pulje does not know: a bug, told without its Swift description.
    case unexpected
}
