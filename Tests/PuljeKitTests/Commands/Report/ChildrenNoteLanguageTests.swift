import Testing
@testable import PuljeKit

/// The published children per period carries the catalogue's qualifier in the run's language
/// (issue 16): `children_note` in Danish, `children_note_en` in English (projects.csv).
@Suite struct ChildrenNoteLanguageTests {
    static func summary(_ language: Language) -> String {
        DataReport(ReportFileTests.result, catalogue: .standard, language: language, name: "small")
            .files(formats: [.text]).first { $0.name == "summary.txt" }!.contents
    }

    @Test func theDanishSummaryShowsTheDanishNoteAndTheEnglishTheEnglish() {
        // Fixtures/small: Frederikshavn attached 8, 30 and 30 children (68 / 3 = 22.67), published
        // 441 "gennemsnit pr. periode"; Haderslev 5 in its one period, published "op til" 86.
        let danish = Self.summary(.danish)
        #expect(danish.contains("  Børn pr. periode i gennemsnit: 22,67 (publiceret: 441, gennemsnit pr. periode)\n"))
        #expect(danish.contains("  Børn pr. periode i gennemsnit: 5 (publiceret: 86, op til)\n"))
        let english = Self.summary(.english)
        #expect(english.contains("  Children per period on average: 22.67 (published: 441, average per period)\n"))
        #expect(english.contains("  Children per period on average: 5 (published: 86, up to)\n"))
    }

    @Test func theStandardCatalogueHoldsBothNotes() {
        let project = Catalogue.standard.projects["helsingoer"]!
        #expect(project.childrenNote.danish == "ca. 30 om året i målgruppen")
        #expect(project.childrenNote.english == "about 30 a year in the target group")
    }

    @Test func aCatalogueWithTheNoteInOneLanguageShowsItInBoth() throws {
        let files: [String: String] = [
            "periods.csv": "period,from,to,collected,note\n1,2019-03,2019-09,yes,\n",
            "projects.csv": "project,municipality,title,children_per_period,children_note\nx,X,T,10,ca.\ny,Y,U,20,\n",
            "phases.csv": "project,period,phase\nx,1,virkning\n",
            "elements.csv": "element,name,group\n",
        ]
        let catalogue = try Catalogue(files: files.mapValues { Array($0.utf8) }, origin: "test")
        let note = try #require(catalogue.projects["x"]).childrenNote
        for language in Language.allCases {
            #expect(
                language.text(ReportText.childrenPerPeriodOnAverage(perPeriod: "9", published: "10", note: note)).hasSuffix(
                    " 10, ca.)"))
        }
        // No note at all: the published figure alone.
        let none = try #require(catalogue.projects["y"]).childrenNote
        #expect(
            Language.danish.text(ReportText.childrenPerPeriodOnAverage(perPeriod: "9", published: "20", note: none))
                == "Børn pr. periode i gennemsnit: 9 (publiceret: 20)")
    }
}
