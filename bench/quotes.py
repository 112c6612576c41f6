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
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"the corpus is not at {CORPUS}: this benchmark needs ../shared/corpora")
    articles = json.loads(GOLD.read_text())["articles"]
    rows = {r["article_id"]: r for r in csv.DictReader(io.TextIOWrapper(gzip.open(CORPUS), encoding="utf-8",
                                                                      errors="replace")) if r["article_id"] in articles}
    tp = fp = fn = 0
    kinds = {"named": [0, 0, 0], "pronoun": [0, 0, 0], "unknown": [0, 0, 0]}  # right, right (lenient), total
    set_tp = set_fp = set_fn = 0
    errors, timings = [], []
    indirect = 0
    for article_id, entry in articles.items():
        row = rows[article_id]
        text = row["text"]
        if hashlib.sha1(text.encode()).hexdigest()[:12] != entry["sha1"]:
            sys.exit(f"article {article_id} differs from the annotated text")
        began = time.perf_counter()
        everything = extract_quotes(text, row["title"])
        predicted = [q for q in everything if q.direct]
        indirect += len(everything) - len(predicted)
        timings.append(time.perf_counter() - began)
        gold = entry["quotes"]
        pairs = match(gold, predicted)
        tp += len(pairs)
        fp += len(predicted) - len(pairs)
        fn += len(gold) - len(pairs)
        for g, q in pairs:
            kind = "unknown" if not g["speaker"] else "pronoun" if g["pronoun"] else "named"
            counts = kinds[kind]
            counts[0] += same_speaker(g["speaker"], q.speaker)
            counts[1] += same_speaker(g["speaker"], q.speaker, lenient=True)
            counts[2] += 1
            if not same_speaker(g["speaker"], q.speaker, lenient=True):
                errors.append((article_id, g["speaker"], q.speaker, text[g["start"]:g["end"]][:60]))
        gold_set = {fold(g["speaker"]) for g in gold if g["speaker"]}
        predicted_set = {fold(q.speaker) for q in predicted if q.speaker}
        set_tp += len(gold_set & predicted_set)
        set_fp += len(predicted_set - gold_set)
        set_fn += len(gold_set - predicted_set)

    p, r, f = prf(tp, fp, fn)
    print(f"{len(articles)} articles, {tp + fn} gold direct quotations ({kinds['pronoun'][2]} matched pronoun-attributed)")
    print(f"Direct quotation detection   P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({tp} matched, {fp} extra, {fn} missed)")
    for kind, (right, lenient, total) in kinds.items():
        if total:
            print(f"Speaker accuracy, {kind:8s}   {right / total:.3f}  (lenient {lenient / total:.3f}) on {total}")
    all_right = sum(k[0] for k in kinds.values()) / max(1, sum(k[2] for k in kinds.values()))
    print(f"Speaker accuracy, all        {all_right:.3f}")
    sp, sr, sf = prf(set_tp, set_fp, set_fn)
    print(f"Article speaker sets         P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    print(f"Indirect speech: {indirect} reported-speech quotations found; not yet annotated, so not scored")
    per_article = statistics.median(timings)
    print(f"Speed: {len(timings) / sum(timings):.0f} articles/s (median {per_article * 1000:.2f} ms per article)")
    for article_id, expected, got, words in errors[: args.show_errors]:
        print(f"  {article_id}: expected {expected!r} got {got!r}  {words!r}")


if __name__ == "__main__":
    main()
