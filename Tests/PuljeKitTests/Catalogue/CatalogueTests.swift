import Foundation
import Testing
@testable import PuljeKit

/// The embedded catalogue, and catalogues loaded from folders.
@Suite struct CatalogueTests {
    @Test func embeddedCatalogueIsFixturesCatalogueByteForByte() throws {
        let folder = TestSupport.fixture("catalogue")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }
        #expect(Set(names) == Set(EmbeddedCatalogue.files.keys), "run scripts/embed-catalogue")
        for name in names {
            let bytes = [UInt8](FileManager.default.contents(atPath: "\(folder)/\(name)")!)
            #expect(EmbeddedCatalogue.files[name] == bytes ? true : false, "\(name) is stale: run scripts/embed-catalogue")
        }
    }

    @Test func standardCatalogueHoldsTheEvaluation() {
        let catalogue = Catalogue.standard
        #expect(catalogue.projects.count == 15)
        #expect(catalogue.periods.map(\.period.number) == [1, 2, 3, 4, 5, 6, 7])
        #expect(catalogue.collectedPeriods.map(\.number) == [1, 2, 4, 5, 6, 7])
        #expect(catalogue.projects["frederikshavn"]?.childrenPerPeriod == 441)
        #expect(catalogue.phase(of: "svendborg", in: Period(4)) == .afsluttet)
        #expect(catalogue.periods(of: "ishoej", in: .virkning).map(\.number) == [6, 7])
        #expect(catalogue.periods(of: "silkeborg", in: .virkning).isEmpty)
        #expect(catalogue.elements.count == 9)
    }

    @Test func catalogueFromAFolderLoads() throws {
        let catalogue = try Catalogue.load(directory: TestSupport.fixture("catalogue"))
        #expect(catalogue.projects.keys.elementsEqual(Catalogue.standard.projects.keys))
    }

    @Test func malformedCatalogueIsALocatedError() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in Catalogue.requiredFiles {
            try FileManager.default.copyItem(
                atPath: TestSupport.fixture("catalogue/\(name)"), toPath: folder.appendingPathComponent(name).path)
        }
        let phases = folder.appendingPathComponent("phases.csv")
        var text = try String(contentsOf: phases, encoding: .utf8)
        text += "frederikshavn,x,virkning\n"
        try text.write(to: phases, atomically: true, encoding: .utf8)
        #expect(
            throws: CatalogueError.invalidValue(
                file: "phases.csv", line: 107, column: "period", value: "x",
                expected: .wholeNumberIn(1...99))
        ) {
            try Catalogue.load(directory: folder.path)
        }
        try FileManager.default.removeItem(at: phases)
        #expect(throws: CatalogueError.missingFile(directory: folder.path, file: "phases.csv")) {
            try Catalogue.load(directory: folder.path)
        }
    }

    @Test func anotherCatalogueChangesWhatIsKnown() throws {
        let folder = TestSupport.folder(text: [
            "periods.csv": "period,from,to,collected,note\n1,2024-01,2024-06,yes,\n",
            "projects.csv": "project,municipality,title\nodense,Odense,Sprogstart\n",
            "phases.csv": "project,period,phase\nodense,1,virkning\n",
            "elements.csv": "element,name,group\n1,Hjemmet,Forældre\n",
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalogue = try Catalogue.load(directory: folder.path)
        let data = TestSupport.folder(text: ["odense/periode-1.csv": "dagtilbud,boern\nSpiren,5\n"])
        defer { try? FileManager.default.removeItem(at: data) }
        let result = try Validation(catalogue: catalogue).run(paths: [data.path])
        #expect(result.problems.isEmpty)
        #expect(result.dataset.projects == ["odense"])
        let standard = TestSupport.validate(data)
        #expect(standard.errors.map(\.code) == ["unknown-project"])
    }
}
