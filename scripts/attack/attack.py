#!/usr/bin/env python3
"""Independent disclosure attack on pulje's published CSV files.

attack.py [--min-cell N] [--catalogue DIR] [--json OUT] [--quiet] DIR...

Each DIR is a report folder (traffic_light.csv) or a diff folder (diff.csv, transitions.csv).
Everything given is put into ONE integer program (split into independent components only for
speed: components share no unknown, so bounds are the same); for every hidden count the least
and greatest integer value consistent with all published numbers is computed with
scipy.optimize.milp.  Exit 1 if a hidden count is recovered or narrower than required.
"""
import argparse, csv, json, math, os, sys, time
from collections import defaultdict
import numpy as np
from scipy.optimize import milp, linprog, LinearConstraint, Bounds
from scipy.sparse import csr_matrix

HERE = os.path.dirname(os.path.abspath(__file__))
COLS = ["green", "yellow", "red"]
LIGHTS = ["groen", "gul", "roed"]
INF = math.inf


def num(s):
    s = (s or "").strip()
    if s == "":
        return None
    try:
        v = float(s)
    except ValueError:
        return None
    return int(round(v))


def isperiod(s):
    return s.strip().isdigit()


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


class Model:
    def __init__(self):
        self.vkey = {}      # key -> index
        self.keys = []
        self.lb = []
        self.cons = []      # (dict idx->coef, rhs, origin)
        self.hidden = {}    # label -> dict(expr, cap, kind, block)
        self.warnings = []

    def var(self, key, lb=0):
        i = self.vkey.get(key)
        if i is None:
            i = len(self.keys)
            self.vkey[key] = i
            self.keys.append(key)
            self.lb.append(lb)
        elif lb > self.lb[i]:
            self.lb[i] = lb
        return i

    def eq(self, expr, rhs, origin):
        if not expr:
            if rhs != 0:
                self.warnings.append(f"published {origin} = {rhs} but covers no unknown")
            return
        self.cons.append((dict(expr), rhs, origin))

    def hide(self, label, expr, cap, kind, ub=INF):
        """ub: an upper bound the published figures imply directly (a row's n, a block's total
        minus the least the other cells can be); used only to skip a solve when an integer
        solution already reaches it."""
        if label in self.hidden:
            return
        self.hidden[label] = {"expr": dict(expr), "cap": cap, "kind": kind, "ub": ub}


def load_catalogue(cat):
    ph = defaultdict(dict)
    p = os.path.join(cat, "phases.csv")
    if os.path.exists(p):
        for r in read_csv(p):
            ph[r["project"].strip()][int(r["period"])] = r["phase"].strip()
    return ph


def build(dirs, catalogue, warn, min_cell=5):
    m = Model()
    cat = load_catalogue(catalogue)
    reports, diffs = [], []
    for d in dirs:
        t = os.path.join(d, "traffic_light.csv")
        if os.path.exists(t):
            reports.append((d, read_csv(t)))
        df = os.path.join(d, "diff.csv")
        tr = os.path.join(d, "transitions.csv")
        if os.path.exists(df) or os.path.exists(tr):
            diffs.append((d, read_csv(df) if os.path.exists(df) else [],
                          read_csv(tr) if os.path.exists(tr) else []))
        if not os.path.exists(t) and not os.path.exists(df) and not os.path.exists(tr):
            warn(f"{d}: neither traffic_light.csv nor diff.csv/transitions.csv")
    # ---- traffic lights: base rows from reports
    base = defaultdict(dict)          # (proj, meas) -> {(inst, per): [gi, yi, ri]}
    phasemap = defaultdict(dict)      # proj -> {per: phase}
    reported = set()                  # (proj, meas) whose base rows the reports list
    for d, rows in reports:
        for r in rows:
            proj, inst, per = r["project"].strip(), r["institution"].strip(), r["period"].strip()
            if isperiod(per) and r.get("phase", "").strip():
                phasemap[proj][int(per)] = r["phase"].strip()
            if inst != "*" and isperiod(per):
                reported.add((proj, r["measure"].strip()))

    def base_vars(proj, meas, inst, per):
        key = (inst, per)
        b = base[(proj, meas)]
        if key not in b:
            b[key] = [m.var(("T", proj, meas, inst, per, c)) for c in COLS]
        return b[key]

    for d, rows in reports:
        for r in rows:
            proj, inst, per = r["project"].strip(), r["institution"].strip(), r["period"].strip()
            if inst != "*" and isperiod(per):
                base_vars(proj, r["measure"].strip(), inst, int(per))

    def periods_of(proj, side, meas):
        side = side.strip()
        if isperiod(side):
            return {int(side)}
        pm = phasemap.get(proj) or cat.get(proj, {})
        if side == "all":
            ps = {p for (i, p) in base[(proj, meas)]}
            return ps or set(pm)
        return {p for p, ph in pm.items() if ph == side}

    def rowset(proj, meas, inst, side, create_insts=None):
        """expression lists [g],[y],[r] over the base rows the published row covers"""
        pers = periods_of(proj, side, meas)
        if (proj, meas) not in reported and create_insts is not None:
            for i in (create_insts if inst == "*" else [inst]):
                for p in pers:
                    base_vars(proj, meas, i, p)
        sel = [v for (i, p), v in base[(proj, meas)].items()
               if (inst == "*" or i == inst) and p in pers]
        return sel

    def publish(label_prefix, sel, n, counts, origin):
        exprs = []
        for k in range(3):
            e = defaultdict(int)
            for v in sel:
                e[v[k]] += 1
            exprs.append(e)
        if n is not None:
            tot = defaultdict(int)
            for e in exprs:
                for i, c in e.items():
                    tot[i] += c
            m.eq(tot, n, origin + " n")
        for k in range(3):
            c = counts[k]
            if c is not None:
                m.eq(exprs[k], c, origin + " " + COLS[k])
            elif n is not None and n > 0:
                m.hide(label_prefix + "/" + COLS[k], exprs[k], n, "traffic", ub=n)

    for d, rows in reports:
        for r in rows:
            proj, inst, per = r["project"].strip(), r["institution"].strip(), r["period"].strip()
            meas = r["measure"].strip()
            if inst != "*" and isperiod(per):
                sel = [base_vars(proj, meas, inst, int(per))]
            else:
                sel = rowset(proj, meas, inst, per)
            publish(f"traffic_light.csv {proj}/{inst}/{per}/{meas}", sel, num(r["n"]),
                    [num(r[c]) for c in COLS], f"traffic_light {proj}/{inst}/{per}/{meas}")
    # ---- diff traffic rows
    for d, drows, trows in diffs:
        insts = defaultdict(set)
        for r in drows:
            if r["institution"].strip() != "*":
                insts[r["project"].strip()].add(r["institution"].strip())
        for r in trows:
            if r["institution"].strip() != "*":
                insts[r["project"].strip()].add(r["institution"].strip())
        for r in drows:
            if r["kind"].strip() != "traffic_light":
                continue
            proj, inst, meas = r["project"].strip(), r["institution"].strip(), r["measure"].strip()
            if (proj, meas) not in reported and inst == "*":
                warn(f"{d}: {proj}/{meas} not in any report: its base rows are created from the "
                     f"diff's institutions ({len(insts[proj])}); an institution the diff does not list "
                     f"would make the model infeasible")
            for side, pre in ((r["from"], "from"), (r["to"], "to")):
                sel = rowset(proj, meas, inst, side, create_insts=sorted(insts[proj]))
                publish(f"diff.csv {proj}/{inst}/{r['from']}->{r['to']}/{meas}/{pre}={side}", sel,
                        num(r["n_" + pre]), [num(r[f"{pre}_{c}"]) for c in COLS],
                        f"diff {proj}/{inst}/{pre}={side}/{meas}")
    # ---- panel
    blocks = {}
    for d, drows, trows in diffs:
        seen_totals = set()
        blockcells = defaultdict(list)
        for r in trows:
            proj, inst = r["project"].strip(), r["institution"].strip()
            fr, to, ser, grp = r["from"].strip(), r["to"].strip(), r["series"].strip(), r["group"].strip()
            fl, tl = r.get("from_light", "").strip(), r.get("to_light", "").strip()
            bk = (proj, inst, fr, to, ser)
            val = num(r["children"])
            sup = r.get("suppressed", "").strip().lower() == "true" or val is None
            if grp.endswith("_total"):
                seen_totals.add((bk, grp))
                if val is not None:
                    g = grp[:-len("_total")]
                    blocks.setdefault((bk, g), {"total": None})["total"] = val
                continue
            key = ("P", proj, inst, fr, to, ser, grp, fl, tl)
            v = m.var(key, lb=1 if sup else 0)
            label = f"transitions.csv {proj}/{inst}/{fr}->{to}/{ser}/{grp}/{fl or '-'}/{tl or '-'}"
            g = grp if grp in ("stayer", "newcomer", "leaver") else grp + ":" + fl + ":" + tl
            blocks.setdefault((bk, g), {"total": None})
            blocks[(bk, g)].setdefault("cells", []).append((v, sup, val, label))
        for (bk, g), b in blocks.items():
            if g in ("newcomer", "leaver") and (bk, g + "_total") not in seen_totals and b.get("cells"):
                pass
        for r in drows:
            if r["kind"].strip() not in ("panel_distribution", "panel_green"):
                continue
            proj, inst, fr, to, ser = (r[c].strip() for c in ("project", "institution", "from", "to", "measure"))
            bk = (proj, inst, fr, to, ser)
            S = {(a, b): ("P", proj, inst, fr, to, ser, "stayer", a, b) for a in LIGHTS for b in LIGHTS}
            Sv = {k: m.var(v) for k, v in S.items()}
            org = f"diff {proj}/{inst}/{fr}->{to}/{ser}/{r['kind'].strip()}"
            for nn in ("n_from", "n_to"):
                n = num(r[nn])
                if n is not None:
                    m.eq({v: 1 for v in Sv.values()}, n, org + " " + nn)
                    blocks.setdefault((bk, "stayer"), {"total": None})
                    blocks[(bk, "stayer")]["total"] = n
            for k, (c, L) in enumerate(zip(COLS, LIGHTS)):
                x = num(r["from_" + c])
                if x is not None:
                    m.eq({Sv[(L, b)]: 1 for b in LIGHTS}, x, org + " from_" + c)
                x = num(r["to_" + c])
                if x is not None:
                    m.eq({Sv[(a, L)]: 1 for a in LIGHTS}, x, org + " to_" + c)
    missing_totals = 0
    for (bk, g), b in blocks.items():
        cells = b.get("cells", [])
        for (v, sup, val, label) in cells:
            if val is not None:
                m.eq({v: 1}, val, label)
        T = b["total"]
        if T is not None and cells:
            m.eq({v: 1 for (v, _, _, _) in cells}, T, f"{bk} {g} total")
        if T is None and g in ("newcomer", "leaver") and any(s for (_, s, _, _) in cells):
            missing_totals += 1
        # A group of fewer than min-cell children shows its total only (zeros hidden too), and so
        # does a group whose every cell is blank: there a blank is only >= 0.
        whole = (T is not None and T < min_cell) or (len(cells) > 0 and all(sup for (_, sup, _, _) in cells))
        if whole:
            for (v, sup, val, label) in cells:
                if sup:
                    m.lb[v] = 0
        k = sum(1 for (_, sup, val, _) in cells if sup or (val is not None and val != 0))
        least = sum((0 if whole else 1) if sup else val for (_, sup, val, _) in cells)
        for (v, sup, val, label) in cells:
            if sup:
                if T is None:
                    cap = INF
                elif whole:
                    cap = T
                else:
                    cap = (T - k) if k >= 2 else 0
                ub = (T - least + 1) if T is not None else INF
                m.hide(label, {v: 1}, max(cap, 0), "panel", ub=ub)
    if missing_totals:
        warn(f"{missing_totals} newcomer/leaver blocks with hidden cells have no published total "
             f"(no *_total rows in transitions.csv): their totals are left unknown")
    return m


def components(m):
    parent = list(range(len(m.keys)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for (e, _, _) in m.cons:
        it = iter(e)
        a = find(next(it))
        for i in it:
            b = find(i)
            if a != b:
                parent[b] = a
    for h in m.hidden.values():
        it = iter(h["expr"])
        a = find(next(it))
        for i in it:
            b = find(i)
            if a != b:
                parent[b] = a
    comp = defaultdict(lambda: {"vars": [], "cons": [], "hidden": []})
    for i in range(len(m.keys)):
        comp[find(i)]["vars"].append(i)
    for c in m.cons:
        comp[find(next(iter(c[0])))]["cons"].append(c)
    for lab, h in m.hidden.items():
        comp[find(next(iter(h["expr"])))]["hidden"].append(lab)
    return [c for c in comp.values() if c["hidden"] or c["cons"]]


def solve(m, P, exact_skip=True):
    res = {}
    infeasible = []
    nsolve = 0
    for comp in components(m):
        vs = comp["vars"]
        loc = {v: j for j, v in enumerate(vs)}
        nv = len(vs)
        rows, cols, data, rhs = [], [], [], []
        for r, (e, b, _) in enumerate(comp["cons"]):
            for i, c in e.items():
                rows.append(r); cols.append(loc[i]); data.append(c)
            rhs.append(b)
        A = csr_matrix((data, (rows, cols)), shape=(len(rhs), nv)) if rhs else None
        cons = [LinearConstraint(A, rhs, rhs)] if rhs else []
        bounds = Bounds(np.array([m.lb[v] for v in vs], float), np.full(nv, np.inf))
        integ = np.ones(nv)
        if not rhs:  # no published equation touches these unknowns: [least, unbounded)
            for lab in comp["hidden"]:
                res[lab] = (int(sum(c * m.lb[i] for i, c in m.hidden[lab]["expr"].items())), INF)
            continue
        # feasibility first
        nsolve += 1
        f = milp(np.zeros(nv), constraints=cons, bounds=bounds, integrality=integ)
        if f.status != 0:
            infeasible.append(comp["cons"][0][2] if comp["cons"] else "?")
            for lab in comp["hidden"]:
                res[lab] = (None, None)
            continue
        labs = comp["hidden"]
        C = np.zeros((len(labs), nv))
        for j, lab in enumerate(labs):
            for i, k in m.hidden[lab]["expr"].items():
                C[j, loc[i]] = k
        natlo = C @ bounds.lb          # the least every expression can be (coefficients >= 0)
        natub = np.array([m.hidden[lab]["ub"] for lab in labs], float)
        seen_lo = np.full(len(labs), np.inf)
        seen_hi = np.full(len(labs), -np.inf)

        def witness(x):
            vals = np.rint(C @ np.rint(x))
            np.minimum(seen_lo, vals, out=seen_lo)
            np.maximum(seen_hi, vals, out=seen_hi)
        witness(f.x)
        for j, lab in enumerate(labs):
            out = []
            for sign in (-1, 1):  # greatest first: its solutions push the other cells low
                if sign == -1 and exact_skip and seen_hi[j] >= natub[j]:
                    out.append(int(natub[j])); continue   # an integer solution reaches an implied bound
                if sign == 1 and exact_skip and seen_lo[j] <= natlo[j]:
                    out.append(int(natlo[j])); continue
                nsolve += 1
                # The dual simplex gives a vertex; where it is integral it is the integer
                # optimum too (the LP bound is never tighter than the integer one), else milp.
                r = linprog(sign * C[j], A_eq=A, b_eq=rhs, bounds=list(zip(bounds.lb, [None] * nv)),
                            method="highs-ds")
                if not (r.status == 0 and np.allclose(r.x, np.rint(r.x), atol=1e-9)):
                    r = milp(sign * C[j], constraints=cons, bounds=bounds, integrality=integ)
                if r.status == 0:
                    witness(r.x)
                    out.append(int(round(sign * r.fun)))
                elif r.status == 3 or (r.status == 4 and sign == -1):
                    out.append(INF if sign == -1 else -INF)
                else:
                    raise SystemExit(f"milp failed ({r.status}: {r.message}) on {lab}")
            res[lab] = (out[1], out[0])
    return res, infeasible, nsolve


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*")
    ap.add_argument("--min-cell", type=int, default=5)
    ap.add_argument("--width", type=int, default=2, help="protection width: every hidden count at least this wide, or as wide as its block allows")
    ap.add_argument("--catalogue", default=os.path.join(HERE, "..", "..", "Fixtures", "catalogue"))
    ap.add_argument("--json", help="write the model and every interval as JSON (for check_truth.py)")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--no-skip", action="store_true",
                    help="solve both bounds of every cell (no skipping where an integer solution already reaches an implied bound)")
    ap.add_argument("--list", type=int, default=10, help="list this many of the narrowest cells")
    ap.add_argument("--sets", help="batch: a file whose lines are 'JSON_OUT DIR...', each attacked on its own "
                    "(one Python start for many data sets); prints one summary line per set")
    ap.add_argument("--jobs", type=int, default=1, help="with --sets: data sets attacked in parallel")
    a = ap.parse_args()
    if a.sets:
        import copy
        from multiprocessing import Pool
        jobs = []
        for line in open(a.sets):
            parts = line.split()
            if parts:
                b = copy.copy(a); b.json = parts[0]; b.dirs = parts[1:]; b.quiet = True
                jobs.append(b)
        worst = 0
        with Pool(max(1, a.jobs)) as pool:
            for b, (rc, text) in zip(jobs, pool.imap(run_captured, jobs)):
                sys.stdout.write(f"{b.json}: rc {rc}: {text}")
                sys.stdout.flush()
                worst = max(worst, rc)
        return worst
    return run(a)


def run_captured(a):
    import io, contextlib
    buf, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(err):
        rc = run(a)
    return rc, buf.getvalue()


def run(a):
    t0 = time.time()
    warns = []
    m = build(a.dirs, a.catalogue, warns.append, a.min_cell)
    for w in m.warnings:
        warns.append(w)
    res, infeasible, nsolve = solve(m, a.width, exact_skip=not a.no_skip)
    P = a.width
    rows = []
    for lab, h in m.hidden.items():
        lo, hi = res[lab]
        cap = h["cap"]
        req = min(P, cap)
        if lo is None:
            rows.append((lab, lo, hi, cap, req, None, False, False))
            continue
        w = hi - lo
        recovered = (lo == hi and cap > 0)
        narrow = w < req
        rows.append((lab, lo, hi, cap, req, w, recovered, narrow))
    nh = len(rows)
    nrec = sum(r[6] for r in rows)
    nnar = sum(r[7] for r in rows)
    ndet = sum(1 for r in rows if r[3] == 0)
    valid = [r for r in rows if r[5] is not None]
    valid.sort(key=lambda r: (r[5] - r[4], r[5], r[0]))
    dt = time.time() - t0
    out = sys.stdout
    for w in warns:
        print("warning:", w, file=sys.stderr)
    for o in infeasible:
        print("ERROR: published figures are inconsistent with the model (infeasible component at "
              f"{o})", file=sys.stderr)
    if not a.quiet:
        print(f"folders: {' '.join(a.dirs)}", file=out)
        print(f"unknowns {len(m.keys)}, equations {len(m.cons)}, milp solves {nsolve}", file=out)
        for r in valid[:a.list]:
            lab, lo, hi, cap, req, w, rec, nar = r
            tag = "RECOVERED" if rec else ("NARROW" if nar else "ok")
            print(f"  {tag:9s} width {w} (required {req}, cap {cap}) [{lo}, {hi}]  {lab}", file=out)
    narrowest = valid[0] if valid else None
    print(f"hidden {nh}  recovered {nrec}  below-width {nnar}  cap-0 {ndet}  "
          f"narrowest {narrowest[5] if narrowest else '-'}"
          f"{' (' + narrowest[0] + ')' if narrowest else ''}  infeasible {len(infeasible)}  "
          f"time {dt:.2f}s", file=out)
    if a.json:
        with open(a.json, "w", encoding="utf-8") as f:
            json.dump({"keys": m.keys, "lb": m.lb,
                       "cons": [[[[i, c] for i, c in e.items()], b, o] for e, b, o in m.cons],
                       "hidden": [{"label": r[0], "lo": r[1], "hi": r[2], "cap": r[3],
                                   "expr": [[i, c] for i, c in m.hidden[r[0]]["expr"].items()]}
                                  for r in rows],
                       "summary": {"hidden": nh, "recovered": nrec, "narrow": nnar,
                                   "narrowest": narrowest[5] if narrowest else None,
                                   "infeasible": len(infeasible), "time": dt}},
                      f, ensure_ascii=False, default=lambda x: None if x in (INF, -INF) else x)
    if infeasible:
        return 2
    return 1 if (nrec or nnar) else 0


if __name__ == "__main__":
    sys.exit(main())
