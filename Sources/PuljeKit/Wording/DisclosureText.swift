/// The texts of disclosure control: the lines summary.txt and diff.txt end with
/// (`DisclosureProof`), and why `pulje audit` could not read the folders it was given
/// (`PublishedTablesError`).
enum DisclosureText: WordedText {
    // The closing lines of summary.txt and diff.txt.

    case heading
    /// Rows (or panel counts) one file hides for their size, and more to protect them.
    case hiddenInFile(file: String, primary: Int, secondary: Int)
    /// The audit: the hidden counts and the narrowest interval among them (`-` for none).
    case audit(hiddenCounts: Int, narrowestWidth: String)
    /// Hidden counts narrower than the protection width.
    case belowRequirement(failures: Int, width: Int)

    // `pulje audit`'s reading of published folders.

    /// A published file that does not read as CSV.
    case unreadable(path: String)
    /// None of the audited files in the folders given.
    case nothingToAudit
}
