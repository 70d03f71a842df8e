"""gen30y (round 30) experiment; output under /tmp/gen30y/ (see evaluate.py)."""
import json
import os
import sys
from benchmarks.train_titles import fresh_rules_parse
os.makedirs("/tmp/gen30y", exist_ok=True)
parsed = fresh_rules_parse(blocks=None, fields=("year", "kind"))
open("/tmp/gen30y/blind_year.json", "w").write(json.dumps(parsed, ensure_ascii=False))
print(len(parsed))
