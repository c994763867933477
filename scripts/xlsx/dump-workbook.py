"""Prints every cell of an .xlsx as JSON, for the workbook tests (test tool only):
{"sheets": [{"name", "cells": [[{"t": "s"|"n"|"e", "v", "fmt"}]], "freeze", "filter", "bold"}]}.
"t" is openpyxl's data type: s text, n number, e empty (None)."""
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in book.worksheets:
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            if cell.value is None:
                cells.append({"t": "e"})
            elif isinstance(cell.value, str):
                cells.append({"t": "s", "v": cell.value})
            else:
                cells.append({"t": "n", "v": float(cell.value), "fmt": cell.number_format})
        rows.append(cells)
    sheets.append(
        {
            "name": sheet.title,
            "cells": rows,
            "freeze": sheet.freeze_panes,
            "filter": sheet.auto_filter.ref,
            "bold": [bool(c.font.bold) for c in sheet[1]] if sheet.max_row >= 1 else [],
        }
    )
json.dump({"sheets": sheets}, sys.stdout)
