"""The name rule and F1 of `claimdesk eval`, for the Python scripts that score labels
(batch2/agreement.py, tools/baseline_textacy.py). It follows `same_source` and
`possessor_first` in crates/claimdesk-core/src/eval.rs: change both together.
"""
import json
import re

HONORIFICS = {"sayyed", "sheikh", "mr", "mrs", "ms", "dr", "sir", "lord", "dame"}
# Legal-form suffixes of company names: "General Motors Co" is "General Motors".
COMPANY_FORMS = {"co", "inc", "corp", "ltd", "plc", "llc"}


def norm(s):
    """Words of a name: lower case, apostrophes, articles and honorifics set aside."""
    s = s.lower().replace("\u2019", " ").replace("'", " ")
    words = [w for w in re.findall(r"[^\W_]+", s) if w not in ("the", "a", "an", "s") and w not in HONORIFICS]
    words = [w for w in words if w not in COMPANY_FORMS]
    # "State TV" and "state television" are one name; so are "EU" and "European Union".
    out = []
    for w in words:
        out += {"tv": ["television"], "eu": ["european", "union"]}.get(w, [w])
    return out


def possessor_first(name):
    """ "lawyers for X" / "the spokesman of X" -> "X's lawyers"; other names unchanged."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if w in ("for", "of")), None)
    if at is None or at == 0 or at + 1 >= len(words):
        return name
    head = words[:at]
    owner = words[at + 1 :]
    while owner and owner[0] == "the":
        owner = owner[1:]
    # "A spokeswoman for May": an article is not part of the head.
    if all(w[0].islower() for w in head if w not in ("A", "An", "The")) and owner and owner[0][0].isupper():
        head = [w for w in head if w.lower() not in ("a", "an", "the")]
        return f"{' '.join(owner)}'s {' '.join(head)}"
    return name


def same_source(gold, predicted):
    """Names agree after normalising, or the shorter (two words at least) is inside the
    longer and both end with the same word ("Tayyip Erdogan" / "Recep Tayyip Erdogan")."""
    a, b = norm(possessor_first(gold)), norm(possessor_first(predicted))
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 2 and short[-1] == long_[-1] and all(w in long_ for w in short)


def f1(tp, fp, fn):
    """Precision, recall and F1 (1.0 for an empty side, as `Counts` does)."""
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


class Agreement:
    """Counts of two annotators' labels of the same sentences, scored as `claimdesk eval`
    scores the extractor against the gold: check-worthiness, and attribution (the same
    source, or both none)."""

    def __init__(self):
        self.at = [0, 0, 0]
        self.cw = [0, 0, 0]
        self.sentences = 0

    def add(self, first, second):
        """Count one sentence; returns True when the two disagree on its source."""
        self.sentences += 1
        if first["checkworthy"] and second["checkworthy"]:
            self.cw[0] += 1
        elif second["checkworthy"]:
            self.cw[1] += 1
        elif first["checkworthy"]:
            self.cw[2] += 1
        fs, ss = first["source"], second["source"]
        if fs and ss and same_source(fs, ss):
            self.at[0] += 1
            return False
        if ss:
            self.at[1] += 1
        if fs:
            self.at[2] += 1
        return bool(fs or ss)

    def report(self, articles):
        print(f"{self.sentences} sentences in {articles} articles")
        print("attribution P %.3f R %.3f F1 %.3f" % f1(*self.at))
        print("check-worthiness P %.3f R %.3f F1 %.3f" % f1(*self.cw))


def second_pass_agreement(second_pass, gold_dir, listing):
    """Score a second annotation pass (`second_pass`: one article per line, with the
    sentence `texts` and the second `labels`) against the first labels in `gold_dir`, and
    print the figures; with `listing`, also each sentence whose sources differ."""
    agreement = Agreement()
    articles = 0
    for line in second_pass.read_text(encoding="utf-8").splitlines():
        second = json.loads(line)
        gold = json.loads((gold_dir / second["file"]).read_text(encoding="utf-8"))
        assert [s["text"] for s in gold["sentences"]] == second["texts"], second["file"]
        articles += 1
        for i, (g, s) in enumerate(zip(gold["sentences"], second["labels"])):
            if agreement.add(g, s) and listing:
                print(f"{second['file']} s{i}: first {g['source']!r}, second {s['source']!r}")
    agreement.report(articles)
