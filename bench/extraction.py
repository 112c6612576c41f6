"""Measure HTML extraction against ../shared/corpora: body quality, publication dates, and speed vs trafilatura.

    .venv/bin/pip install -e '.[bench]'      # trafilatura, for the side-by-side comparison only
    .venv/bin/python bench/extraction.py [--runs 5] [--show-worst 10]

Body quality uses the Zyte article-extraction benchmark's definitions: precision and recall of 4-token shingles
(\\w+ tokens), averaged over pages, F1 of the two averages ("shingle F1", the one its published figures use); and
the same over bags of whitespace tokens ("token F1").
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
import pathlib
import re
import statistics
import sys
import time
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = ROOT.parent / "shared" / "corpora"
ZYTE = CORPORA / "zyte-article-extraction"
DATES = CORPORA / "htmldate-mediacloud-2020"

from indexer import extract_quotes, parse_html  # noqa: E402

_WORD = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _WORD.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def overlap(true: Counter, pred: Counter) -> tuple[float, float, float]:
    """(tp, fp, fn) normalised so that every page weighs the same."""
    tp = sum((true & pred).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(counts: list[tuple[float, float, float]]) -> dict[str, float]:
    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    p = statistics.mean(precision(*c) for c in counts if c[0] + c[1] > 0)
    r = statistics.mean(recall(*c) for c in counts if c[0] + c[2] > 0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r)}


def page_f1(tp: float, fp: float, fn: float) -> float:
    return 0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn)


def load_zyte() -> list[tuple[str, bytes, str]]:
    truth = json.loads((ZYTE / "ground-truth.json").read_text())
    return [(key, gzip.decompress((ZYTE / "html" / f"{key}.html.gz").read_bytes()), value["articleBody"])
            for key, value in sorted(truth.items())]


def trafilatura_body(html: bytes, with_metadata: bool = False) -> str:
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=with_metadata)
    if result is None:
        return ""
    return getattr(result, "text", None) or (result.get("text", "") if isinstance(result, dict) else "") or ""


def body_quality(pages, extract) -> tuple[dict, dict, list]:
    shingle_counts, token_counts, per_page = [], [], []
    for key, html, truth in pages:
        predicted = extract(html)
        s = overlap(shingles(truth), shingles(predicted))
        t = overlap(Counter(truth.split()), Counter(predicted.split()))
        shingle_counts.append(s)
        token_counts.append(t)
        per_page.append((page_f1(*s), key))
    return scores(shingle_counts), scores(token_counts), sorted(per_page)


def throughput(pages, extractors: dict, runs: int) -> dict[str, list[float]]:
    """Pages per second of each extractor in each of `runs` passes; the extractors take turns within a pass, so
    that a slow spell of this shared machine falls on all of them alike."""
    rates: dict[str, list[float]] = {name: [] for name in extractors}
    for _ in range(runs):
        for name, extract in extractors.items():
            began = time.perf_counter()
            for _, html, _ in pages:
                extract(html)
            rates[name].append(len(pages) / (time.perf_counter() - began))
    return rates


def ratio(faster: list[float], slower: list[float]) -> str:
    """The median of the per-pass ratios, with their range."""
    ratios = sorted(a / b for a, b in zip(faster, slower))
    return f"ratio {statistics.median(ratios):.1f}x ({ratios[0]:.1f}x to {ratios[-1]:.1f}x)"


def date_accuracy() -> dict:
    gold = json.loads((DATES / "dates.json").read_text())
    right = wrong = missed = invented = undated = 0
    misses = []
    for url, entry in sorted(gold.items()):
        path = DATES / "html" / (entry["file"] + ".gz")
        html = gzip.decompress(path.read_bytes())
        found = parse_html(html, url).date
        expected = entry.get("date")
        if not isinstance(expected, str) or not expected or (isinstance(expected, float) and math.isnan(expected)):
            undated += 1
            invented += found is not None
            continue
        if found is None:
            missed += 1
            misses.append((url, expected, None))
        elif found.isoformat() == expected[:10]:
            right += 1
        else:
            wrong += 1
            misses.append((url, expected, found.isoformat()))
    dated = right + wrong + missed
    return {"pages": len(gold), "dated": dated, "accuracy": right / dated, "wrong": wrong, "missed": missed,
            "undated": undated, "invented": invented, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="timing passes (median reported)")
    parser.add_argument("--show-worst", type=int, default=10, help="list the pages with the lowest F1")
    parser.add_argument("--no-trafilatura", action="store_true", help="skip the side-by-side comparison")
    args = parser.parse_args()
    if not ZYTE.exists() or not DATES.exists():
        sys.exit(f"the corpora are not at {CORPORA}: this benchmark needs ../shared/corpora")
    pages = load_zyte()

    ours = body_quality(pages, lambda html: parse_html(html).body)
    print(f"Body, {len(pages)} pages of zyte-article-extraction")
    print(f"  newsarchive  shingle F1 {ours[0]['f1']:.3f} (P {ours[0]['precision']:.3f} R {ours[0]['recall']:.3f})"
          f"   token F1 {ours[1]['f1']:.3f} (P {ours[1]['precision']:.3f} R {ours[1]['recall']:.3f})")
    if not args.no_trafilatura:
        theirs = body_quality(pages, trafilatura_body)
        print(f"  trafilatura  shingle F1 {theirs[0]['f1']:.3f} (P {theirs[0]['precision']:.3f} "
              f"R {theirs[0]['recall']:.3f})   token F1 {theirs[1]['f1']:.3f}")
    low = [(f1, key) for f1, key in ours[2] if f1 < 0.5]
    print(f"  pages below 0.5 shingle F1: {len(low)}")
    for f1, key in ours[2][: args.show_worst]:
        print(f"    {f1:.3f} {key}")

    print(f"\nSpeed, median of {args.runs} passes over the same {len(pages)} pages, taking turns")
    extractors = {"ours": parse_html, "quotes": lambda html: extract_quotes(parse_html(html).body)}
    if not args.no_trafilatura:
        extractors["trafilatura"] = trafilatura_body
        extractors["metadata"] = lambda html: trafilatura_body(html, with_metadata=True)
    rates = throughput(pages, extractors, args.runs)
    median = {name: statistics.median(values) for name, values in rates.items()}
    print(f"  newsarchive parse_html           {median['ours']:8.1f} pages/s  (body, title, date, authors, URL)")
    print(f"  newsarchive parse_html + quotes  {median['quotes']:8.1f} pages/s  (what indexing does per page)")
    if not args.no_trafilatura:
        print(f"  trafilatura bare_extraction      {median['trafilatura']:8.1f} pages/s  (defaults: body only)   "
              f"{ratio(rates['ours'], rates['trafilatura'])}")
        print(f"  trafilatura with_metadata=True   {median['metadata']:8.1f} pages/s  (title, date, authors too) "
              f"{ratio(rates['ours'], rates['metadata'])}")

    dates = date_accuracy()
    print(f"\nDates, {dates['pages']} pages of htmldate-mediacloud-2020")
    print(f"  exact-day accuracy {dates['accuracy']:.3f} on {dates['dated']} dated pages "
          f"({dates['wrong']} wrong, {dates['missed']} missed); "
          f"{dates['invented']} of {dates['undated']} undated pages given a date")
    for url, expected, found in dates["misses"][: args.show_worst]:
        print(f"    expected {expected} found {found}  {url[:90]}")


if __name__ == "__main__":
    main()
