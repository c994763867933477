import Foundation
import Testing
@testable import PuljeKit

/// activity.csv opened by a Danish spreadsheet (issue 17, point 4): Tabel 3's window of the
/// last 12 months is labelled `6+7`, which LibreOffice Calc keeps as text with its
/// special-number detection on, where `6-7` becomes the date 6 July.
@Suite struct SpreadsheetLabelTests {
    @Test func tabel3sWindowLabelStaysTextWhenADanishSpreadsheetOpensActivityCSV() throws {
        let activity = try #require(NumberPolicyTests.files["activity.csv"])
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // `,` (44), `"`, UTF-8 (76), Danish (1030), then: not quoted as text, special numbers
        // detected, as a user opening the file does.
        let data = try LibreOfficeSavedSheetTests.saveWithLibreOffice(
            ["activity.csv": activity, "control.csv": "period,n\n6-7,1\n"], in: folder,
            infilter: "CSV:44,34,76,1,,1030,false,true,true")
        let labels = try Self.column(2, of: data.appendingPathComponent("frederikshavn/activity.xlsx"))
        let windows = labels.filter { $0.text.contains("+") }
        // Fixtures/small: Tabel 3's eight indicator rows at `6+7`.
        #expect(windows.count == 8)
        #expect(windows.allSatisfy { $0.kind == .text && $0.text == "6+7" })
        // The control: the old label is a date, which is why it changed.
        let control = try Self.column(0, of: data.appendingPathComponent("frederikshavn/control.xlsx"))
        #expect(control.last?.kind == .date)
    }

    /// The cells of one column (0-based) of a workbook's first worksheet, header row left out.
    static func column(_ column: Int, of url: URL) throws -> [WorksheetCell] {
        let workbook = try XLSXWorkbook(path: url.path, limit: 1 << 24)
        let sheet = try #require(workbook.worksheets.first)
        var cells: [WorksheetCell] = []
        try workbook.rows(of: sheet, limit: 1 << 24) { row, found in
            if row > 1, let cell = found.first(where: { $0.column == column }) { cells.append(cell) }
            return true
        }
        return cells
    }
}
