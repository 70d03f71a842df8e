"""One large file's import: a PDF of thousands of pages read, cleaned, structured and stored with its
progress followed, against pdfplumber reading the same pages one by one.

    python -m benchmarks.bench_import              # 500 and 5 000 pages; a collection of 0.5 and 5 MB
    python -m benchmarks.bench_import --smoke      # 10 and 30 pages; 20 and 80 KB: seconds

The PDFs are generated (``tests.files.long_plan_pdf``: a section 一、 to 十、 and four hard-wrapped
paragraphs on each A4 page, about 830 bytes a page). Each size and each method runs in a forked
process of its own (``bench_groups.measure``):

1. 导入: ``nlp.usecases.import_file`` into a new library, with a progress callback: CPU seconds,
   peak resident-set growth, the seconds to the first progress update and the number of updates.
2. pdfplumber 逐页 (the peer and the baseline): ``pdfplumber.open`` and each of ``pdf.pages``'
   ``extract_text_lines`` then ``close``, the reader before (a page's objects released as it is read):
   the same CPU seconds, peak and the seconds to its first page's lines.

Reported: the import's CPU time and peak as ratios to the peer's at the same size, the peak's growth
from the small size to the large one over the input's growth (1.0: linear), and the first update's
seconds.

A collection's import too: a GB18030 text of 0.5 and 5 MB (``tests.files.large_plan``, the browser
suite's large plan: the seed plans again and again, 1 946 documents at 5 MB), its CPU seconds' growth
from the small size to the large one over the input's growth (1.0: linear; a step that reads the whole
file for each of its documents shows here, round 38: 1.96 before its fix), and at 5 MB the seconds to its
first progress update and the longest stretch with no check for a cancel (round 39: 5.9 s, and about 26 s
in the junk model's and reflow's passes, before the cleaning reported and checked there). Results go to
stdout and, as JSON, to ``benchmarks/results/``.
"""

from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

import pdfplumber

from nlp.library import Library
from nlp.usecases import import_file
from tests.files import large_plan, long_plan_pdf

from .bench_groups import measure
from .reporting import parser as common_parser
from .reporting import save, show

LINEAR_TARGET = 2.0  # the import's peak may grow at most twice as fast as the input
COLLECTION_CPU_TARGET = 1.3  # a collection's CPU seconds may grow at most 1.3 times as fast as its bytes
COLLECTION_BYTES = {True: (20_000, 80_000), False: (500_000, 5 * 1024 * 1024)}  # smoke, full
FIRST_UPDATE_TARGET_S = 2.0  # the first progress update of the largest file, from the click
UNCHECKED_TARGET_S = 3.0  # the longest stretch of the largest collection's import with no check for a cancel


def imported(data: bytes, name: str = "计划.pdf") -> dict:
    """Import ``data`` as the file ``name`` into a new library, following its progress and its checks for a cancel."""
    started, cpu = time.perf_counter(), time.process_time()
    updates: list[float] = []
    checks = [started]

    def asked() -> bool:  # the import's check for a cancel: noted, never cancelling
        checks.append(time.perf_counter())
        return False

    with tempfile.TemporaryDirectory() as folder, Library(Path(folder) / "library.sqlite3") as library:
        report = import_file(
            library,
            data,
            name,
            progress=lambda _: updates.append(time.perf_counter()),
            cancelled=asked,
        )
        checks.append(time.perf_counter())
        assert report.ok, report.message
        documents = library.documents()
        return {
            "cpu_seconds": time.process_time() - cpu,
            "first_update_seconds": updates[0] - started,
            "updates": len(updates),
            "longest_unchecked_seconds": max(b - a for a, b in zip(checks, checks[1:])),
            "blocks": sum(d.blocks for d in documents),
            "documents": len(documents),
        }


def pdfplumber_pages(data: bytes) -> dict:
    """pdfplumber's page-by-page reading of ``data``, each page closed once read."""
    started, cpu = time.perf_counter(), time.process_time()
    first, lines = None, 0
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            lines += len(page.extract_text_lines(return_chars=False))
            page.close()
            first = first if first is not None else time.perf_counter() - started
    return {"cpu_seconds": time.process_time() - cpu, "first_update_seconds": first, "lines": lines}


METHODS = {"导入": imported, "pdfplumber 逐页": pdfplumber_pages}


def main(argv: list[str] | None = None) -> int:
    args = common_parser("import", __doc__, [500, 5000], "小规模（10 页、30 页），几秒内完成：只检查能运行").parse_args(
        argv
    )
    small, large = (10, 30) if args.smoke else args.sizes[:2]
    pdfs = {pages: long_plan_pdf(pages) for pages in (small, large)}
    results, rows = {}, []
    for pages, data in pdfs.items():
        runs = {name: measure(name, function, data) for name, function in METHODS.items()}
        errors = [run.error for run in runs.values() if run.error]
        if errors:
            print(f"{pages} 页失败：{errors[0]}", file=sys.stderr)
            return 1
        ours, peer = runs["导入"], runs["pdfplumber 逐页"]
        results[pages] = {
            "input_mb": len(data) / 1e6,
            **{
                name: {"wall_seconds": run.seconds, "peak_mb": run.peak_mb, **run.results} for name, run in runs.items()
            },
            "cpu_ratio": ours.results["cpu_seconds"] / peer.results["cpu_seconds"],
            "peak_ratio": max(ours.peak_mb, 1.0) / max(peer.peak_mb, 1.0),
        }
        rows.append(
            f"{pages:>5} 页 {len(data) / 1e6:5.2f} MB  导入 CPU {ours.results['cpu_seconds']:6.1f} s "
            f"峰值 {ours.peak_mb:5.0f} MB 首次进度 {ours.results['first_update_seconds']:5.2f} s "
            f"({ours.results['updates']} 次)  |  pdfplumber 逐页 CPU {peer.results['cpu_seconds']:6.1f} s "
            f"峰值 {peer.peak_mb:5.0f} MB 首页 {peer.results['first_update_seconds']:5.2f} s  |  "
            f"CPU 比 {results[pages]['cpu_ratio']:.2f} 峰值比 {results[pages]['peak_ratio']:.2f}"
        )
    peaks = [max(results[p]["导入"]["peak_mb"], 1.0) for p in (small, large)]
    growth = (peaks[1] / peaks[0]) / (len(pdfs[large]) / len(pdfs[small]))
    rows.append(f"导入峰值增长÷输入增长 {growth:.2f}")
    collections = {}
    for size in COLLECTION_BYTES[args.smoke]:
        data = large_plan(size)
        run = measure("导入汇编", imported, data, "计划汇编.txt")
        if run.error:
            print(f"{size} 字节的汇编失败：{run.error}", file=sys.stderr)
            return 1
        collections[size] = {"input_mb": len(data) / 1e6, "wall_seconds": run.seconds, **run.results}
        rows.append(
            f"汇编 {len(data) / 1e6:5.2f} MB  {run.results['documents']:>5} 篇  导入 CPU {run.results['cpu_seconds']:6.1f} s "
            f"首次进度 {run.results['first_update_seconds']:5.2f} s  最长未查取消 {run.results['longest_unchecked_seconds']:5.2f} s"
        )
    sizes = [collections[size] for size in COLLECTION_BYTES[args.smoke]]
    cpu_growth = (sizes[1]["cpu_seconds"] / sizes[0]["cpu_seconds"]) / (sizes[1]["input_mb"] / sizes[0]["input_mb"])
    rows.append(f"汇编导入 CPU 增长÷输入增长 {cpu_growth:.2f}")
    checks = (
        None
        if args.smoke
        else [
            (f"峰值增长 ≤ {LINEAR_TARGET}× 输入增长", growth <= LINEAR_TARGET),
            (
                f"{large} 页的首次进度 ≤ {FIRST_UPDATE_TARGET_S} s",
                results[large]["导入"]["first_update_seconds"] <= FIRST_UPDATE_TARGET_S,
            ),
            (f"汇编导入 CPU 增长 ≤ {COLLECTION_CPU_TARGET}× 输入增长", cpu_growth <= COLLECTION_CPU_TARGET),
            (
                f"最大汇编的首次进度 ≤ {FIRST_UPDATE_TARGET_S} s",
                sizes[1]["first_update_seconds"] <= FIRST_UPDATE_TARGET_S,
            ),
            (
                f"最大汇编的最长未查取消 ≤ {UNCHECKED_TARGET_S} s",
                sizes[1]["longest_unchecked_seconds"] <= UNCHECKED_TARGET_S,
            ),
        ]
    )
    show("\n".join(rows), checks)
    save(
        args.out,
        "import",
        smoke=args.smoke,
        argv=argv,
        pages=results,
        peak_growth_over_input_growth=growth,
        collections=collections,
        collection_cpu_growth_over_input_growth=cpu_growth,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
