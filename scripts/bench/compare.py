#!/usr/bin/env python3
"""Checks that pulje's report and DuckDB's aggregates agree (scripts/bench).
Usage: compare.py REPORT_DIR DUCKDB.csv   Exit 1 and the first differences when they do not."""
import csv, sys

report, duck = sys.argv[1], sys.argv[2]
pulje = set()
with open(f"{report}/traffic_light.csv") as f:
    for row in csv.DictReader(f):
        if row["institution"] == "*" and row["period"].isdigit():
            pulje.add(("lights", row["project"], row["period"], row["measure"], row["green"], row["yellow"], row["red"]))
with open(f"{report}/activity.csv") as f:
    for row in csv.DictReader(f):
        if row["institution"] == "*" and row["period"].isdigit() and row["indicator"] in ("hjemmebesoeg", "tvaerfaglige_moeder"):
            pulje.add(("activity", row["project"], row["period"], row["indicator"], row["value"]))
with open(duck) as f:
    duckdb = {tuple(line.strip().split(",")) for line in f if line.strip()}
only_pulje, only_duck = pulje - duckdb, duckdb - pulje
if only_pulje or only_duck:
    print(f"DIFFERENT: {len(only_pulje)} rows only in pulje, {len(only_duck)} only in DuckDB")
    for row in sorted(only_pulje)[:5]: print("  pulje :", row)
    for row in sorted(only_duck)[:5]: print("  duckdb:", row)
    sys.exit(1)
print(f"equal: {len(pulje)} aggregates (traffic lights per project, period, series; activity sums)")
