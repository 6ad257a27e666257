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
import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent))
from scoring import second_pass_agreement  # noqa: E402  (tests/devset/scoring.py)

if __name__ == "__main__":
    second_pass_agreement(HERE / "second-annotator.jsonl", HERE.parent.parent / "test7", "--list" in sys.argv[1:])
