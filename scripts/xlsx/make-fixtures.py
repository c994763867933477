"""Writes the .xlsx fixtures of the XLSX reader tests (Fixtures/xlsx/) with openpyxl, as a
script or a program would write them; the values are those of Fixtures/small, so the tests can
compare the registrations with the CSV ones. Run: $(scripts/xlsx/python) scripts/xlsx/make-fixtures.py
"""
import datetime
import io
import os
import re
import sys
import zipfile

import openpyxl

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Fixtures", "xlsx")


def workbook(sheets):
    """sheets: [(name, rows)]; the first replaces openpyxl's default sheet."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets:
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    return book


def save(book, relative):
    path = os.path.join(ROOT, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    book.save(path)
    return path


def set_cached_value(path, part, formula, value):
    """openpyxl saves a formula without its value; a spreadsheet program saves both. Gives the
    formula `formula` the cached value `value`, rewriting the archive with Python's zipfile."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename == part:
                text = data.decode("utf-8")
                old = "<f>%s</f><v />" % formula
                assert old in text, text
                data = text.replace(old, "<f>%s</f><v>%s</v>" % (formula, value)).encode("utf-8")
            archive.writestr(info, data)


INSTRUCTIONS = [
    ["Vejledning til registreringsarket"],
    ["Skriv ét dagtilbud pr. række på arket Registrering."],
    ["Lad en celle stå tom, når tallet ikke er registreret."],
]

# Fixtures/small as openpyxl writes it; frederikshavn's periode-6 with an instructions sheet first.
save(workbook([("Vejledning", INSTRUCTIONS), ("Registrering", [
    ["dagtilbud", "boern", "hjemmebesoeg", "f1_daglig_kontakt", "trivsel_groen", "trivsel_gul", "trivsel_roed"],
    ["Solsikken", 10, 2, 5, 8, 1, 1],
    ["Regnbuen", 20, 0, 3, 3, 1, 0],
])]), "small/frederikshavn/periode-6.xlsx")
save(workbook([("Registrering", [
    ["dagtilbud", "boern", "hjemmebesoeg", "f1_daglig_kontakt", "trivsel_groen", "trivsel_gul", "trivsel_roed"],
    ["Solsikken", 8, None, 4, 8, 0, 0],
])]), "small/frederikshavn/periode-1.xlsx")
save(workbook([("Registrering", [
    ["dagtilbud", "boern", "hjemmebesoeg", "f1_daglig_kontakt", "trivsel_groen", "trivsel_gul", "trivsel_roed"],
    ["Solsikken", 12, None, 6, 9, 1, 0],
    ["Regnbuen", 18, 4, None, None, None, None],
])]), "small/frederikshavn/periode-7.xlsx")
save(workbook([("Registrering", [["dagtilbud", "boern", "kufferter"], ["Spiren", 5, 3]])]),
     "small/haderslev/periode-6.xlsx")
save(workbook([("Børn", [["dagtilbud", "barn", "trivsel"]] + [
    ["Spiren", "H%d" % n, light] for n, light in [(1, "g"), (2, "g"), (3, "y"), (4, "g"), (5, "g")]
])]), "small/haderslev/periode-6-boern.xlsx")

HEADER = ["dagtilbud", "boern", "hjemmebesoeg", "kufferter"]

# A formula with its cached value (D2: =1+2, saved as 3) and one without (C3: =B3*2).
path = save(workbook([("Registrering", [HEADER, ["Solsikken", 10, 2, "=1+2"], ["Regnbuen", 20, "=B3*2", 1]])]),
            "typed/frederikshavn/periode-6.xlsx")
set_cached_value(path, "xl/worksheets/sheet1.xml", "1+2", "3")

# An error value (C2: #DIV/0!) and a date in a count column (D3: 1 March 2024).
book = workbook([("Registrering", [HEADER, ["Solsikken", 10, "#DIV/0!", 1], ["Regnbuen", 20, 4, datetime.date(2024, 3, 1)]])])
book["Registrering"]["D3"].number_format = "dd-mm-yyyy"
save(book, "typed/haderslev/periode-6.xlsx")

# A CPR number in a text cell of the registration sheet (A3), and one as the name of another sheet.
save(workbook([("Registrering", [HEADER, ["Solsikken", 10, 2, 1], ["010190-1234", 20, 4, 1]])]),
     "cpr/cell/frederikshavn/periode-6.xlsx")
save(workbook([("Registrering", [HEADER, ["Solsikken", 10, 2, 1]]), ("0101901234", [["noter"]])]),
     "cpr/sheet-name/frederikshavn/periode-6.xlsx")
save(workbook([("1503874721", [HEADER, ["Solsikken", 10, 2, 1]])]),
     "cpr/registration-sheet-name/frederikshavn/periode-6.xlsx")
# A CPR number in a cell of the instructions sheet, which is not read as rows.
save(workbook([("Vejledning", [["Kontakt", None], [None, "010190-1234"]]), ("Registrering", [HEADER, ["Solsikken", 10, 2, 1]])]),
     "cpr/other-sheet-cell/frederikshavn/periode-6.xlsx")

# Error values in the dagtilbud column (A2, A4) around a good row.
save(workbook([("Registrering", [HEADER, ["#REF!", 10, 2, 1], ["Solsikken", 5, 1, 1], ["#N/A", 3, 3, 3]])]),
     "typed-key/frederikshavn/periode-6.xlsx")

# Off the layout: a workbook whose columns say what it is, and one whose columns do not.
save(workbook([("Ark1", [["dagtilbud", "periode", "boern"], ["Solsikken", 6, 10]])]),
     "elsewhere/frederikshavn/indberetning.xlsx")
save(workbook([("Budget", [["post", "beloeb"], ["Materialer", 1200]])]), "elsewhere/frederikshavn/budget.xlsx")
