#!/usr/bin/env python3
"""Sanity test of the attacker against the generator's truth (never used by attack.py).

check_truth.py MODEL.json TRUTH.json [MODEL.json TRUTH.json ...]   (CATALOGUE=DIR to override)

Checks that the true traffic-light counts satisfy every published equation the attacker built
(so every shown figure equals the truth) and lie inside every interval; for panel cells it
computes the transitions from the child records (README semantics) and does the same, counting
disagreements separately (a mismatch there may be this script's reading of the panel rules).
Exit 1 on a traffic-light mismatch or a true value outside an interval.
"""
import json, sys
from collections import defaultdict

LIGHTS = ["groen", "gul", "roed"]
COLS = ["green", "yellow", "red"]
import os as _os
VERBOSE = _os.environ.get("VERBOSE") == "1"


def panel_truth(children, phases):
    """children: [proj, period, inst, id, {series: light}, status]"""
    by = defaultdict(list)
    for proj, per, inst, cid, light, status in children:
        by[proj].append((per, inst, cid, light, status))
    cache = {}

    def get(proj, fr, to, series):
        k = (proj, fr, to, series)
        if k in cache:
            return cache[k]
        def side(s):
            return {int(s)} if s.isdigit() else {p for p, ph in phases.get(proj, {}).items() if ph == s}
        F, T = side(fr), side(to)
        recs = by.get(proj, [])
        out = defaultdict(int)
        # ambiguous: pseudonym on two active rows of one period (on either side)
        cnt = defaultdict(int)
        for (per, inst, cid, light, st) in recs:
            if st == "aktiv":
                cnt[(per, cid)] += 1
        amb = {cid for (per, cid), c in cnt.items() if c > 1 and (per in F or per in T)}
        def latest(cid, S, inst=None):
            rows = sorted((r for r in recs if r[2] == cid and r[4] == "aktiv" and r[0] in S), key=lambda r: r[0])
            return rows
        ids = {r[2] for r in recs}
        for cid in ids:
            if cid in amb:
                continue
            all_f = latest(cid, F); all_t = latest(cid, T)
            for inst in ["*"] + sorted({r[1] for r in all_f + all_t}):
                fr_rows = [r for r in all_f if inst == "*" or r[1] == inst]
                to_rows = [r for r in all_t if inst == "*" or r[1] == inst]
                def light_of(rows):
                    for r in reversed(rows):
                        if r[3].get(series):
                            return r[3][series]
                    return None
                lf, lt = light_of(fr_rows), light_of(to_rows)
                if fr_rows and to_rows:
                    if lf and lt:
                        out[(inst, "stayer", lf, lt)] += 1
                    else:
                        out[(inst, "stayer_not_assessed", "", "")] += 1
                elif to_rows:
                    if lt:
                        out[(inst, "newcomer", "", lt)] += 1
                elif fr_rows:
                    last = fr_rows[-1][0]
                    ud = sorted((r for r in recs if r[2] == cid and r[4] == "udgaaet" and r[0] > last
                                 and (inst == "*" or r[1] == inst)), key=lambda r: r[0])
                    ll = ud[0][3].get(series) if ud else lf
                    if ll:
                        out[(inst, "leaver", ll, "")] += 1
        for cid in amb:
            out[("*", "ambiguous_pseudonym", "", "")] += 1
        cache[k] = out
        return out
    return get


def main():
    import csv, os
    cat = os.environ.get("CATALOGUE") or os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Fixtures", "catalogue")
    phases = defaultdict(dict)
    for r in csv.DictReader(open(os.path.join(cat, "phases.csv"), encoding="utf-8")):
        phases[r["project"]][int(r["period"])] = r["phase"]
    args = sys.argv[1:]
    worst = 0
    for mi in range(0, len(args) - 1, 2):
        if len(args) > 2:
            print(f"{args[mi]}: ", end="")
        worst = max(worst, check(json.load(open(args[mi])), json.load(open(args[mi + 1])), phases))
    return worst


def check(model, truth, phases):
    T = {}
    for proj, inst, per, meas, c in truth["traffic"]:
        for col, v in zip(COLS, c):
            T[("T", proj, meas, inst, per, col)] = v
    pt = panel_truth(truth["children"], phases)
    vals = []
    for key in model["keys"]:
        key = tuple(key)
        if key[0] == "T":
            vals.append(T.get(key, 0))
        else:
            _, proj, inst, fr, to, ser, grp, fl, tl = key
            vals.append(pt(proj, fr, to, ser).get((inst, grp, fl, tl), 0))
    kind = [k[0] for k in model["keys"]]
    bad_t = bad_p = 0
    for e, b, o in model["cons"]:
        v = sum(c * vals[i] for i, c in e)
        if v != b:
            if all(kind[i] == "T" for i, _ in e):
                bad_t += 1
                if bad_t <= 5:
                    print(f"TRUTH MISMATCH (traffic): {o}: published {b}, true {v}")
            else:
                bad_p += 1
                if bad_p <= 3 and VERBOSE:
                    print(f"panel truth differs: {o}: published {b}, my reading {v}")
    out_t = out_p = 0
    for h in model["hidden"]:
        v = sum(c * vals[i] for i, c in h["expr"])
        lo = h["lo"] if h["lo"] is not None else -1e18
        hi = h["hi"] if h["hi"] is not None else 1e18
        if not (lo <= v <= hi):
            if all(kind[i] == "T" for i, _ in h["expr"]):
                out_t += 1
                print(f"TRUTH OUTSIDE INTERVAL: {h['label']}: [{h['lo']}, {h['hi']}] true {v}")
            else:
                out_p += 1
                if VERBOSE:
                    print(f"panel truth outside interval (my reading): {h['label']}: [{h['lo']}, {h['hi']}] mine {v}")
    print(f"truth check: traffic equations violated {bad_t}, traffic truths outside {out_t}; "
          f"panel equations differing from my reading {bad_p}, panel truths outside {out_p}")
    return 1 if (bad_t or out_t) else 0


if __name__ == "__main__":
    sys.exit(main())
