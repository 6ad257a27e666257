#!/usr/bin/env python3
"""Agreement between the first labels of the test7 split (batch 12, in ../../test7) and an
independent second pass of the same 30 articles (annotators k2 and l2, 15 articles each;
their labels are in second-annotator.jsonl, one article per line, so that `claimdesk eval`
does not read them as gold), scored with the name
rule of `claimdesk eval` (tests/devset/scoring.py).

    python3 tests/devset/batch12/second/agreement.py [--list]

Only the figures are printed unless --list is given: test7 is a split nobody writing
extraction rules reads, so its disagreements (which quote its sentences) stay unlisted.
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))
from scoring import f1, same_source  # noqa: E402  (tests/devset/scoring.py)


def main():
    listing = "--list" in sys.argv[1:]
    at = [0, 0, 0]
    cw = [0, 0, 0]
    n = articles = 0
    for line in (HERE / "second-annotator.jsonl").read_text(encoding="utf-8").splitlines():
        second = json.loads(line)
        gold = json.loads((HERE.parent.parent / "test7" / second["file"]).read_text(encoding="utf-8"))
        assert [s["text"] for s in gold["sentences"]] == second["texts"], second["file"]
        articles += 1
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
            if listing and (gs or ss):
                print(f"{second['file']} s{i}: first {gs!r}, second {ss!r}")
    print(f"{n} sentences in {articles} articles")
    print("attribution P %.3f R %.3f F1 %.3f" % f1(*at))
    print("check-worthiness P %.3f R %.3f F1 %.3f" % f1(*cw))


if __name__ == "__main__":
    main()
