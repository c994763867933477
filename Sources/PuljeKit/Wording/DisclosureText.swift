/// The texts of disclosure control: the lines summary.txt and diff.txt end with
/// (`DisclosureProof`). (Why `pulje audit` could not read its folders is a failure:
/// `FailureText`.)
enum DisclosureText: WordedText {
    // The closing lines of summary.txt and diff.txt.

    case heading
    /// Rows (or panel counts) one file hides for their size, and more to protect them.
    case hiddenInFile(file: String, primary: Int, secondary: Int)
    /// The audit: the hidden counts and the narrowest interval among them (`-` for none).
    case audit(hiddenCounts: Int, narrowestWidth: String)
    /// Hidden counts narrower than the protection width.
    case belowRequirement(failures: Int, width: Int)
}
