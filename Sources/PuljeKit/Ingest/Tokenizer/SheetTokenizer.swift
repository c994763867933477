/// Turns a sheet file into records and cells for a `CellReceiver`: what the row interpreter
/// needs of a file format. `CSVReader` is the CSV one (over libcsv); another format implements
/// this and is read through the same interpreter, validation and problems.
protocol SheetTokenizer {
    /// Reads the file at `path` into `receiver`. Throws only when the file cannot be read as a
    /// sheet at all; everything wrong inside it goes to the receiver.
    func read(file path: String, into receiver: CellReceiver) throws(CSVReaderError) -> CSVReadSummary
}

extension CSVReader: SheetTokenizer {}
