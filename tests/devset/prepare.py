#!/usr/bin/env python3
"""Pick development-set articles from the Reuters corpus and pre-segment them.

Sentence boundaries come from `claimdesk extract` (segmentation only: attribution and
scores are dropped so annotators are not primed by the extractor). Annotators then fill in
`checkworthy`, `source` and `kind` per ANNOTATION.md, fixing boundaries where needed.

    python3 tests/devset/prepare.py CORPUS CLAIMDESK                      # batch 1 (seed 20261125)
    python3 tests/devset/prepare.py CORPUS CLAIMDESK --batch 2 --out DIR  # later batches, disjoint
    python3 tests/devset/prepare.py CORPUS CLAIMDESK --batch 3 --split dev --quoted 14 --stripped 16 --out DIR

Batch 1 wrote 16 quoted politicsNews + 14 stripped worldnews rows, alternately to dev/ and
heldout/. Later batches skip every row already annotated under tests/devset, use their own
seed and write the files flat into --out (to be annotated, then moved to their split).
"""
import argparse
import csv
import json
import random
import re
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
SEEDS = {1: 20261125, 2: 20261201, 3: 20261202, 4: 20261203, 5: 20261204, 6: 20261205, 7: 20261206, 8: 20261207, 9: 20261208, 10: 20261209, 11: 20261210, 12: 20261211, 13: 20261212, 14: 20261213, 15: 20261214, 16: 20261215, 17: 20261216}


def segment(claimdesk, text):
    out = subprocess.run([claimdesk, "extract", "-", "--json"], input=text.encode(), capture_output=True, check=True)
    doc = json.loads(out.stdout)
    return [{"start": s["start"], "end": s["end"], "text": s["text"]} for s in doc["sentences"]]


def annotated_rows():
    rows = set()
    for p in HERE.glob("*/row*.json"):
        m = re.match(r"row(\d+)\.json$", p.name)
        if m:
            rows.add(int(m.group(1)))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("claimdesk")
    ap.add_argument("--batch", type=int, default=1, choices=sorted(SEEDS))
    ap.add_argument("--quoted", type=int, default=None)
    ap.add_argument("--stripped", type=int, default=None)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--split", choices=["alternate", "dev", "heldout", "unseen", "test", "test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9", "test10", "test11", "test12"], default="alternate")
    args = ap.parse_args()

    rows = list(csv.DictReader(open(args.corpus, encoding="utf-8")))
    rng = random.Random(SEEDS[args.batch])
    skip = annotated_rows() if args.batch > 1 else set()
    fits = lambda i, r: 1200 <= len(r["text"]) <= 3200 and (i + 1) not in skip
    quoted = [i for i, r in enumerate(rows) if r["subject"] == "politicsNews" and "\u201c" in r["text"] and fits(i, r)]
    stripped = [
        i
        for i, r in enumerate(rows)
        if r["subject"] == "worldnews" and '"' not in r["text"] and "\u201c" not in r["text"] and fits(i, r)
    ]
    nq = args.quoted if args.quoted is not None else (16 if args.batch == 1 else 12)
    ns = args.stripped if args.stripped is not None else (14 if args.batch == 1 else 12)
    picks = [(i, "quoted") for i in rng.sample(quoted, nq)] + [(i, "stripped") for i in rng.sample(stripped, ns)]
    rng.shuffle(picks)
    for n, (i, kind) in enumerate(picks):
        split = args.split if args.split != "alternate" else ("dev" if n % 2 == 0 else "heldout")
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
            "sentences": [dict(s, checkworthy=None, source=None, kind=None) for s in segment(args.claimdesk, r["text"])],
        }
        folder = args.out if args.out else HERE / split
        path = folder / f"row{i + 1:04d}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path, split, kind, len(doc["sentences"]))


if __name__ == "__main__":
    main()
