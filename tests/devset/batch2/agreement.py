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
from scoring import Agreement  # noqa: E402  (tests/devset/scoring.py)


def main():
    agreement = Agreement()
    for line in (HERE / "second-annotator.jsonl").read_text(encoding="utf-8").splitlines():
        second = json.loads(line)
        gold = json.loads((HERE.parent / second["split"] / second["file"]).read_text(encoding="utf-8"))
        for i, (g, s) in enumerate(zip(gold["sentences"], second["labels"])):
            if agreement.add(g, s):
                print(f"{second['file']} s{i}: first {g['source']!r}, second {s['source']!r}")
    agreement.report(16)


if __name__ == "__main__":
    main()
