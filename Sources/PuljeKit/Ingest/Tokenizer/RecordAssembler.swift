/// The receiver behind `CSVReader.read(…into: &consumer)`: hands every record that is not
/// blank to a `CSVConsumer`, and never asks for rows cell by cell (reference tables, tests).
final class RecordAssembler<Consumer: CSVConsumer>: CellReceiver {
    var consumer: Consumer

    init(_ consumer: Consumer) {
        self.consumer = consumer
    }

    override func begin(dialect: CSVDialect) {
        consumer.begin(dialect: dialect)
    }

    override func record(_ record: CSVRecord) -> ColumnPlan? {
        consumer.consume(record)
        return nil
    }

    override func malformedQuoting(line: Int, unterminated: Bool) {
        consumer.malformedQuoting(line: line, unterminated: unterminated)
    }
}
