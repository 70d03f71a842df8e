"""How far two annotators of the real-world set agree: a second reading of some files, annotated blind in the set's
schema into a folder of its own, scored against the set's annotations (and the set's against it) in the scorer's own
terms. Each side's annotation is turned into the output a parser would give if it read the page exactly so (its junk
removed, its documents, titles, kinds, years, headings and slots), and ``bench_parse.score_file`` scores it with the
other side as the reference: a junk snippet of one side is agreed when the other's reading removes it, a heading when
the other has it with the same text and level, and so on. Agreement is a ceiling on what a parser can be shown to
reach against one annotator: where two careful readers part, a parser's "miss" may be the annotation's.

    python -m benchmarks.agree_annotations tests/realworld/agreement/agr30   # every file the folder holds (round 30)
    python -m benchmarks.agree_annotations tests/realworld/agreement/agr30 --json   # figures, disagreements as JSON
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from scipy.stats import beta

from benchmarks.bench_parse import (
    FILES,
    METRICS,
    annotation,
    manifest,
    raw_text,
    score_file,
    squash,
)


def _found(needle: str, text: str, start: int = 0) -> re.Match | None:
    """Where a snippet (as ``squash`` leaves it) stands in a text of squashed lines, a line break allowed anywhere
    (keep snippets may cross a hard wrap)."""
    return re.compile("\n?".join(map(re.escape, needle))).search(text, start) if needle else None


def as_parsed(ann: dict, text: str) -> dict:
    """The output a parser would give that read the page as ``ann`` does: the file's lines without its junk (each
    piece a block), in the documents it finds (a document from its title's line or its first keep snippet to the
    next one's), each with its title, kind, year and headings (blocks of their own) and its slots where they stand
    (a title's among them)."""
    lines = "\n".join(squash(line) for line in text.splitlines())
    for snippet in sorted(ann["junk"], key=len, reverse=True):
        needle = squash(snippet).strip("|｜") or squash(snippet)
        while match := _found(needle, lines):
            lines = lines[: match.start()] + "\n" + lines[match.end() :]
    starts, cursor = [], 0
    for doc in ann["documents"]:
        title = _found(squash(doc["title"]), lines, cursor) if doc["title"] else None
        if title:  # the title line stands as the title, not as a block
            lines = lines[: title.start()] + "\n" + lines[title.end() :]
        where = [title] + [_found(squash(k), lines, cursor) for k in doc["keep"]]
        cursor = min((m.start() for m in where if m), default=cursor)
        starts.append(cursor)
    starts[0] = 0  # the page's matter before the first document is read with it
    slots = [(squash(s["text"]), s["kind"]) for s in ann["placeholders"]]
    documents = []
    for k, doc in enumerate(ann["documents"]):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        blocks = [{"type": "heading", "text": h["text"], "level": h["level"]} for h in doc["headings"]]
        for piece in filter(None, lines[starts[k] : end].split("\n")):
            found = [
                {"start": m.start(), "end": m.end(), "kind": kind}
                for slot, kind in slots
                for m in re.finditer(re.escape(slot), piece)
            ]
            blocks.append({"type": "paragraph", "text": piece, "placeholders": found})
        title_slots = [  # a slot in the title line, which the scorer looks for where a parser reports it
            {"start": m.start(), "end": m.end(), "kind": s["kind"]}
            for s in ann["placeholders"]
            for m in re.finditer(r"\s*".join(map(re.escape, "".join(s["text"].split()))), doc["title"] or "")
        ]
        documents.append(
            {
                "title": doc["title"],
                "title_placeholders": title_slots,
                "kind": doc["kind"],
                "year": doc["year"],
                "blocks": blocks,
            }
        )
    return {"documents": documents}


def clopper_pearson(agreed: int, total: int) -> list[float]:
    """The exact 95% interval of a share (agreement on few items, where a bootstrap of twenty files all agreeing
    says 1.00 to 1.00)."""
    if not total:
        return [0.0, 1.0]
    low = beta.ppf(0.025, agreed, total - agreed + 1) if agreed else 0.0
    high = beta.ppf(0.975, agreed + 1, total - agreed) if agreed < total else 1.0
    return [round(float(low), 3), round(float(high), 3)]


# What two readings can agree on: not keep_block (how a parser joins lines into blocks), ph_false (a parser's share) nor
# heading_precision (the other side's headings).
AGREEMENT = [(key, label) for key, label, _ in METRICS if key not in ("keep_block", "ph_false", "heading_precision")]
SIDES = ("set_by_other", "other_by_set")


def compare(folder: Path) -> dict:
    """Both directions over the files ``folder`` annotates: ``set_by_other`` scores the set's annotation against the
    other reading (its documents' kinds and years the other gives, its junk snippets the other removes, its headings
    the other has, its keep snippets the other does not remove), ``other_by_set`` the reverse; each figure with its
    exact 95% interval (twenty files that all agree say 1.00 to 1.00 by a bootstrap over sites)."""
    names = {p.stem for p in folder.glob("rw*.json")}
    entries = [e for e in manifest() if Path(e["name"]).stem in names]
    result: dict = {"files": [e["name"] for e in entries]}
    for side in SIDES:
        scored = {}
        for entry in entries:
            theirs = annotation(entry["name"])
            other = json.loads((folder / f"{Path(entry['name']).stem}.json").read_text(encoding="utf-8"))
            reference, reading = (theirs, other) if side == "set_by_other" else (other, theirs)
            scored[entry["name"]] = score_file(entry, as_parsed(reading, raw_text(FILES / entry["name"])), reference)
        result[side] = {}
        for key, _ in AGREEMENT:
            agreed, total = (sum(r["counts"].get(key, [0, 0])[i] for r in scored.values()) for i in (0, 1))
            if total:
                result[side][key] = {
                    "agreed": agreed,
                    "of": total,
                    "share": round(agreed / total, 3),
                    "interval": clopper_pearson(agreed, total),
                }
        result[side]["disagreements"] = {
            n: {k: v for k, v in r["misses"].items() if k in dict(AGREEMENT)}
            for n, r in scored.items()
            if any(k in dict(AGREEMENT) for k in r["misses"])
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.agree_annotations", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("folder", type=Path, help="the second reading: rwNNN.json files in the set's schema")
    parser.add_argument("--json", action="store_true", help="print the figures and disagreements as JSON")
    args = parser.parse_args(argv)
    result = compare(args.folder)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"agreement of {args.folder} with the set's annotations, {len(result['files'])} files (95% exact interval)")
    print(f"{'':8}{'the set by the other reading':>32}{'the other by the set':>32}")
    for key, label in AGREEMENT:
        cells = []
        for side in SIDES:
            row = result[side].get(key)
            cells.append(
                f"{row['agreed']:>4}/{row['of']:<4}{row['share']:.3f} {row['interval'][0]:.2f}–{row['interval'][1]:.2f}"
                if row
                else "—"
            )
        print(f"{label:8}{cells[0]:>32}{cells[1]:>32}")
    for side in SIDES:
        for name, misses in result[side]["disagreements"].items():
            for key, items in misses.items():
                for item in items:
                    print(f"  {side} {name} {key}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
