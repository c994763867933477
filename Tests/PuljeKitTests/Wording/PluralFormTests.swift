import Testing
@testable import PuljeKit

/// A counted noun takes the number of its count (issue 16): the singular with exactly one, the
/// plural with every other count, 0 included, in Danish and English alike.
@Suite struct PluralFormTests {
    static func counts(_ n: Int) -> ReportText.RunCounts {
        .init(files: n, rows: n, rejectedRows: n, projects: n, institutions: n, periods: n, errors: n, warnings: n)
    }

    @Test func runCountsAreSingularForOneAndPluralForTwoAndNone() {
        #expect(
            Language.danish.text(ReportText.runCounts(Self.counts(1)))
                == "1 fil, 1 række (1 afvist), 1 projekt, 1 dagtilbud, 1 periode: 1 fejl, 1 advarsel")
        #expect(
            Language.danish.text(ReportText.runCounts(Self.counts(2)))
                == "2 filer, 2 rækker (2 afvist), 2 projekter, 2 dagtilbud, 2 perioder: 2 fejl, 2 advarsler")
        #expect(
            Language.danish.text(ReportText.runCounts(Self.counts(0)))
                == "0 filer, 0 rækker (0 afvist), 0 projekter, 0 dagtilbud, 0 perioder: 0 fejl, 0 advarsler")
        #expect(
            Language.english.text(ReportText.runCounts(Self.counts(1)))
                == "1 file, 1 row (1 rejected), 1 project, 1 institution, 1 period: 1 error, 1 warning")
        #expect(
            Language.english.text(ReportText.runCounts(Self.counts(2)))
                == "2 files, 2 rows (2 rejected), 2 projects, 2 institutions, 2 periods: 2 errors, 2 warnings")
        // The count keeps the language's grouping: 1,099 is plural.
        #expect(Language.danish.text(ReportText.runCounts(Self.counts(1099))).hasPrefix("1.099 filer, 1.099 rækker"))
    }

    @Test func aRunOfOneSheetSaysFileProjectAndPeriodInTheSingular() {
        // count-not-whole-number: one sheet of one institution in one period, 3 rows, 2 of them
        // rejected with an error each.
        let result = InvalidFixtureTests.run("count-not-whole-number")
        #expect(
            ProblemListing(result, language: .english).summaryLine()
                == "1 file, 3 rows (2 rejected), 1 project, 1 institution, 1 period: 2 errors, 0 warnings")
        #expect(
            ProblemListing(result, language: .danish).summaryLine()
                == "1 fil, 3 rækker (2 afvist), 1 projekt, 1 dagtilbud, 1 periode: 2 fejl, 0 advarsler")
    }

    @Test func skippedRowsAndDataProblemsFollowTheirCounts() {
        #expect(Language.danish.text(ReportText.rowsSkipped(1)) == "1 række er sprunget over (se Datakvalitet og problems.csv).")
        #expect(Language.danish.text(ReportText.rowsSkipped(2)) == "2 rækker er sprunget over (se Datakvalitet og problems.csv).")
        #expect(Language.english.text(ReportText.rowsSkipped(1)) == "1 row was skipped (see Data quality and problems.csv).")
        #expect(Language.english.text(ReportText.rowsSkipped(2)) == "2 rows were skipped (see Data quality and problems.csv).")
        #expect(
            Language.danish.text(ReportText.dataProblems(errors: 1, warnings: 1))
                == "Dataproblemer: 1 fejl, 1 advarsel (se Datakvalitet).")
        #expect(
            Language.english.text(ReportText.dataProblems(errors: 1, warnings: 2))
                == "Data problems: 1 error, 2 warnings (see Data quality).")
        #expect(
            Language.danish.text(ReportText.moreOfCodeInFile(count: 1, code: "x"))
                == "... og 1 mere [x] i denne fil (alle står i problems.csv)")
        #expect(
            Language.danish.text(ReportText.moreOfCodeInFile(count: 2, code: "x"))
                == "... og 2 flere [x] i denne fil (alle står i problems.csv)")
    }

    @Test func theProgressLineCountsFilesAndRowsInTheirNumber() {
        let progress = ReadProgress(totalFiles: 1)
        progress.fileRead(rows: 1, bytes: 10)
        #expect(progress.line(.danish).hasPrefix("1/1 fil, 1 række, "))
        #expect(progress.line(.english).hasPrefix("1/1 file, 1 row, "))
        let two = ReadProgress(totalFiles: 2)
        two.fileRead(rows: 2, bytes: 10)
        #expect(two.line(.danish).hasPrefix("1/2 filer, 2 rækker, "))
        #expect(two.line(.english).hasPrefix("1/2 files, 2 rows, "))
    }

    @Test func theAuditAndThePanelCountTheirNouns() {
        #expect(
            Language.danish.text(DisclosureText.audit(hiddenCounts: 1, narrowestWidth: "2"))
                == "  Revision: 1 skjult tal; det smalleste mulige interval er 2 bredt;")
        #expect(
            Language.danish.text(DisclosureText.audit(hiddenCounts: 2, narrowestWidth: "2"))
                == "  Revision: 2 skjulte tal; det smalleste mulige interval er 2 bredt;")
        #expect(
            Language.english.text(DisclosureText.audit(hiddenCounts: 1, narrowestWidth: "2"))
                == "  Audit: 1 hidden count; the narrowest feasible interval is 2 wide;")
        #expect(
            Language.danish.text(DiffText.ambiguousPseudonyms(1))
                == "1 pseudonym stod på to aktive rækker i samme periode og er udeladt.")
        #expect(
            Language.english.text(DiffText.ambiguousPseudonyms(2))
                == "2 pseudonyms were on two active rows of one period and are left out.")
        #expect(
            Language.danish.text(DiffText.institutionSeries(tested: 1, of: 1, significant: 0))
                == "Dagtilbud: 1 af 1 trafiklys-serie kunne testes, 0 ændrede sig signifikant (alle tal i diff.csv).")
    }
}
