"""gen30y (round 30) experiment; output under /tmp/gen30y/ (see evaluate.py)."""
import json
from benchmarks import training as shared
from benchmarks.bench_parse import annotation
from nlp.library.structure import document_year, HISTORY_GAP
from nlp.models import Block
blind = json.load(open("/tmp/gen30y/blind_year.json")); page = json.load(open("/tmp/gen30y/page_time.json"))
right = blind_right = n = 0
out = {}
for e in shared.training_entries():
    name = e["name"]
    ann = annotation(name)["documents"]
    for j, d in enumerate(blind.get(name) or []):
        if d["annotated"] is None: continue
        blocks = [Block(b["type"], b["text"], marker=b["marker"]) for b in d["blocks"]]
        try:
            y = document_year(d["title"] or "", blocks, d.get("kind") or "")
            p = page.get(name)
            if y is not None and p is not None and y < p - HISTORY_GAP:
                y2 = document_year(d["title"] or "", blocks, d.get("kind") or "", since=p - HISTORY_GAP)
                y = y2 if y2 is not None and y2 >= p - HISTORY_GAP else None
        except Exception as err:
            y = d.get("year")
        out[f"{name}#{j}"] = y
        n += 1; want = ann[d["annotated"]]["year"]
        right += y == want; blind_right += d.get("year") == want
print(f"{n} aligned blind docs: blind rules {blind_right}, today's year rules on the blind parse {right}")
json.dump(out, open("/tmp/gen30y/todayrules_on_blind.json", "w"))
