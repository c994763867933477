#!/usr/bin/env python3
"""DuckDB's side of scripts/bench: the aggregates `pulje report` computes from the national
set that can be computed with one SQL query each, written as CSV for the equality check:
traffic-light counts per project, period, series and light from the child sheets, and the
activity sums per project and period from the institution sheets.
Usage: duckdb_aggregates.py DATA OUT.csv [--lights-only]"""
import sys
import duckdb

data, out = sys.argv[1], sys.argv[2]
con = duckdb.connect()
con.execute("SET threads = 2")
# One scan of the child sheets, grouped by every cell the aggregates need, then folded.
lights = con.execute(f"""
    WITH base AS MATERIALIZED (
        SELECT projekt, periode, status = 'udgaaet' AS left_, trivsel, sprog, count(*) AS n
        FROM read_csv('{data}/*/*boern*.csv', header = true, all_varchar = true)
        GROUP BY ALL)
    SELECT projekt, periode, CASE WHEN left_ THEN 'trivsel_udgaaet' ELSE 'trivsel' END,
           sum(n) FILTER (trivsel = 'groen'), sum(n) FILTER (trivsel = 'gul'), sum(n) FILTER (trivsel = 'roed')
    FROM base WHERE trivsel IS NOT NULL GROUP BY ALL
    UNION ALL
    SELECT projekt, periode, CASE WHEN left_ THEN 'sprog_udgaaet' ELSE 'sprog' END,
           sum(n) FILTER (sprog = 'groen'), sum(n) FILTER (sprog = 'gul'), sum(n) FILTER (sprog = 'roed')
    FROM base WHERE sprog IS NOT NULL GROUP BY ALL
""").fetchall()
activity = con.execute(f"""
    SELECT regexp_extract(filename, '([^/]+)/periode-([0-9]+)\\.csv$', 1) AS project,
           regexp_extract(filename, '([^/]+)/periode-([0-9]+)\\.csv$', 2) AS period,
           sum(hjemmebesoeg), sum(tvaerfaglige_moeder)
    FROM read_csv('{data}/*/periode-?.csv', header = true, filename = true)
    GROUP BY ALL
""").fetchall()
with open(out, "w") as f:
    for project, period, measure, g, y, r in lights:
        f.write(f"lights,{project},{period},{measure},{g or 0},{y or 0},{r or 0}\n")
    for project, period, visits, meetings in activity:
        f.write(f"activity,{project},{period},hjemmebesoeg,{visits}\n")
        f.write(f"activity,{project},{period},tvaerfaglige_moeder,{meetings}\n")
