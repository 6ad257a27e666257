#!/usr/bin/env python3
"""Agreement between two annotators on the doubly-labelled articles of batch 2.

The gold files in ../dev and ../heldout hold the first annotator's labels for these 16
articles; second-annotator.jsonl holds an independent second annotator's labels of the
same sentences. Attribution is scored exactly as `claimdesk eval` scores the extractor
(names match after case, articles, apostrophes and honorifics are set aside, or when the
shorter full name is contained in the longer and both end with the same word).

    python3 tests/devset/batch2/agreement.py
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).parent
HONORIFICS = {"sayyed", "sheikh", "mr", "mrs", "ms", "dr", "sir", "lord", "dame"}


def norm(s):
    s = s.lower().replace("\u2019", " ").replace("'", " ")
    return [w for w in re.split(r"[^\w]+", s) if w and w not in ("the", "s") and w not in HONORIFICS]


def same_source(g, p):
    a, b = norm(g), norm(p)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and short[-1] == long_[-1] and all(w in long_ for w in short)


def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


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
