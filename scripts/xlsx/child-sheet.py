"""Writes a child sheet of ROWS rows (default 100,000) as .xlsx with openpyxl's streaming writer,
for the memory check of the XLSX reader (README, Data layout): pulje must read it in bounded
memory. Run: $(scripts/xlsx/python) scripts/xlsx/child-sheet.py OUT.xlsx [ROWS]
"""
import sys

import openpyxl

out = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
book = openpyxl.Workbook(write_only=True)
sheet = book.create_sheet("Børn")
sheet.append(["dagtilbud", "barn", "trivsel", "sprog", "status", "alder"])
lights = ["groen", "gul", "roed"]
for n in range(rows):
    sheet.append(["Dagtilbud %d" % (n // 50), "B%06d" % n, lights[n % 3], lights[(n // 3) % 3], "aktiv", 3 + n % 3])
book.save(out)
