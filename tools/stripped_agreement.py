#!/usr/bin/env python3
"""Agreement between the extractor's sources on quoted corpus articles and on the same
articles with their quotation marks stripped as the eval strips them (drop “ ” ‘ " and turn
’ into a space). No gold labels: the marks-kept output stands in for them, so this measures
only how much the marks matter, over many more articles than the annotated set. Rows of the
unread test splits (tests/devset/test4/ on) are left out.

    python3 tools/stripped_agreement.py target/release/claimdesk [disagreements.tsv]
"""
import csv, glob, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "reuters-dev.csv")


def unread_rows():
    rows = set()
    for f in glob.glob(os.path.join(ROOT, "tests", "devset", "test*", "row*.json")):
        if re.fullmatch(r"test([4-9]|\d\d+)", os.path.basename(os.path.dirname(f))):
            rows.add(int(re.search(r"row(\d+)", f).group(1)))
    return rows


def strip(text):
    """The stripped text and, for each of its characters, the index in the original."""
    out, where = [], []
    for i, c in enumerate(text):
        if c in "\u201c\u201d\u2018\"":
            continue
        out.append(" " if c == "\u2019" else c)
        where.append(i)
    return "".join(out), where


def extract(binary, texts):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "text", "subject", "date"])
        for t in texts:
            w.writerow(["", t, "", ""])
    try:
        out = subprocess.run([binary, "extract", f.name, "--json"], capture_output=True, check=True).stdout
    finally:
        os.unlink(f.name)
    return [json.loads(line) for line in out.decode().splitlines()]


def char_at(text, byte):
    return len(text.encode()[:byte].decode(errors="ignore"))


def main():
    binary = sys.argv[1]
    rows = list(csv.DictReader(open(CORPUS, encoding="utf-8")))
    skip = unread_rows()
    chosen = [i for i, r in enumerate(rows) if i + 1 not in skip and "\u201c" in r["text"]]
    kept = extract(binary, [rows[i]["text"] for i in chosen])
    twins = [strip(rows[i]["text"]) for i in chosen]
    stripped = extract(binary, [t for t, _ in twins])
    total = agree = 0
    kinds = {"FN": 0, "FP": 0, "WRONG": 0}
    lines = []
    for i, k, (text, where), s in zip(chosen, kept, twins, stripped):
        original = rows[i]["text"]
        spans = [(char_at(original, x["start"]), char_at(original, x["end"]), x) for x in k["sentences"]]
        for x in s["sentences"]:
            c = char_at(text, x["start"])
            if c >= len(where):
                continue
            y = next((y for a, b, y in spans if a <= where[c] < b), None)
            if y is None:
                continue
            a = x["attribution"]["source"] if x["attribution"] else None
            b = y["attribution"]["source"] if y["attribution"] else None
            total += 1
            if a == b:
                agree += 1
                continue
            kind = "FN" if a is None else "FP" if b is None else "WRONG"
            kinds[kind] += 1
            lines.append(f"row{i + 1}\ts{x['index']}\t{kind}\tkept={b}\tstripped={a}\t{x['text'][:200]}")
    print(f"{len(chosen)} articles {total} sentences agree {agree} ({agree / total:.4f}) {kinds}")
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
