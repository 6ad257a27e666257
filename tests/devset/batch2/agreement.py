#!/usr/bin/env python3
"""Agreement between two annotators on the doubly-labelled articles of batch 2.

The gold files in ../dev and ../heldout hold the first annotator's labels for these 16
articles; second-annotator.jsonl holds an independent second annotator's labels of the
same sentences. Attribution is scored with the name rule of `claimdesk eval`
(tests/devset/scoring.py, which follows crates/claimdesk-core/src/eval.rs).

    python3 tests/devset/batch2/agreement.py
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from scoring import f1, same_source  # noqa: E402  (tests/devset/scoring.py)


def main():
    at = [0, 0, 0]
    cw = [0, 0, 0]
    n = 0
    for line in (HERE / "second-annotator.jsonl").read_text(encoding="utf-8").splitlines():
        second = json.loads(line)
        gold = json.loads((HERE.parent / second["split"] / second["file"]).read_text(encoding="utf-8"))
        for i, (g, s) in enumerate(zip(gold["sentences"], second["labels"])):
            n += 1
            if g["checkworthy"] and s["checkworthy"]:
                cw[0] += 1
            elif s["checkworthy"]:
                cw[1] += 1
            elif g["checkworthy"]:
                cw[2] += 1
            gs, ss = g["source"], s["source"]
            if gs and ss and same_source(gs, ss):
                at[0] += 1
                continue
            if ss:
                at[1] += 1
            if gs:
                at[2] += 1
            if gs or ss:
                print(f"{second['file']} s{i}: first {gs!r}, second {ss!r}")
    print(f"{n} sentences in 16 articles")
    print("attribution P %.3f R %.3f F1 %.3f" % f1(*at))
    print("check-worthiness P %.3f R %.3f F1 %.3f" % f1(*cw))


if __name__ == "__main__":
    main()
