"""Measure quotation finding and speaker attribution against hand annotations of news-articles-2016.

    .venv/bin/python bench/quotes.py [--show-errors 20]

Gold: `bench/gold/quotes-news-articles-2016.json` (article ids, offsets and speaker names only; the text is read
from ../shared/corpora). A predicted quotation matches a gold one when their spans overlap (one to one, in order).
Speaker accuracy is over matched quotations, for speakers named in the quotation's own sentence ("named"), for
those attributed through a pronoun ("pronoun"), and for quotations with no recoverable speaker ("unknown", where
the right answer is an empty speaker). Names match when equal after case and accent folding, or (lenient) when
they share the surname. Article speaker sets compare the named speakers of each article.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import pathlib
import statistics
import sys
import time
import unicodedata

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "news-articles-2016" / "NewsArticles.csv.gz"
GOLD = ROOT / "bench" / "gold" / "quotes-news-articles-2016.json"
SPLITS = ("tuned", "held-out", "fresh") + tuple(f"fresh-{n}" for n in range(2, 527))

from indexer import extract_quotes  # noqa: E402


def fold(name: str) -> str:
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    return name[4:] if name.startswith("the ") else name


def same_speaker(gold: str, predicted: str, lenient: bool = False) -> bool:
    gold, predicted = fold(gold), fold(predicted)
    if gold == predicted:
        return True
    return lenient and bool(gold) and bool(predicted) and gold.split()[-1] == predicted.split()[-1]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(gold: list[dict], predicted: list) -> list[tuple[dict, object]]:
    """Pairs of overlapping gold and predicted quotations, each used once, earliest first."""
    pairs, used = [], set()
    for g in gold:
        for index, q in enumerate(predicted):
            if index not in used and q.start < g["end"] and g["start"] < q.end:
                pairs.append((g, q))
                used.add(index)
                break
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-errors", type=int, default=0, help="list this many attribution errors")
    parser.add_argument("--split", choices=SPLITS + ("all",), default="all", metavar="SPLIT",
                        help="tuned (the articles the rules were developed on), held-out, fresh, fresh-2 to "
                             f"{SPLITS[-1]} (batches measured once untouched before their faults were fixed), or all")
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"the corpus is not at {CORPUS}: this benchmark needs ../shared/corpora")
    articles = json.loads(GOLD.read_text())["articles"]
    rows = {r["article_id"]: r for r in csv.DictReader(io.TextIOWrapper(gzip.open(CORPUS), encoding="utf-8",
                                                                      errors="replace")) if r["article_id"] in articles}
    scores = {(split, kind): Score() for split in SPLITS + ("all",) for kind in ("direct", "indirect")}
    timings = []
    for article_id, entry in articles.items():
        row = rows[article_id]
        text = row["text"]
        if hashlib.sha1(text.encode()).hexdigest()[:12] != entry["sha1"]:
            sys.exit(f"article {article_id} differs from the annotated text")
        began = time.perf_counter()
        everything = extract_quotes(text, row["title"])
        timings.append(time.perf_counter() - began)
        for kind, direct in (("direct", True), ("indirect", False)):
            for split in (entry["split"], "all"):
                scores[split, kind].add(article_id, text, [g for g in entry["quotes"] if g["direct"] == direct],
                                        [q for q in everything if q.direct == direct])

    for split in SPLITS + ("all",):
        if args.split not in ("all", split):
            continue
        count = sum(split in ("all", entry["split"]) for entry in articles.values())
        direct, indirect = scores[split, "direct"], scores[split, "indirect"]
        print(f"== {split}: {count} articles, {direct.gold} direct and {indirect.gold} indirect gold quotations")
        direct.report("direct")
        indirect.report("indirect")
        sp, sr, sf = prf(*[a + b for a, b in zip(direct.sets, indirect.sets)])
        print(f"  article speaker sets, direct and indirect together   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}\n")
    per_article = statistics.median(timings)
    print(f"Speed: {len(timings) / sum(timings):.0f} articles/s (median {per_article * 1000:.2f} ms per article)")
    for (split, kind), score in scores.items():
        if split != "all" and args.split in ("all", split):
            for article_id, expected, got, words in score.errors[: args.show_errors]:
                print(f"  {split} {kind} {article_id}: expected {expected!r} got {got!r}  {words!r}")


class Score:
    """Detection, speaker accuracy and article speaker sets for one kind of quotation (direct or indirect)."""

    def __init__(self) -> None:
        self.found = [0, 0, 0]  # matched, extra, missed
        self.kinds = {"named": [0, 0, 0], "pronoun": [0, 0, 0], "unknown": [0, 0, 0]}  # right, lenient, total
        self.sets = [0, 0, 0]
        self.errors: list[tuple[str, str, str, str]] = []
        self.gold = 0

    def add(self, article_id: str, text: str, gold: list[dict], predicted: list) -> None:
        self.gold += len(gold)
        pairs = match(gold, predicted)
        self.found[0] += len(pairs)
        self.found[1] += len(predicted) - len(pairs)
        self.found[2] += len(gold) - len(pairs)
        for g, q in pairs:
            kind = "unknown" if not g["speaker"] else "pronoun" if g["pronoun"] else "named"
            counts = self.kinds[kind]
            counts[0] += same_speaker(g["speaker"], q.speaker)
            counts[1] += same_speaker(g["speaker"], q.speaker, lenient=True)
            counts[2] += 1
            if not same_speaker(g["speaker"], q.speaker, lenient=True):
                self.errors.append((article_id, g["speaker"], q.speaker, text[g["start"]:g["end"]][:60]))
        gold_set = {fold(g["speaker"]) for g in gold if g["speaker"]}
        predicted_set = {fold(q.speaker) for q in predicted if q.speaker}
        self.sets[0] += len(gold_set & predicted_set)
        self.sets[1] += len(predicted_set - gold_set)
        self.sets[2] += len(gold_set - predicted_set)

    def report(self, label: str) -> None:
        p, r, f = prf(*self.found)
        print(f"{label.capitalize()} quotations")
        print(f"  detection                P {p:.3f}  R {r:.3f}  F1 {f:.3f}   "
              f"({self.found[0]} matched, {self.found[1]} extra, {self.found[2]} missed)")
        for kind, (right, lenient, total) in self.kinds.items():
            if total:
                print(f"  speaker accuracy, {kind:8s} {right / total:.3f}  (lenient {lenient / total:.3f}) on {total}")
        right = sum(k[0] for k in self.kinds.values())
        print(f"  speaker accuracy, all    {right / max(1, sum(k[2] for k in self.kinds.values())):.3f}")
        sp, sr, sf = prf(*self.sets)
        print(f"  article speaker sets     P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")


if __name__ == "__main__":
    main()
