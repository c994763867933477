import Foundation
import Testing
@testable import PuljeKit

/// Sheets typed into LibreOffice Calc in a Danish locale and saved as .xlsx (issue 17, point 5):
/// pulje reads back exactly what was typed. The typing is a `;`-separated CSV imported as a
/// Danish office opens it (`1.099` is one thousand and ninety-nine, `=2+3` a formula), saved by
/// `soffice --convert-to xlsx`, both files in one call (start-up takes seconds). LibreOffice
/// (`libreoffice-calc-nogui`) is installed by `make deps`.
@Suite struct LibreOfficeSavedSheetTests {
    static let institutionSheet = """
        dagtilbud;boern;hjemmebesoeg;kufferter;f1_daglig_kontakt
        Løvspring;1.099;=2+3;0;4
        Åkanden;12;;7;

        """
    static let childSheet = """
        dagtilbud;barn;trivsel;sprog
        Løvspring;B1;grøn;gul
        Løvspring;B2;rød;
        Åkanden;B3;gul;grøn

        """

    /// Saves each CSV (name -> text) as .xlsx with LibreOffice into `data/frederikshavn/`,
    /// imported by `infilter` (default: `;`, UTF-8, Danish, special numbers detected).
    static func saveWithLibreOffice(
        _ sheets: [String: String], in folder: URL, infilter: String = "CSV:59,34,76,1,,1030"
    ) throws -> URL {
        let input = folder.appendingPathComponent("typed")
        let data = folder.appendingPathComponent("data/frederikshavn")
        let profile = folder.appendingPathComponent("profile/user")
        for url in [input, data, profile] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        // A fresh profile whose locale is Danish (docs: /work/shared/notes/libreoffice-as-the-office.md).
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>da-DK</value></prop></item>
        </oor:items>
        """.write(to: profile.appendingPathComponent("registrymodifications.xcu"), atomically: true, encoding: .utf8)
        var paths: [String] = []
        for (name, text) in sheets.sorted(by: { $0.key < $1.key }) {
            let url = input.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let soffice = try #require(
            ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/bin/libreoffice"].first {
                FileManager.default.isExecutableFile(atPath: $0)
            }, "LibreOffice is not installed: run `make deps` (libreoffice-calc-nogui)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments =
            [
                "--headless", "--norestore", "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path,
                "--infilter=" + infilter, "--convert-to", "xlsx", "--outdir", data.path,
            ] + paths
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return folder.appendingPathComponent("data")
    }

    @Test func aSheetSavedByLibreOfficeReadsBackExactlyWhatWasTyped() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.saveWithLibreOffice(
            ["periode-6.csv": Self.institutionSheet, "periode-6-boern.csv": Self.childSheet], in: folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("frederikshavn").path)
        #expect(files.sorted() == ["periode-6-boern.xlsx", "periode-6.xlsx"])
        let result = TestSupport.validate(data)
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.rows == 5)
        let key = { (name: String) in RegistrationKey(project: "frederikshavn", institution: name, period: Period(6)) }
        let loevspring = try #require(result.dataset[key("Løvspring")])
        // 1.099 typed in a Danish office is 1099; =2+3 saved with its value 5; a typed 0 stays 0.
        #expect(loevspring.counts == [.boern: 1099, .hjemmebesoeg: 5, .kufferter: 0])
        #expect(loevspring.ratings == [.f1DagligKontakt: 4])
        #expect(loevspring[TrafficLightSeries(.trivsel)] == TrafficLightCounts(green: 1, yellow: 0, red: 1))
        #expect(loevspring[TrafficLightSeries(.sprog)] == TrafficLightCounts(green: 0, yellow: 1, red: 0))
        let aakanden = try #require(result.dataset[key("Åkanden")])
        // Blank cells are not registered, never 0.
        #expect(aakanden.counts == [.boern: 12, .kufferter: 7])
        #expect(aakanden.ratings.isEmpty)
        #expect(aakanden[TrafficLightSeries(.trivsel)] == TrafficLightCounts(green: 0, yellow: 1, red: 0))
        #expect(aakanden[TrafficLightSeries(.sprog)] == TrafficLightCounts(green: 1, yellow: 0, red: 0))
    }
}
