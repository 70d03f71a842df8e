"""gen30y (round 30): a learnt year decision trained on blind parses against the rules, by site and on the fair tests.
Run from the repository root: python -m benchmarks.gen30y_years.collect_blind; python -m benchmarks.gen30y_years.collect_today;
python -m benchmarks.gen30y_years.evaluate 1.0 --fair --more (C, then the fair tests, then the extra figures)."""
import json, re, sys
from collections import Counter
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from benchmarks.gen30y_years.features import FEATURES, candidates
from benchmarks import training as shared
from benchmarks.bench_parse import annotation

blind = json.load(open("/tmp/gen30y/blind_year.json"))
today = json.load(open("/tmp/gen30y/today.json"))
page = json.load(open("/tmp/gen30y/page_time.json"))
N = len(FEATURES)


def rows_of(docs, name, site):
    ann = annotation(name)["documents"]
    out = []
    for d in docs or []:
        if d["annotated"] is None:
            continue
        want = ann[d["annotated"]]["year"]
        cands = candidates(d["title"] or "", d["blocks"], d.get("kind"), d.get("year"), page.get(name))
        out.append({"name": name, "site": site, "i": d["annotated"], "want": want, "rules": d.get("year"),
                    "years": [y for y, _ in cands], "vectors": [f for _, f in cands],
                    "labels": [int(y == want) for y, _ in cands]})
    return out


entries = shared.training_entries()
B, T = [], []
annotated_total = 0
for e in entries:
    name, site = e["name"], shared.site_of(e)
    annotated_total += len(annotation(name)["documents"])
    B += rows_of(blind.get(name) or today.get(name), name, site)
    T += rows_of(today.get(name), name, site)
print(f"annotated docs {annotated_total}; aligned: blind {len(B)}, today {len(T)}; blind files {sum(n in blind for n in (e['name'] for e in entries))}")
br = sum(r["rules"] == r["want"] for r in B); tr = sum(r["rules"] == r["want"] for r in T)
print(f"rules year right (of annotated docs, unaligned wrong): blind {br}/{annotated_total} {br/annotated_total:.3f}, today {tr}/{annotated_total} {tr/annotated_total:.3f}")
bk = {(r['name'], r['i']): r for r in B}; tk = {(r['name'], r['i']): r for r in T}
same = bk.keys() & tk.keys()
print(f"same documents {len(same)}: blind {sum(bk[k]['rules']==bk[k]['want'] for k in same)}, today {sum(tk[k]['rules']==tk[k]['want'] for k in same)}")
cover = lambda R: sum(any(r['labels']) for r in R)
print(f"candidates hold the annotated year: blind {cover(B)}/{len(B)}, today {cover(T)}/{len(T)}")

def shapes(R):
    c = Counter()
    for r in R:
        if r['rules'] == r['want']: continue
        c['none found' if r['rules'] is None else 'reader none' if r['want'] is None else 'neighbour' if abs(r['rules']-r['want'])==1 else 'other'] += 1
    return dict(c)
print("rules misses by shape: blind", shapes(B), "today", shapes(T))

C = float(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else 1.0

def fit(R):
    vec = [v for r in R for v in r["vectors"]]; lab = [y for r in R for y in r["labels"]]
    means, scales = shared.scaling(vec, N)
    return LogisticRegression(C=C, max_iter=3000).fit(shared.matrix(vec, means, scales, N), lab), means, scales

def pick(model, r):
    means_scales = model[1], model[2]
    p = model[0].predict_proba(shared.matrix(r["vectors"], *means_scales, N))[:, 1]
    return r["years"][int(np.argmax(p))]

def cv(train_rows, test_sets):
    sites = sorted({r["site"] for r in train_rows})
    right = [0] * len(test_sets)
    groups = [r["site"] for r in train_rows]
    for tr_i, te_i in GroupKFold(n_splits=5).split(train_rows, groups=groups):
        held = {train_rows[i]["site"] for i in te_i}
        model = fit([train_rows[i] for i in tr_i])
        for k, R in enumerate(test_sets):
            right[k] += sum(pick(model, r) == r["want"] for r in R if r["site"] in held)
    return right

if __name__ == "__main__":
    for label, train_rows in (("trained on blind", B), ("trained on today", T)):
        b, t = cv(train_rows, [B, T])
        print(f"{label}, C={C}: by site, tested on blind {b}/{len(B)} (rules {br}); on today {t}/{len(T)} (rules {tr})")
    model = fit(B)
    print("weights:", ", ".join(f"{n} {w:+.2f}" for w, n in sorted(zip(model[0].coef_[0], FEATURES), key=lambda p: -abs(p[0]))))


def in_range(name, lo, hi):
    n = int(re.match(r"rw(\d+)", name).group(1))
    return lo <= n <= hi


def fair(lo, hi):
    """Train on blind rows without rw{lo}-rw{hi}; their year figure (bench_parse's: annotated docs, unaligned wrong)
    on today's parse by the rules and by the model (the model replaces each aligned document's year), and on their blind
    parse likewise."""
    model = fit([r for r in B if not in_range(r["name"], lo, hi)])
    held = [e["name"] for e in entries if in_range(e["name"], lo, hi)]
    total = sum(len(annotation(n)["documents"]) for n in held)
    out = {}
    for label, R in (("today", T), ("blind", B)):
        rows = [r for r in R if r["name"] in held]
        out[label] = (sum(r["rules"] == r["want"] for r in rows), sum(pick(model, r) == r["want"] for r in rows), total)
    return out


if __name__ == "__main__" and "--fair" in sys.argv:
    for lo, hi in ((2035, 2074), (2155, 2194)):
        f = fair(lo, hi)
        print(f"fair rw{lo}-rw{hi}: " + "; ".join(f"{k} rules {a}/{t} {a/t:.3f} model {b}/{t} {b/t:.3f}" for k, (a, b, t) in f.items()))


def more_figures():
    import collections  # noqa: F401
    model = fit(B)
    ch = [(r["rules"] == r["want"], pick(model, r) == r["want"]) for r in T if pick(model, r) != r["rules"]]
    print(f"shipped-like model on today's tune parse: {len(ch)} changed, FIXED {sum(b and not a for a,b in ch)}, NEW {sum(a and not b for a,b in ch)}; right {sum(pick(model, r) == r['want'] for r in T)}/{len(T)} (rules {sum(r['rules']==r['want'] for r in T)})")
    print(collections.Counter(("rules none" if r["rules"] is None else "rules year") + "->" + ("none" if pick(model, r) is None else "year") for r in T if pick(model, r) != r["rules"]))
    for lo, hi in ((2035, 2074), (2155, 2194)):
        model = fit([r for r in B if not in_range(r["name"], lo, hi)])
        rows = [r for r in T if in_range(r["name"], lo, hi)]
        changed = [(r["rules"] == r["want"], pick(model, r) == r["want"]) for r in rows if pick(model, r) != r["rules"]]
        print(f"rw{lo}-rw{hi} today's parse: {len(changed)} decisions changed, fixed {sum(b and not a for a,b in changed)}, broke {sum(a and not b for a,b in changed)}")
    b, t = cv(B + T, [B, T])
    print(f"trained on both parses: by site blind {b}/{len(B)}, today {t}/{len(T)}")
    from sklearn.model_selection import GroupKFold
    picks = {}
    for tr, te in GroupKFold(n_splits=5).split(B, groups=[r["site"] for r in B]):
        model = fit([B[i] for i in tr])
        for i in te:
            picks[i] = pick(model, B[i])
    fc = [i for i, r in enumerate(B) if in_range(r["name"], 1635, 2114) and not in_range(r["name"], 2035, 2074)]
    rules_miss = [i for i in fc if B[i]["rules"] != B[i]["want"]]
    print(f"rounds 25-29 first-contact files (rw1635-rw2114 less rw2035-rw2074), aligned blind docs {len(fc)}: rules misses {len(rules_miss)}, model (by site) misses {sum(picks[i] != B[i]['want'] for i in fc)}, fixed {sum(picks[i]==B[i]['want'] for i in rules_miss)}, new {sum(B[i]['rules']==B[i]['want'] and picks[i]!=B[i]['want'] for i in fc)}")
    def shape(r, y):
        return 'none found' if y is None and r['want'] is not None else 'reader none' if r['want'] is None else 'neighbour' if y is not None and abs(y-r['want'])==1 else 'other'
    print("all blind rows, rules misses by shape fixed by model:", collections.Counter(shape(B[i], B[i]['rules']) for i in range(len(B)) if B[i]['rules'] != B[i]['want'] and picks[i] == B[i]['want']))
    print("all blind rows, model new misses by shape:", collections.Counter(shape(B[i], picks[i]) for i in range(len(B)) if B[i]['rules'] == B[i]['want'] and picks[i] != B[i]['want']))
    print("all blind rows: rules misses by shape:", collections.Counter(shape(B[i], B[i]['rules']) for i in range(len(B)) if B[i]['rules'] != B[i]['want']), "model:", collections.Counter(shape(B[i], picks[i]) for i in range(len(B)) if picks[i] != B[i]['want']))


if __name__ == "__main__" and "--more" in sys.argv:
    more_figures()


if __name__ == "__main__" and "--eras" in sys.argv:
    # the rules' year on the blind parse and today's, by the files' era (of annotated docs, unaligned wrong)
    for lo, hi, label in ((1, 1634, "rw001-rw1634 (rounds 1-24)"), (1635, 2114, "rw1635-rw2114 (rounds 25-29)"),
                          (2155, 2194, "rw2155-rw2194 (round 30 fresh)")):
        names = {e["name"] for e in entries if in_range(e["name"], lo, hi)}
        total = sum(len(annotation(n)["documents"]) for n in names)
        b = sum(r["rules"] == r["want"] for r in B if r["name"] in names)
        t = sum(r["rules"] == r["want"] for r in T if r["name"] in names)
        print(f"{label}: {total} docs, blind {b} ({b/total:.3f}), today {t} ({t/total:.3f})")
