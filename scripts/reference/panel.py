#!/usr/bin/env python3
"""Writes Fixtures/panel (a hand-designed data set for `pulje diff`) and prints the reference
values the tests in Tests/PuljeKitTests/DiffTests.swift hold, computed here independently of
the engine with scipy and statsmodels from the counts the design fixes.

Usage: python3 scripts/reference/panel.py [--write]   (needs scipy, statsmodels)
"""
import os, sys

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "Fixtures", "panel", "morsoe")

# Period 5 (from) -> period 7 (to) trivsel of the 24 stayers, and sprog of A's 16 stayers.
stayers = {
    # child: (trivsel p5, trivsel p7, sprog p5, sprog p7)
    **{f"A{i:02}": ("g", "g", "g", "g") for i in range(1, 9)},
    "A09": ("g", "y", "g", "g"), "A10": ("g", "r", "g", "g"),
    "A11": ("y", "g", "y", "g"), "A12": ("y", "g", "y", "g"), "A13": ("y", "g", "y", "g"),
    "A14": ("y", "y", "r", "r"), "A15": ("r", "g", "r", "r"), "A16": ("r", "y", "r", "r"),
    **{f"B{i:02}": ("g", "g", "", "") for i in range(1, 5)},
    "B05": ("y", "g", "", ""), "B06": ("y", "r", "", ""), "B07": ("r", "r", "", ""), "B08": ("r", "g", "", ""),
}
LIGHT = {"g": "grøn", "y": "gul", "r": "rød", "": ""}
INSTITUTION = {"A": "Solsikken", "B": "Kastanjen"}

def rows_for(period):
    out = []  # (institution, child, trivsel, sprog, status)
    for child, (t5, t7, s5, s7) in stayers.items():
        t, s = (t5, s5) if period == 5 else (t7, s7)
        out.append((child, t, s, ""))
    if period == 5:
        out += [("A17", "g", "g", ""), ("A18", "g", "y", ""), ("A19", "y", "g", ""), ("A20", "r", "y", ""),
                ("B09", "g", "", ""), ("B10", "y", "", "")]
    if period == 6:
        out += [("A17", "r", "", "udgaaet"), ("A21", "g", "g", ""), ("A22", "y", "y", ""), ("B09", "g", "", "")]
    if period == 7:
        out += [("A18", "y", "g", "udgaaet"), ("A21", "g", "g", ""), ("A22", "y", "y", ""), ("A23", "g", "g", ""),
                ("A24", "r", "r", ""), ("A25", "y", "", ""), ("B11", "g", "", ""), ("B12", "g", "", "")]
    return [(INSTITUTION[c[0]], c, t, s, st) for c, t, s, st in out]

def write():
    os.makedirs(ROOT, exist_ok=True)
    for period in (5, 6, 7):
        with open(os.path.join(ROOT, f"periode-{period}-boern.csv"), "w") as f:
            f.write("dagtilbud,barn,trivsel,sprog,status\n")
            for row in rows_for(period):
                f.write(",".join(LIGHT.get(x, x) if i in (2, 3) else x for i, x in enumerate(row)) + "\n")
    sheets = {
        5: [("Solsikken", 22, 2, 3, 4), ("Kastanjen", 12, 3, 4, 5), ("Bøgen", 15, 1, 4, ""), ("Egen", 14, 0, 5, ""),
            ("Pilen", 10, 4, 3, ""), ("Ask", 9, "", 4, "")],
        7: [("Solsikken", 22, 4, 5, ""), ("Kastanjen", 12, 5, 6, ""), ("Bøgen", 15, 2, 5, ""), ("Egen", 14, 1, 6, ""),
            ("Pilen", 10, 3, 4, ""), ("Ask", 9, 6, "", "")],
    }
    for period, rows in sheets.items():
        with open(os.path.join(ROOT, f"periode-{period}.csv"), "w") as f:
            f.write("dagtilbud,boern,hjemmebesoeg,f1_daglig_kontakt,f2_inddragelse\n")
            for row in rows:
                f.write(",".join(str(x) for x in row) + "\n")

def reference():
    from scipy import stats
    from statsmodels.stats.contingency_tables import SquareTable, mcnemar
    from statsmodels.stats.proportion import confint_proportions_2indep
    idx = {"g": 0, "y": 1, "r": 2}
    def matrix(pick):
        m = [[0] * 3 for _ in range(3)]
        for child, v in stayers.items():
            a, b = pick(v)
            if a and b:
                m[idx[a]][idx[b]] += 1
        return m
    for name, pick in (("trivsel", lambda v: (v[0], v[1])), ("sprog", lambda v: (v[2], v[3]))):
        m = matrix(pick)
        print(name, "transitions", m)
        # statsmodels: SquareTable(table).homogeneity() is the Stuart-Maxwell test.
        import numpy as np
        h = SquareTable(np.array(m), shift_zeros=False).homogeneity()
        print("  stuart-maxwell", round(h.statistic, 6), round(h.pvalue, 6))
        green = [[m[0][0], m[0][1] + m[0][2]], [m[1][0] + m[2][0], m[1][1] + m[1][2] + m[2][1] + m[2][2]]]
        r = mcnemar(np.array(green), exact=False, correction=False)
        print("  mcnemar", round(r.statistic, 6), round(r.pvalue, 6))
    # Period 5 vs 7, trivsel of all active children (green, yellow, red).
    p5 = [0, 0, 0]; p7 = [0, 0, 0]
    for period, acc in ((5, p5), (7, p7)):
        for _, _, t, _, status in rows_for(period):
            if status == "" and t:
                acc[idx[t]] += 1
    print("trivsel p5", p5, "p7", p7)
    chi = stats.chi2_contingency([[p5[i], p7[i]] for i in range(3)], correction=False)
    print("  chi2", round(chi.statistic, 6), chi.dof, round(chi.pvalue, 6))
    # Newcombe (method 10) for p7 - p5: statsmodels compares count1 - count2.
    low, high = confint_proportions_2indep(p7[0], sum(p7), p5[0], sum(p5), method="newcomb", compare="diff")
    print("  newcombe", round(low, 6), round(high, 6))
    # Welch t for f1: scipy.stats.ttest_ind(p7, p5, equal_var=False)
    f5 = [3, 4, 4, 5, 3, 4]; f7 = [5, 6, 5, 6, 4]
    w = stats.ttest_ind(f7, f5, equal_var=False)
    ci = w.confidence_interval(0.95)
    print("f1 welch", round(w.statistic, 6), round(w.df, 6), round(w.pvalue, 6), round(ci.low, 6), round(ci.high, 6))

if __name__ == "__main__":
    if "--write" in sys.argv:
        write()
    reference()
