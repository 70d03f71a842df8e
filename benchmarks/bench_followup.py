"""计划↔总结 对照 quality: plan items the summary reports, against hand annotations.

Each pair of ``tests/cycle/data/`` (``pN_plan.txt``, ``pN_summary.txt``, ``pN.json``) is read as
the library reads files and run through ``nlp.cycle.followup`` with the seed corpus (corpus/) as
the background library. An item counts as reported when it is 已落实 or 部分. Per item:
precision (reported items that the annotation says are reported), recall (annotated reported
items found), and, for numeric targets, the share whose status (met / not met / not reported)
equals the annotation. The pairs' ``kind`` says which are real and which constructed; ``split``
which were looked at while the weights and thresholds were set (tune) and which were not (holdout);
figures are given per kind, per split and per kind and split.

Baseline, in the same run: character 2–3-gram TF-IDF cosine alone (an item is reported when its
best summary block is at least ``t`` similar), with ``t`` the best of a sweep on these very pairs
(so the baseline is flattered, not ours).

The texts of the 政府工作报告 pairs (p5–p10, and p11–p13 that use them) are not in the repository
(fetched material is not committed): each json names their public pages; saved as ``pN_plan.txt``
and ``pN_summary.txt`` into a folder, ``--texts`` reads them from there. A pair whose texts are in
neither place is reported as skipped and left out of the figures.

    python -m benchmarks.bench_followup                        # the pairs whose texts are here
    python -m benchmarks.bench_followup --texts DIR            # and those whose texts are in DIR
    python -m benchmarks.bench_followup --smoke    # the first pair, a few seconds
    python -m benchmarks.bench_followup --json
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer

from nlp.boilerplate.segment import default_segmenter
from nlp.cycle import followup, plan_items
from nlp.library import parse_file

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "cycle" / "data"
CORPUS = ROOT / "corpus"


def read_document(path: Path):
    with path.open("rb") as handle:
        return parse_file(handle, path.name).documents[0]


def annotation(stem: str) -> dict:
    return json.loads((DATA / f"{stem}.json").read_text(encoding="utf-8"))


def text_folder(stem: str, texts: Path | None) -> Path | None:
    """Where the pair's two texts are: tests/cycle/data, else ``texts``; None when in neither."""
    name = annotation(stem).get("texts", stem)
    for folder in (DATA, texts):
        if folder is not None and all((folder / f"{name}_{side}.txt").is_file() for side in ("plan", "summary")):
            return folder
    return None


def documents(stem: str, meta: dict, folder: Path):
    """The pair's plan and summary; ``texts`` names another pair whose texts it annotates at another level."""
    name = meta.get("texts", stem)
    return read_document(folder / f"{name}_plan.txt"), read_document(folder / f"{name}_summary.txt")


def background() -> list[list[str]]:
    """Token lists of the seed corpus's blocks: the library the benchmark's IDF and LSA come from."""
    segmenter = default_segmenter()
    texts = []
    for path in sorted(CORPUS.iterdir()):
        with path.open("rb") as handle:
            texts += [b.text for d in parse_file(handle, path.name).documents for b in d.blocks]
    return [segmenter.tokens(t) for t in texts]


def score_pair(stem: str, folder: Path, tokens: list[list[str]]) -> dict:
    meta = annotation(stem)
    plan, summary = documents(stem, meta, folder)
    report = followup(plan, summary, level=meta["level"], background=tokens)
    items = report.items
    tp = fp = fn = tn = 0
    targets_right = targets_total = 0
    misses = []
    for expected in meta["items"]:
        found = [i for i in items if i.text.startswith(expected["starts"])]
        if len(found) != 1:
            raise SystemExit(f"{stem}: {len(found)} plan items start with {expected['starts']!r}")
        item = found[0]
        said = item.status != "未提及"
        tp += said and expected["reported"]
        fp += said and not expected["reported"]
        fn += expected["reported"] and not said
        tn += not said and not expected["reported"]
        if said != expected["reported"]:
            misses.append(f"{item.text[:16]} → {item.status} ({item.score})")
        for text, status in expected.get("targets", {}).items():
            got = [t for t in item.targets if t.target.text.endswith(text)]
            targets_total += 1
            targets_right += bool(got) and got[0].status == status
            if not got or got[0].status != status:
                misses.append(f"{item.text[:12]} {text}: {got[0].status if got else '未识别'}，应为 {status}")
    return {
        "pair": stem,
        "kind": meta["kind"],
        "split": meta["split"],
        "items": len(meta["items"]),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "targets": targets_total,
        "targets_right": targets_right,
        "misses": misses,
    }


def baseline_scores(stem: str, folder: Path) -> list[tuple[float, bool]]:
    """(best character TF-IDF cosine of the item against a summary block, annotated reported) per item."""
    meta = annotation(stem)
    plan, summary = documents(stem, meta, folder)
    items = plan_items(plan, meta["level"])
    blocks = [b.text for b in summary.blocks]
    matrix = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True).fit_transform(
        [i.body for i in items] + blocks
    )
    cosines = (matrix[: len(items)] @ matrix[len(items) :].T).toarray().max(axis=1)
    out = []
    for expected in meta["items"]:
        (row,) = [n for n, i in enumerate(items) if i.block.text.startswith(expected["starts"])]
        out.append((float(cosines[row]), expected["reported"]))
    return out


def best_baseline(scored: list[tuple[float, bool]]) -> dict:
    """The threshold of the sweep with the best F1, and its precision and recall."""
    best = None
    for step in range(1, 60):
        t = step / 100
        tp = sum(s >= t and r for s, r in scored)
        fp = sum(s >= t and not r for s, r in scored)
        fn = sum(s < t and r for s, r in scored)
        p, r = (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        if best is None or f1 > best["f1"]:
            best = {"threshold": t, "precision": p, "recall": r, "f1": f1}
    return best


def totals(rows: list[dict]) -> dict:
    tp, fp, fn = (sum(r[k] for r in rows) for k in ("tp", "fp", "fn"))
    right, total = sum(r["targets_right"] for r in rows), sum(r["targets"] for r in rows)
    return {
        "items": sum(r["items"] for r in rows),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "targets_accuracy": right / total if total else 1.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_followup", description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="the first pair only")
    parser.add_argument("--json", action="store_true", help="the figures as JSON")
    parser.add_argument("--texts", type=Path, metavar="DIR", help="a folder with the texts not in the repository")
    args = parser.parse_args(argv)
    stems = sorted(p.stem for p in DATA.glob("p*.json"))
    if args.smoke:
        stems = stems[:1]
    folders = {stem: text_folder(stem, args.texts) for stem in stems}
    skipped = [stem for stem in stems if folders[stem] is None]
    stems = [stem for stem in stems if folders[stem] is not None]
    tokens = background()
    rows = [score_pair(stem, folders[stem], tokens) for stem in stems]
    result = {"pairs": rows, "skipped": skipped, "all": totals(rows)}
    result["baseline_char_tfidf"] = best_baseline([s for stem in stems for s in baseline_scores(stem, folders[stem])])
    for group in sorted({r["kind"] for r in rows} | {r["split"] for r in rows}):
        result[group] = totals([r for r in rows if group in (r["kind"], r["split"])])
    for kind, split in sorted({(r["kind"], r["split"]) for r in rows}):
        result[f"{kind}/{split}"] = totals([r for r in rows if (r["kind"], r["split"]) == (kind, split)])
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if skipped:
        print(f"texts not in the repository: {', '.join(skipped)} (skipped; pass --texts DIR)")
    print(f"{'pair':6} {'kind':12} {'items':>5} {'P':>6} {'R':>6} {'targets':>8}")
    for row in rows:
        t = totals([row])
        print(
            f"{row['pair']:6} {row['kind']:12} {row['items']:>5} {t['precision']:>6.2f} {t['recall']:>6.2f}"
            f" {row['targets_right']:>3}/{row['targets']:<4}"
        )
        for miss in row["misses"]:
            print(f"    ✗ {miss}")
    for kind in [k for k in result if k not in ("pairs", "skipped", "baseline_char_tfidf")]:
        t = result[kind]
        print(
            f"{kind:19} {t['items']:>5} P={t['precision']:.2f} R={t['recall']:.2f} targets={t['targets_accuracy']:.2f}"
        )
    b = result["baseline_char_tfidf"]
    print(
        f"baseline: character TF-IDF alone, best threshold {b['threshold']:.2f}: P={b['precision']:.2f} R={b['recall']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
