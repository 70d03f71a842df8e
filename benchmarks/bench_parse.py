"""Real-world parse quality: the files of ``tests/realworld/`` through ``python -m nlp parse --json``,
scored against hand annotations, beside a naive baseline (every line a block, marker regex headings).

Only the CLI's public contract is used (``nlp.cli.main(["parse", path, "--json"])``): nothing
else is imported from ``nlp``. The annotation schema is described in ``tests/realworld/README.md``.

    python -m benchmarks.bench_parse                  # the tune split
    python -m benchmarks.bench_parse --split holdout  # or all
    python -m benchmarks.bench_parse --smoke          # six fixed files, a few seconds
    python -m benchmarks.bench_parse --library        # the files imported into one library first, each parsed
                                                      # as an import into it (the other files are its library)
    python -m benchmarks.bench_parse --json           # the figures as JSON (with each overall figure's 95% interval
                                                      # by a bootstrap over sites)
    python -m benchmarks.bench_parse --files rw238-rw262   # only these files of the split (a range or names)
    python -m benchmarks.bench_parse --min keep=0.9 --min junk=0.5   # exit 1 below a floor
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
from rapidfuzz import fuzz

ROOT = Path(__file__).resolve().parent.parent
SET = ROOT / "tests" / "realworld"
FILES = SET / "files"
ANNOTATIONS = SET / "annotations"
MANIFEST = SET / "manifest.json"

# Six files that together touch every reader and the commonest shapes: a 范文 collection page,
# a Word file with automatic numbering, a PDF, a GB18030 text, a one-line text, two documents in one page.
SMOKE = ("rw001.txt", "rw007.docx", "rw029.pdf", "rw020.txt", "rw033.txt", "rw038.txt")

# (key, column label, description) in the order they are printed.
METRICS = (
    ("doc_count", "n=", "files whose number of documents equals the annotated number"),
    ("doc_matched", "doc", "annotated documents aligned to a predicted one"),
    ("kind", "kind", "annotated documents whose aligned document has the same kind"),
    ("year", "year", "annotated documents whose aligned document has the same year (null included)"),
    ("title_exact", "title=", "titled documents whose aligned title is equal (no whitespace, punctuation)"),
    ("title_fuzzy", "title~", "titled documents whose aligned title is at least 0.9 similar"),
    ("junk", "junk", "junk snippets found in no output block or title (a title parsed right keeps its own words)"),
    ("keep", "keep", "keep snippets found in the output text (all blocks joined, whitespace removed)"),
    ("keep_block", "keep1", "keep snippets found inside one block (wrapped lines joined back)"),
    ("headings", "head", "annotated headings found as a heading block with the same text and level"),
    ("heading_text", "headT", "annotated headings found as a heading block with the same text, any level"),
    ("heading_precision", "headP", "heading blocks whose text is an annotated heading's (any level): no false heading"),
    ("ph_recall", "ph", "annotated placeholders found"),
    ("ph_kind", "phK", "annotated placeholders found with the annotated kind (year, date, blank, name)"),
    ("ph_false", "phF", "predicted placeholders that match no annotated one (share of predicted)"),
)
HIGHER_IS_BETTER = {key for key, _, _ in METRICS} - {"ph_false"}
# The bootstrap behind the overall figures' intervals: draws of the split's sites, a fixed seed (the same figures
# every run), the central 95%.
DRAWS = 2000
INTERVAL = (2.5, 97.5)


# ---------------------------------------------------------------- text forms


# Quotation marks as one form each: the parser writes a page's straight quotes as paired curly ones.
QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def squash(text: str) -> str:
    """NFKC without whitespace, quotation marks straight, a run of dots one ellipsis (cleaning writes ``...`` as
    ``……``): how texts and snippets are compared."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or "")).translate(QUOTES)
    return re.sub(r"\.{2,}", "…", text)


def snippet_form(snippet: str) -> str:
    """An annotated snippet as ``squash`` leaves it, without the bars at its ends (a menu's trailing ``|``, which
    cleaning drops with the line's end): the words an output block either holds or does not."""
    squashed = squash(snippet)
    return squashed.strip("|｜") or squashed


def bare(text: str) -> str:
    """NFKC without whitespace, punctuation or symbols: how titles and headings are compared."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text or "") if unicodedata.category(ch)[0] not in "PSZC")


def raw_text(path: Path) -> str:
    """The file's text as a reader sees it (the same decoding for the annotations' check and the baseline)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        import docx

        document = docx.Document(str(path))
        parts = [p.text for p in document.paragraphs]
        parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    if suffix == ".pdf":
        # pdfplumber, as the product reads PDFs: pdfminer's layout analysis moves a LibreOffice PDF's quotation marks out
        # of their lines (rw2601's “让每一个生命幸福成长”, a keep snippet the manifest's check could not find: round 40)
        import pdfplumber

        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages)
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("utf-8", "replace")
    if suffix in (".html", ".htm"):
        from bs4 import BeautifulSoup

        text = BeautifulSoup(text, "lxml").get_text("\n")
    return text


# ---------------------------------------------------------------- the set


def manifest() -> list[dict]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))["files"]


def annotation(name: str) -> dict:
    return json.loads((ANNOTATIONS / f"{Path(name).stem}.json").read_text(encoding="utf-8"))


def select(split: str, smoke: bool, files: str | None = None) -> list[dict]:
    entries = manifest()
    if smoke:
        return [e for e in entries if e["name"] in SMOKE]
    chosen = [e for e in entries if split == "all" or e["split"] == split]
    return [e for e in chosen if files is None or in_files(e["name"], files)]


def site_of(entry: dict) -> str:
    """The site a file was collected from (its address's host without www./m.), the fold a file's lines go to: a
    site's chrome recurs on its pages, so pages of one site are never on both sides of a fold. A file without an
    address is a site of its own."""
    host = urlparse(entry["source"]).netloc.lower()
    return re.sub(r"^(?:www|m)\.", "", host) or entry["name"]


def in_files(name: str, files: str) -> bool:
    """Whether the file ``name`` (rw238.txt) is one of ``files``: names or ranges by stem, comma-separated
    (rw238-rw262,rw007)."""
    stem = Path(name).stem
    for part in files.split(","):
        first, _, last = part.strip().partition("-")
        if stem == first or (last and _number(first) <= _number(stem) <= _number(last)):
            return True
    return False


def _number(stem: str) -> int:
    """A file's number (rw1003 -> 1003), so that ranges cross rw999 -> rw1000."""
    return int(stem.lstrip("rw") or -1)


# ---------------------------------------------------------------- parsers


def _cli(argv: list[str]) -> tuple[int | str | None, str, str]:
    """``python -m nlp`` in this process: (exit status, stdout, stderr)."""
    from nlp.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as stop:
            status = stop.code
    return status, out.getvalue(), err.getvalue()


def parse_product(path: Path, library: str | None = None) -> dict:
    """The product's parse through its CLI contract, as an import into the ``library`` at that path would parse
    it when one is given; a refused file is a file with no documents."""
    status, out, err = _cli(["parse", str(path), "--json", *(["--db", library] if library else [])])
    if status not in (0, None):
        return {"documents": [], "dropped": [], "error": err.strip() or f"exit {status}"}
    return json.loads(out)


def imported_library(entries: list[dict], folder: Path) -> str:
    """A library in ``folder`` holding the files of ``entries`` imported together (``nlp ingest``), as a person
    imports a folder of them; its path."""
    library = str(folder / "library.sqlite3")
    status, _, err = _cli(["ingest", *(str(FILES / e["name"]) for e in entries), "--db", library])
    if status not in (0, 1, None):  # 1: some file refused, as in any folder
        raise RuntimeError(f"nlp ingest failed: {err.strip()}")
    return library


_MARKERS = (  # (pattern, level) for the naive baseline
    (re.compile(r"^[一二三四五六七八九十]+[、,，.．]"), 1),
    (re.compile(r"^[(（][一二三四五六七八九十]+[)）]"), 2),
    (re.compile(r"^\d+[、.．](?!\d)"), 3),
    (re.compile(r"^[(（]\d+[)）]"), 4),
)


def parse_baseline(path: Path) -> dict:
    """Naive: one document titled by the first line, every line a block, short marked lines headings."""
    lines = [line.strip() for line in raw_text(path).splitlines() if line.strip()]
    title = lines[0] if lines else ""
    kind = (
        "总结"
        if "总结" in title or "總結" in title
        else "计划"
        if re.search(r"计划|計劃|要点|方案|安排", title)
        else "其他"
    )
    year = re.search(r"((?:19|20)\d\d)年?", title)
    blocks = []
    for line in lines[1:]:
        block = {"type": "paragraph", "level": None, "marker": None, "text": line, "placeholders": []}
        for pattern, level in _MARKERS:
            match = pattern.match(line)
            if match and len(line) <= 40:
                block.update(type="heading", level=level, marker=match.group(), text=line[match.end() :])
                break
        blocks.append(block)
    present = sorted({b["level"] for b in blocks if b["level"]})
    for block in blocks:
        if block["level"]:
            block["level"] = present.index(block["level"]) + 1
    return {
        "documents": [{"title": title, "kind": kind, "year": int(year.group(1)) if year else None, "blocks": blocks}],
        "dropped": [],
    }


# ---------------------------------------------------------------- scoring one file


def annotated_headings(ann: dict) -> set[str]:
    """The texts of a file's annotated headings, in any document, as headings are compared (``bare``)."""
    return {bare(h["text"]) for d in ann["documents"] for h in d["headings"]}


def block_names(block: dict) -> set[str]:
    """The texts a parsed block answers to as a heading: its text, and its text with its marker (``bare``)."""
    return {bare(block.get("text")), bare((block.get("marker") or "") + (block.get("text") or ""))}


def _doc_texts(doc: dict) -> list[str]:
    return [doc.get("title") or ""] + [b.get("text") or "" for b in doc.get("blocks", [])]


def _align(annotated: list[dict], predicted: list[dict]) -> dict[int, int]:
    """Annotated index -> predicted index: greedy on title similarity plus the share of keep snippets held."""
    joined = [squash("".join(_doc_texts(doc))) for doc in predicted]
    scores = []
    for i, ann in enumerate(annotated):
        keep = [snippet_form(k) for k in ann["keep"]]
        for j, doc in enumerate(predicted):
            title = fuzz.ratio(bare(ann["title"]), bare(doc.get("title"))) / 100 if ann["title"] else 0.0
            held = sum(k in joined[j] for k in keep) / len(keep) if keep else 0.0
            scores.append((title + held, i, j))
    pairs: dict[int, int] = {}
    for score, i, j in sorted(scores, reverse=True):
        if score >= 0.5 and i not in pairs and j not in pairs.values():
            pairs[i] = j
    return pairs


# Slots are annotated as the page writes them (20xx年,是我); the parser writes punctuation next to Chinese text
# full-width (20xx年，是我). One character for one, so positions stand.
_NARROW = str.maketrans("，；：！？（）", ",;:!?()")


def _slot_char(char: str) -> str:
    """A character of a slot's annotated context as a pattern: a mark of punctuation may be another mark or gone in the
    parser's text (the dot between Chinese characters it widens or removes: 和諧東勝.情系…20__年工作方案), a letter, digit
    or mask not."""
    return re.escape(char) if char.isalnum() or char in "_*×" else r"[^\w\s]?"


def _placeholder_hits(annotated: list[dict], predicted: list[dict]) -> tuple[dict[int, set[str]], list[str], int]:
    """Which annotated slots a predicted placeholder overlaps (with the kinds it was given), the predicted that
    overlap none (with context), of how many."""
    found: dict[int, set[str]] = defaultdict(set)
    false: list[str] = []
    total = 0
    for doc in predicted:
        title = {"text": doc.get("title"), "placeholders": doc.get("title_placeholders", [])}  # a slot in a title line
        for block in [title, *doc.get("blocks", [])]:
            # The slot's context may take in the entry's marker (一、xxxx年工作总结), which the block keeps apart.
            marker = block.get("marker") or ""
            text = (marker + (block.get("text") or "")).translate(_NARROW)
            for ph in block.get("placeholders", []):
                total += 1
                hit = False
                start, end = ph["start"] + len(marker), ph["end"] + len(marker)
                for k, slot in enumerate(annotated):
                    pattern = r"\s*".join(map(_slot_char, re.sub(r"\s+", "", slot["text"]).translate(_NARROW)))
                    if any(m.start() < end and start < m.end() for m in re.finditer(pattern, text)):
                        found[k].add(ph.get("kind"))
                        hit = True
                if not hit:
                    false.append(text[max(0, start - 4) : end + 4])
    return found, false, total


def score_file(entry: dict, parsed: dict, ann: dict | None = None) -> dict:
    """Numerators and denominators of every metric for one file, and the misses for the report; against the set's
    annotation, or ``ann`` (another reading of the file: benchmarks/agree_annotations.py)."""
    ann = ann or annotation(entry["name"])
    docs = parsed.get("documents", [])
    pairs = _align(ann["documents"], docs)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[str, list] = defaultdict(list)

    def tally(key: str, ok: bool, what=None) -> None:
        counts[key][0] += ok
        counts[key][1] += 1
        if not ok and what is not None:
            misses[key].append(what)

    tally("doc_count", len(docs) == len(ann["documents"]), f"{len(docs)} documents for {len(ann['documents'])}")
    for i, a in enumerate(ann["documents"]):
        p = docs[pairs[i]] if i in pairs else None
        tally("doc_matched", p is not None, a["title"])
        tally("kind", p is not None and p.get("kind") == a["kind"], (a["kind"], p and p.get("kind")))
        tally("year", p is not None and p.get("year") == a["year"], (a["year"], p and p.get("year")))
        if a["title"]:
            got = (p or {}).get("title") or ""
            tally("title_exact", bare(got) == bare(a["title"]), (a["title"], got))
            tally("title_fuzzy", fuzz.ratio(bare(got), bare(a["title"])) >= 90, (a["title"], got))

    texts = [squash(t) for doc in docs for t in _doc_texts(doc)]
    joined = "".join(texts)
    # A title parsed right holds its own words: a collection's title that the item's title repeats (…范文 in …范文1)
    # is junk where it stands alone, not inside the item's title.
    right_titles = {squash(doc.get("title")) for doc in docs} & {
        squash(a["title"]) for a in ann["documents"] if a["title"]
    }
    for snippet in ann["junk"]:
        s = snippet_form(snippet)
        tally("junk", not any(s in t and (t not in right_titles or s == t) for t in texts), snippet)
    for a in ann["documents"]:
        for snippet in a["keep"]:
            s = snippet_form(snippet)
            tally("keep", s in joined, snippet)
            tally("keep_block", any(s in t for t in texts), snippet)

    heads = [b for doc in docs for b in doc.get("blocks", []) if b.get("type") == "heading"]
    for a in ann["documents"]:
        for h in a["headings"]:
            same = [b.get("level") for b in heads if bare(h["text"]) in block_names(b)]
            tally("headings", h["level"] in same, (h["level"], h["text"], same))
            tally("heading_text", bool(same), h["text"])
    # A heading block no annotation names is a false heading a reader sees in the outline (the README asks annotators
    # to be complete on headings); listed apart from the misses, which are the annotation's items not found.
    wanted = annotated_headings(ann)
    false_headings = [
        (b.get("level"), (b.get("marker") or "") + (b.get("text") or "")) for b in heads if not block_names(b) & wanted
    ]
    counts["heading_precision"] = [len(heads) - len(false_headings), len(heads)]

    found, false, total = _placeholder_hits(ann["placeholders"], docs)
    for k, slot in enumerate(ann["placeholders"]):
        tally("ph_recall", k in found, slot["text"])
        tally("ph_kind", slot["kind"] in found.get(k, ()), (slot["text"], slot["kind"], sorted(found.get(k, ()))))
    counts["ph_false"] = [len(false), total]
    if false:
        misses["ph_false"] = false
    return {
        "counts": {k: list(v) for k, v in counts.items()},
        "misses": dict(misses),
        "false_headings": false_headings,
        "documents": [len(ann["documents"]), len(docs)],
        "error": parsed.get("error"),
    }


# ---------------------------------------------------------------- aggregate and print


def aggregate(results: dict[str, dict], entries: list[dict]) -> dict[str, dict]:
    """Figures per category and overall: summed numerators over summed denominators."""
    groups: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        groups[entry["category"]].append(entry["name"])
        groups["overall"].append(entry["name"])
    figures = {}
    for group, names in sorted(groups.items(), key=lambda kv: (kv[0] == "overall", kv[0])):
        row: dict = {
            "files": len(names),
            "documents": [
                sum(results[n]["documents"][0] for n in names),
                sum(results[n]["documents"][1] for n in names),
            ],
        }
        for key, _, _ in METRICS:
            num = sum(results[n]["counts"].get(key, [0, 0])[0] for n in names)
            den = sum(results[n]["counts"].get(key, [0, 0])[1] for n in names)
            row[key] = round(num / den, 3) if den else None
            row[f"{key}_n"] = den
        figures[group] = row
    return figures


def intervals(results: dict[str, dict], entries: list[dict]) -> dict[str, list[float]]:
    """The overall figures' 95% intervals, by a bootstrap over sites: draw the split's sites with replacement, sum
    the drawn sites' numerators and denominators, and take the central 95% of the figures. A site's files fail
    together (one site's headings share one shape), so the site, not the snippet, is the unit of chance: forty pages
    with 52 headings in a dozen of them say less than 52 independent headings would."""
    sites: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        sites[site_of(entry)].append(entry["name"])
    keys = [key for key, _, _ in METRICS]
    counts = np.array(
        [
            [[sum(results[n]["counts"].get(key, [0, 0])[i] for n in names) for i in (0, 1)] for key in keys]
            for names in sites.values()
        ],
        dtype=float,
    ).reshape(len(sites), len(keys) * 2)
    draws = np.random.default_rng(0).multinomial(len(sites), [1 / len(sites)] * len(sites), size=DRAWS)
    summed = (draws @ counts).reshape(DRAWS, len(keys), 2)
    figures = {}
    for k, key in enumerate(keys):
        num, den = summed[:, k, 0], summed[:, k, 1]
        if den.max() > 0:
            ratio = num[den > 0] / den[den > 0]
            figures[key] = [round(float(v), 3) for v in np.percentile(ratio, INTERVAL)]
    return figures


def table(title: str, figures: dict[str, dict], interval: dict[str, list[float]] | None = None) -> str:
    """The figures as rows per category; with ``interval``, two rows more under overall: its 95% interval's ends."""
    head = f"{'':16}{'files':>5} {'docs':>7} " + " ".join(f"{label:>6}" for _, label, _ in METRICS)
    lines = [title, head]
    for group, row in figures.items():
        cells = " ".join(f"{'—' if row[k] is None else format(row[k], '.2f'):>6}" for k, _, _ in METRICS)
        lines.append(f"{group:16}{row['files']:>5} {row['documents'][0]:>3}/{row['documents'][1]:<3} {cells}")
    for end, label in enumerate(("95% by site, low", "95% by site, high")):
        if interval is not None:
            cells = " ".join(f"{format(interval[k][end], '.2f') if k in interval else '—':>6}" for k, _, _ in METRICS)
            lines.append(f"{label:30}{cells}")
    return "\n".join(lines)


def run(
    split: str = "tune", smoke: bool = False, baseline: bool = True, library: bool = False, files: str | None = None
) -> dict:
    """Score the chosen files with the product (and the baseline); the JSON-able result. With ``library``, the
    chosen files are first imported together into one library and each is parsed as an import into it would be:
    the lines the other files hold are its library (the junk model's ``library_files``)."""
    entries = select(split, smoke, files)
    with tempfile.TemporaryDirectory() as folder:
        held = imported_library(entries, Path(folder)) if library else None
        product = {e["name"]: score_file(e, parse_product(FILES / e["name"], held)) for e in entries}
    result = {
        "split": "smoke" if smoke else split,
        "library": library,
        "files": [e["name"] for e in entries],
        "product": aggregate(product, entries),
        "interval": intervals(product, entries),
        "per_file": {
            name: {
                "documents": r["documents"],
                "error": r["error"],
                "misses": r["misses"],
                "false_headings": r["false_headings"],
            }
            for name, r in product.items()
        },
    }
    if baseline:
        naive = {e["name"]: score_file(e, parse_baseline(FILES / e["name"])) for e in entries}
        result["baseline"] = aggregate(naive, entries)
    return result


def check_floors(result: dict, floors: list[str]) -> list[str]:
    """``metric=value`` floors on the overall product figures (a ceiling for ph_false); the failures."""
    failures = []
    overall = result["product"]["overall"]
    for floor in floors:
        key, _, value = floor.partition("=")
        got, limit = overall.get(key), float(value)
        if got is None:
            continue
        if (got < limit) if key in HIGHER_IS_BETTER else (got > limit):
            failures.append(f"{key} = {got} {'<' if key in HIGHER_IS_BETTER else '>'} {limit}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_parse", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("tune", "holdout", "all"), default="tune")
    parser.add_argument("--smoke", action="store_true", help=f"score only {', '.join(SMOKE)}")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--files", metavar="RANGE", help="only these files of the split: stems or stem ranges, rw238-rw262,rw007"
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the naive baseline")
    parser.add_argument("--misses", action="store_true", help="also print each file's misses")
    parser.add_argument(
        "--library",
        action="store_true",
        help="import the chosen files into one library first and parse each as an import into it (the other files' "
        "lines are its library)",
    )
    parser.add_argument(
        "--min",
        action="append",
        default=[],
        metavar="METRIC=VALUE",
        help="fail (exit 1) when an overall figure is below VALUE (above, for ph_false)",
    )
    args = parser.parse_args(argv)
    result = run(args.split, args.smoke, baseline=not args.no_baseline, library=args.library, files=args.files)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        print(
            table(
                f"计划工坊 parse on the real-world set — {result['split']} ({len(result['files'])} files"
                + (", imported together into one library)" if result["library"] else ")"),
                result["product"],
                result["interval"],
            )
        )
        if "baseline" in result:
            print()
            print(
                table(
                    "naive baseline (every line a block, marker-regex headings)",
                    {"overall": result["baseline"]["overall"]},
                )
            )
        print()
        for _key, label, description in METRICS:
            print(f"  {label:>6}  {description}")
        if args.misses:
            for name, detail in result["per_file"].items():
                print(
                    f"\n{name} documents {detail['documents'][0]} annotated, {detail['documents'][1]} parsed"
                    + (f"; refused: {detail['error']}" if detail["error"] else "")
                )
                for key, items in detail["misses"].items():
                    for item in items:
                        print(f"  {key}: {item}")
                for level, text in detail["false_headings"]:
                    print(f"  false heading: {level} {text}")
    failures = check_floors(result, args.min)
    for failure in failures:
        print(f"✗ {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
