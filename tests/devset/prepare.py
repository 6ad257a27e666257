#!/usr/bin/env python3
"""Pick the development-set articles from the Reuters corpus and pre-segment them.

Sentence boundaries come from `claimdesk extract` (segmentation only: attribution and
scores are dropped so annotators are not primed by the extractor). Annotators then fill in
`checkworthy`, `source` and `kind` per ANNOTATION.md, fixing boundaries where needed.

    python3 tests/devset/prepare.py /path/to/reuters-dev.csv target/debug/claimdesk
"""
import csv
import json
import random
import subprocess
import sys
from pathlib import Path

SEED = 20261125
HERE = Path(__file__).parent


def segment(claimdesk, text):
    out = subprocess.run([claimdesk, "extract", "-", "--json"], input=text.encode(), capture_output=True, check=True)
    doc = json.loads(out.stdout)
    return [{"start": s["start"], "end": s["end"], "text": s["text"]} for s in doc["sentences"]]


def main():
    corpus, claimdesk = sys.argv[1], sys.argv[2]
    rows = list(csv.DictReader(open(corpus, encoding="utf-8")))
    rng = random.Random(SEED)
    quoted = [i for i, r in enumerate(rows) if r["subject"] == "politicsNews" and "\u201c" in r["text"] and 1200 <= len(r["text"]) <= 3200]
    stripped = [i for i, r in enumerate(rows) if r["subject"] == "worldnews" and '"' not in r["text"] and "\u201c" not in r["text"] and 1200 <= len(r["text"]) <= 3200]
    picks = [(i, "quoted") for i in rng.sample(quoted, 16)] + [(i, "stripped") for i in rng.sample(stripped, 14)]
    rng.shuffle(picks)
    for n, (i, kind) in enumerate(picks):
        split = "dev" if n % 2 == 0 else "heldout"
        r = rows[i]
        # Corpus row numbers are 1-based data rows (the header is row 0).
        doc = {
            "corpus_row": i + 1,
            "title": r["title"],
            "subject": r["subject"],
            "date": r["date"].strip(),
            "quotes": kind,
            "split": split,
            "text": r["text"],
            "sentences": [dict(s, checkworthy=None, source=None, kind=None) for s in segment(claimdesk, r["text"])],
        }
        path = HERE / split / f"row{i + 1:04d}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path, len(doc["sentences"]))


if __name__ == "__main__":
    main()
