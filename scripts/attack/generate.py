#!/usr/bin/env python3
"""Adversarial synthetic data for pulje's disclosure control.

generate.py SEED OUTDIR [--truth FILE] [--catalogue DIR]

Writes OUTDIR/<project>/periode-N.csv (institution sheets) and periode-N-boern.csv
(child sheets with stable pseudonyms for the panel project).  Deterministic from SEED.
With --truth, writes the true traffic-light counts and the child records as JSON (never
given to the attacker; used only by check_truth.py for the sanity test).
"""
import argparse, csv, json, os, random, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
LIGHTS = ["groen", "gul", "roed"]
NAMES = ["Solsikken", "Kastanjen", "Bøgen", "Egen", "Mælkebøtten", "Ask", "Pilen", "Lærken",
         "Æblehaven", "Grønnegården", "Skovly", "Fyrtårnet", "Åkanden", "Regnbuen"]


def load_catalogue(cat):
    phases = defaultdict(dict)
    with open(os.path.join(cat, "phases.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            phases[r["project"]][int(r["period"])] = r["phase"]
    collected = set()
    with open(os.path.join(cat, "periods.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["collected"].strip() == "yes":
                collected.add(int(r["period"]))
    return phases, collected


def small_n(rng, P):
    r = rng.random()
    if r < 0.25:
        return rng.choice([P - 1, P])
    if r < 0.6:
        return rng.randint(1, P + 1)
    if r < 0.9:
        return rng.randint(1, 15)
    return rng.randint(16, 30)


def light_probs(rng):
    pr = rng.choice([0.02, 0.05, 0.08, 0.15])
    py = rng.choice([0.08, 0.15, 0.25])
    return [1 - pr - py, py, pr]


def draw(rng, probs):
    x = rng.random()
    acc = 0
    for i, p in enumerate(probs):
        acc += p
        if x < acc:
            return i
    return len(probs) - 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("seed", type=int)
    ap.add_argument("outdir")
    ap.add_argument("--truth")
    ap.add_argument("--catalogue", default=os.path.join(HERE, "..", "..", "Fixtures", "catalogue"))
    ap.add_argument("--min-cell", type=int, default=5)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    P = a.min_cell
    phases, collected = load_catalogue(a.catalogue)
    # projects whose periods span at least two phases among collected periods
    cands = sorted(p for p, ph in phases.items()
                   if len({ph[q] for q in ph if q in collected and ph[q] != "afsluttet"}) >= 2)
    k = rng.randint(1, 4)
    projects = rng.sample(cands, k)
    truth = {"traffic": [], "children": [], "panel_projects": []}
    os.makedirs(a.outdir, exist_ok=True)
    for pi, proj in enumerate(projects):
        ph = phases[proj]
        allp = sorted(q for q in ph if q in collected and ph[q] != "afsluttet")
        # several periods across phases
        m = rng.randint(min(3, len(allp)), len(allp))
        periods = sorted(rng.sample(allp, m))
        while len({ph[q] for q in periods}) < 2:
            periods = sorted(rng.sample(allp, m))
        ninst = rng.randint(2, 6)
        insts = rng.sample(NAMES, ninst)
        has_sprog = rng.random() < 0.6
        panel = (pi == 0) or rng.random() < 0.3
        pdir = os.path.join(a.outdir, proj)
        os.makedirs(pdir, exist_ok=True)
        # presence: institutions present only in some periods
        present = {}
        for inst in insts:
            mode = rng.random()
            if mode < 0.6:
                present[inst] = set(periods)
            elif mode < 0.8:  # opens late
                present[inst] = set(periods[rng.randint(1, len(periods) - 1):])
            else:
                present[inst] = {q for q in periods if rng.random() < 0.6} or {periods[0]}
        probs = {inst: {"trivsel": light_probs(rng), "sprog": light_probs(rng)} for inst in insts}
        series = ["trivsel"] + (["sprog"] if has_sprog else [])
        if not panel:
            for q in periods:
                rows = []
                for inst in insts:
                    if q not in present[inst]:
                        continue
                    row = {"dagtilbud": inst}
                    tot = 0
                    for s in series:
                        n = small_n(rng, P)
                        c = [0, 0, 0]
                        for _ in range(n):
                            c[draw(rng, probs[inst][s])] += 1
                        for L, v in zip(LIGHTS, c):
                            row[f"{s}_{L}"] = v
                        truth["traffic"].append([proj, inst, q, s, c])
                        tot = max(tot, n)
                        if rng.random() < 0.4:
                            u = [0, 0, 0]
                            for _ in range(rng.randint(0, 3)):
                                u[draw(rng, probs[inst][s])] += 1
                            for L, v in zip(LIGHTS, u):
                                row[f"{s}_udgaaet_{L}"] = v
                            if sum(u) > 0:
                                truth["traffic"].append([proj, inst, q, s + "_udgaaet", u])
                    row["boern"] = tot + rng.randint(0, 3)
                    rows.append(row)
                cols = ["dagtilbud", "boern"] + [f"{s}{u}_{L}" for s in series for u in ("", "_udgaaet") for L in LIGHTS]
                with open(os.path.join(pdir, f"periode-{q}.csv"), "w", encoding="utf-8", newline="") as f:
                    w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
                    w.writeheader()
                    for r in rows:
                        w.writerow(r)
            continue
        # panel project: simulate children with stable pseudonyms
        truth["panel_projects"].append(proj)
        prefix = proj[:3].upper()
        counter = [0]

        def newkid(inst):
            counter[0] += 1
            return {"id": f"{prefix}{counter[0]:03d}", "inst": inst,
                    "state": {s: draw(rng, probs[inst][s]) for s in series}}

        active = []
        first = periods[0]
        for inst in insts:
            if first in present[inst]:
                active += [newkid(inst) for _ in range(small_n(rng, P))]
        records = []  # (period, inst, id, {series: light or None}, status)
        for qi, q in enumerate(periods):
            open_insts = [i for i in insts if q in present[i]] or [insts[0]]
            nxt = []
            if qi > 0:
                for kid in active:
                    r = rng.random()
                    if r < 0.12:  # leaver
                        if rng.random() < 0.6 and kid["inst"] in open_insts:
                            records.append((q, kid["inst"], kid["id"], dict(kid["light"]), "udgaaet"))
                        continue
                    if r < 0.22 or kid["inst"] not in open_insts:  # mover
                        others = [i for i in open_insts if i != kid["inst"]] or open_insts
                        kid["inst"] = rng.choice(others)
                    nxt.append(kid)
                for inst in open_insts:  # newcomers
                    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
                        nxt.append(newkid(inst))
                active = nxt
            for kid in active:
                light = {}
                for s in series:
                    st = kid["state"][s]
                    if rng.random() < 0.25:
                        st = draw(rng, probs[kid["inst"]][s])
                    kid["state"][s] = st
                    light[s] = LIGHTS[st] if rng.random() > 0.05 else None
                kid["light"] = light
                records.append((q, kid["inst"], kid["id"], dict(light), "aktiv"))
            # rarely an ambiguous pseudonym: one kid on two active rows of one period
            if rng.random() < 0.1 and len(open_insts) > 1 and active:
                kid = rng.choice(active)
                other = rng.choice([i for i in open_insts if i != kid["inst"]])
                records.append((q, other, kid["id"], {s: LIGHTS[kid["state"][s]] for s in series}, "aktiv"))
        for q in periods:
            recs = [r for r in records if r[0] == q]
            with open(os.path.join(pdir, f"periode-{q}-boern.csv"), "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow(["dagtilbud", "barn"] + series + ["status"])
                for (_, inst, cid, light, status) in recs:
                    w.writerow([inst, cid] + [light.get(s) or "" for s in series]
                               + ["udgaaet" if status == "udgaaet" else ""])
            # institution sheet (boern) for institutions with children
            cnt = defaultdict(int)
            for r in recs:
                if r[4] == "aktiv":
                    cnt[r[1]] += 1
            if rng.random() < 0.7 and cnt:
                with open(os.path.join(pdir, f"periode-{q}.csv"), "w", encoding="utf-8", newline="") as f:
                    w = csv.writer(f, lineterminator="\n")
                    w.writerow(["dagtilbud", "boern"])
                    for inst in insts:
                        if cnt.get(inst):
                            w.writerow([inst, cnt[inst] + rng.randint(0, 2)])
            # truth of traffic-light counts
            for s in series:
                for suffix, status in (("", "aktiv"), ("_udgaaet", "udgaaet")):
                    c = defaultdict(lambda: [0, 0, 0])
                    for (_, inst, cid, light, st) in recs:
                        if st == status and light.get(s):
                            c[inst][LIGHTS.index(light[s])] += 1
                    for inst, v in c.items():
                        truth["traffic"].append([proj, inst, q, s + suffix, v])
        for r in records:
            truth["children"].append([proj, r[0], r[1], r[2], r[3], r[4]])
    if a.truth:
        with open(a.truth, "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
