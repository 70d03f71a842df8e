"""Memory against input size for the inputs that used to grow with its square.

    python -m benchmarks.bench_memory              # 4 000 repeated lines; one paragraph copied 10 000 times
    python -m benchmarks.bench_memory --smoke      # 500 lines, 600 copies: seconds

Two cases, each at two sizes and each size in a forked process of its own (``bench_groups.measure``):

1. 查重 of a draft made of one line pasted N times (a 388 KB draft of 4 000 identical lines used to
   peak at 16.7 GB): its self-repetition is found from a few earlier copies of each fingerprint
   (``nlp.check.engine.OWN_MAX_POSTINGS``), not from every pair of lines.
2. The near-duplicate groups of one paragraph copied N times with small edits (a family of N).

Reported: peak resident-set growth in MB, the input in MB, their ratio, and the growth of that
peak from the small size to the large one as a ratio to the growth of the input (1.0: linear;
a quadratic method shows about the size ratio itself). Results go to stdout and, as JSON, to
``benchmarks/results/``.
"""

from __future__ import annotations

import random
import sys

from nlp.boilerplate.groups import NearDuplicateIndex
from nlp.check import check_drafts, pasted_draft
from nlp.check.engine import build_index

from .bench_groups import measure
from .reporting import parser as common_parser
from .reporting import save, show

LINE = "加强工会组织建设，提高整体工作水平，认真落实职工代表大会制度，切实维护职工合法权益。"
PARAGRAPH = (
    "坚持以职工为中心的工作导向，深入开展送温暖活动，对困难职工、患病职工和退休老职工进行走访慰问，"
    "帮助他们解决实际困难，使广大职工切实感受到工会组织的关怀和温暖。"
)
LINEAR_TARGET = 2.0  # peak memory may grow at most twice as fast as the input


def repeated_draft(lines: int) -> dict:
    draft = pasted_draft("\n".join([LINE] * lines))
    report = check_drafts([("重复.txt", draft)], build_index(["与草稿无关的一段文字。"])).reports[0]
    return {"blocks": len(report.blocks), "self_repeated_ratio": report.summary.self_repeated_ratio}


def copied_family(copies: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    texts = []
    for _ in range(copies):
        chars = list(PARAGRAPH)
        for _ in range(3):  # a few characters changed in every copy
            chars[rng.randrange(len(chars))] = rng.choice("的了和在有为")
        texts.append("".join(chars))
    clusters = NearDuplicateIndex().fit(texts).clusters()
    return {"groups": len(clusters), "largest": max(len(c.members) for c in clusters)}


CASES = {
    "查重：同一行重复 N 次": (repeated_draft, lambda n: len("\n".join([LINE] * n).encode("utf-8"))),
    "分组：一段文字复制 N 次": (copied_family, lambda n: n * len(PARAGRAPH.encode("utf-8"))),
}


def main(argv: list[str] | None = None) -> int:
    args = common_parser(
        "memory", __doc__, [4000, 10000], "小规模（500 行、600 份），几秒内完成：只检查能运行"
    ).parse_args(argv)
    sizes = {"查重：同一行重复 N 次": (500, 4000), "分组：一段文字复制 N 次": (1000, 10000)}
    if args.smoke:
        sizes = {"查重：同一行重复 N 次": (200, 500), "分组：一段文字复制 N 次": (200, 600)}
    rows, results = [], {}
    for name, (function, input_bytes) in CASES.items():
        small, large = sizes[name]
        runs = [measure(name, function, n) for n in (small, large)]
        errors = [run.error for run in runs if run.error]
        if errors:
            print(f"{name} 失败：{errors[0]}", file=sys.stderr)
            return 1
        peaks = [max(run.peak_mb, 1.0) for run in runs]  # a floor of 1 MB: below it is noise
        inputs = [input_bytes(n) / 1e6 for n in (small, large)]
        growth = (peaks[1] / peaks[0]) / (inputs[1] / inputs[0])
        results[name] = {
            "sizes": [small, large],
            "input_mb": inputs,
            "peak_mb": [run.peak_mb for run in runs],
            "seconds": [run.seconds for run in runs],
            "results": [run.results for run in runs],
            "peak_growth_over_input_growth": growth,
        }
        rows.append(
            f"{name:<14} N={small:>6}/{large:<6} 输入 {inputs[0]:.2f}/{inputs[1]:.2f} MB  "
            f"峰值 {runs[0].peak_mb:.0f}/{runs[1].peak_mb:.0f} MB  峰值增长÷输入增长 {growth:.2f}"
        )
    checks = (
        None
        if args.smoke
        else [
            (f"{n}: 峰值增长 ≤ {LINEAR_TARGET}× 输入增长", r["peak_growth_over_input_growth"] <= LINEAR_TARGET)
            for n, r in results.items()
        ]
    )
    show("\n".join(rows), checks)
    save(args.out, "memory", smoke=args.smoke, argv=argv, cases=results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
