"""gen30y (round 30) experiment; output under /tmp/gen30y/ (see evaluate.py)."""
import json
from multiprocessing import Pool
from benchmarks import training as shared
from benchmarks.bench_parse import FILES, _align, annotation
from nlp.cli.library import parse_json
from nlp.library.parse import parse_file
from nlp.library.structure import page_time
from nlp.read import read_lines


def one(name):
    raw = (FILES / name).read_bytes()
    page = page_time([line.text for line in read_lines(raw, name)])
    try:
        docs = parse_json(name, parse_file(raw, name))["documents"]
    except Exception:
        return name, page, None
    pairs = {j: i for i, j in _align(annotation(name)["documents"], docs).items()}
    return name, page, [
        {"title": d["title"], "year": d.get("year"), "kind": d.get("kind"), "annotated": pairs.get(j),
         "blocks": [{"text": b.get("text")} for b in d["blocks"]]}
        for j, d in enumerate(docs)
    ]


if __name__ == "__main__":
    names = [e["name"] for e in shared.training_entries()]
    with Pool(6) as pool:
        out = pool.map(one, names, chunksize=8)
    json.dump({n: d for n, _, d in out}, open("/tmp/gen30y/today.json", "w"), ensure_ascii=False)
    json.dump({n: p for n, p, _ in out}, open("/tmp/gen30y/page_time.json", "w"))
    print(len(out))
