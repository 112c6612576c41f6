"""Compare quote attribution of two checkouts over the whole news-articles-2016 archive, judged by the gold.

    .venv/bin/python bench/attribution_diff.py dump [--repo PATH] OUT.jsonl
    .venv/bin/python bench/attribution_diff.py compare BASE.jsonl NEW.jsonl [--show 60]
    .venv/bin/python bench/attribution_diff.py errors DUMP.jsonl [--cue said] [--show 20]
    .venv/bin/python bench/attribution_diff.py speed BASE_PATH [--repo PATH] [--passes 3]

`dump` runs `extract_quotes` of the checkout at PATH (default: this one) over every article of the corpus and
writes what it found. `compare` counts the gold quotations matched and the quotations found in both dumps, and
the gold quotations whose speaker became right ("better") or wrong ("worse"), and lists them, with the quotations
outside the gold whose speaker changed. `errors`
counts wrong named speakers in one dump by the cue that attributed them. This is how a rule is judged before it
is kept: a rule with more worse than better goes. `speed` times two checkouts on the gold articles side by side.
"""
from __future__ import annotations

import argparse
import collections
import csv
import gzip
import importlib
import io
import json
import pathlib
import sys
import time
from collections.abc import Callable

from quotes import CORPUS, GOLD, match, same_speaker

Found = tuple[int, int, bool, str, str]  # start, end, direct, speaker, cue


def read_corpus() -> dict[str, dict]:
    """Every article of the corpus by id."""
    with io.TextIOWrapper(gzip.open(CORPUS), encoding="utf-8", errors="replace") as handle:
        return {row["article_id"]: row for row in csv.DictReader(handle)}


def extractor(repo: pathlib.Path) -> Callable:
    """The `extract_quotes` of the checkout at `repo`, loaded afresh: two checkouts can run side by side in one
    process."""
    for module in [m for m in sys.modules if m.split(".")[0] in ("indexer", "search")]:
        del sys.modules[module]
    sys.path.insert(0, str(repo.resolve()))
    try:
        return importlib.import_module("indexer").extract_quotes
    finally:
        sys.path.pop(0)


def dump(repo: pathlib.Path, out: pathlib.Path) -> None:
    """Write one JSON line per article: its id and the quotations the checkout at `repo` finds."""
    extract_quotes = extractor(repo)
    with out.open("w") as handle:
        for article_id, row in read_corpus().items():
            found = [(q.start, q.end, q.direct, q.speaker, q.cue) for q in extract_quotes(row["text"], row["title"])]
            handle.write(json.dumps({"id": article_id, "quotes": found}) + "\n")


def load(path: pathlib.Path) -> dict[str, list[Found]]:
    """A dump by article id."""
    return {line["id"]: [tuple(q) for q in line["quotes"]] for line in map(json.loads, path.read_text().splitlines())}


class Predicted:
    """A dumped quotation with the attributes `quotes.match` reads."""

    def __init__(self, found: Found) -> None:
        self.start, self.end, self.direct, self.speaker, self.cue = found


def judged(gold: dict, found: list[Found]) -> dict[tuple[int, int], Predicted]:
    """Each gold quotation's matched prediction, by the gold span, direct and indirect apart as the benchmark does."""
    result = {}
    for direct in (True, False):
        quotes = [g for g in gold["quotes"] if g["direct"] == direct]
        for g, q in match(quotes, [Predicted(f) for f in found if f[2] == direct]):
            result[g["start"], g["end"]] = q
    return result


def compare(base_path: pathlib.Path, new_path: pathlib.Path, show: int) -> None:
    """Print gold quotations whose speaker became right or wrong, and changes outside the gold."""
    base, new = load(base_path), load(new_path)
    articles = json.loads(GOLD.read_text())["articles"]
    corpus = read_corpus()
    better, worse, other = [], [], []
    matched, predicted = [0, 0], [0, 0]
    for article_id, gold in articles.items():
        before, after = judged(gold, base[article_id]), judged(gold, new[article_id])
        matched[0] += len(before)
        matched[1] += len(after)
        predicted[0] += len(base[article_id])
        predicted[1] += len(new[article_id])
        text = corpus[article_id]["text"]
        for g in gold["quotes"]:
            old, now = before.get((g["start"], g["end"])), after.get((g["start"], g["end"]))
            was = bool(old) and same_speaker(g["speaker"], old.speaker)
            is_ = bool(now) and same_speaker(g["speaker"], now.speaker)
            if was != is_ or (old and now and old.speaker != now.speaker):
                line = (f"{article_id} gold {g['speaker']!r}: {old.speaker if old else None!r} -> "
                        f"{now.speaker if now else None!r}  {text[g['start']:g['end']][:70]!r}")
                (better if is_ and not was else worse if was and not is_ else other).append(line)
    outside = changed_outside(base, new, articles, corpus)
    print(f"gold articles: {matched[0]} -> {matched[1]} gold quotations matched, {predicted[0]} -> {predicted[1]} "
          "quotations found")  # (a rule that finds more or fewer quotations shows here, not in the speakers below)
    for label, lines in (("better", better), ("worse", worse), ("same verdict, other speaker", other),
                         ("outside the gold", outside)):
        print(f"{label}: {len(lines)}")
        for line in lines[:show]:
            print(f"    {line}")


def changed_outside(base: dict, new: dict, articles: dict, corpus: dict) -> list[str]:
    """Quotations of articles without gold that appear, vanish or change speaker."""
    lines = []
    for article_id in base.keys() - articles.keys():
        text = corpus[article_id]["text"]
        old = {(q[0], q[1]): q for q in base[article_id]}
        now = {(q[0], q[1]): q for q in new[article_id]}
        for span in sorted(old.keys() | now.keys()):
            a, b = old.get(span), now.get(span)
            if not a or not b or a[3] != b[3]:
                lines.append(f"{article_id} {a[3] if a else None!r} -> {b[3] if b else None!r}  "
                             f"{text[span[0]:span[1]][:70]!r}")
    return lines


def errors(path: pathlib.Path, cue: str | None, show: int) -> None:
    """Count matched gold quotations with a named speaker by cue, right and wrong; list wrong ones for `cue`."""
    found = load(path)
    corpus = read_corpus()
    counts: collections.Counter = collections.Counter()
    listed = []
    for article_id, gold in json.loads(GOLD.read_text())["articles"].items():
        pairs = judged(gold, found[article_id])
        for g in gold["quotes"]:
            q = pairs.get((g["start"], g["end"]))
            if not q or not g["speaker"] or g["pronoun"]:
                continue
            right = same_speaker(g["speaker"], q.speaker)
            counts[q.cue, right] += 1
            if not right and q.cue == cue:
                listed.append(f"{article_id} gold {g['speaker']!r} got {q.speaker!r}  "
                              f"{corpus[article_id]['text'][g['start']:g['end']][:70]!r}")
    right = sum(n for (_, ok), n in counts.items() if ok)
    print(f"named: {right} right of {sum(counts.values())}")
    for name in sorted({c for c, _ in counts}, key=lambda c: -counts[c, False])[:25]:
        print(f"  {name!r:16} wrong {counts[name, False]:5}  right {counts[name, True]:5}")
    for line in listed[:show]:
        print(f"    {line}")


def speed(base: pathlib.Path, new: pathlib.Path, passes: int) -> None:
    """Time two checkouts on the gold articles, alternating them article by article in one process, which holds on a
    noisy machine where separate runs do not."""
    functions = {"base": extractor(base), "new": extractor(new)}
    corpus = read_corpus()
    rows = [corpus[article_id] for article_id in json.loads(GOLD.read_text())["articles"]]
    for run in range(passes):
        spent = {"base": 0.0, "new": 0.0}
        for index, row in enumerate(rows):
            for label in ("base", "new") if (index + run) % 2 == 0 else ("new", "base"):
                began = time.perf_counter()
                functions[label](row["text"], row["title"])
                spent[label] += time.perf_counter() - began
        print(f"pass {run + 1}: base {spent['base'] / len(rows) * 1000:.2f} ms per article, new "
              f"{spent['new'] / len(rows) * 1000:.2f}, new/base {spent['new'] / spent['base']:.3f}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="run a checkout's extractor over the archive")
    dumping.add_argument("out", type=pathlib.Path)
    dumping.add_argument("--repo", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent.parent)
    comparing = commands.add_parser("compare", help="judge two dumps against the gold")
    comparing.add_argument("base", type=pathlib.Path)
    comparing.add_argument("new", type=pathlib.Path)
    comparing.add_argument("--show", type=int, default=60, help="list this many of each kind")
    listing = commands.add_parser("errors", help="wrong named speakers of one dump by cue")
    listing.add_argument("dump", type=pathlib.Path)
    listing.add_argument("--cue", help="list the wrong ones attributed by this cue ('' for continuation)")
    listing.add_argument("--show", type=int, default=20)
    timing = commands.add_parser("speed", help="time two checkouts side by side on the gold articles")
    timing.add_argument("base", type=pathlib.Path, help="the checkout before the change")
    timing.add_argument("--repo", type=pathlib.Path, default=pathlib.Path(__file__).resolve().parent.parent)
    timing.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"the corpus is not at {CORPUS}: this benchmark needs ../shared/corpora")
    if args.command == "dump":
        dump(args.repo, args.out)
    elif args.command == "speed":
        speed(args.base, args.repo, args.passes)
    elif args.command == "compare":
        compare(args.base, args.new, args.show)
    else:
        errors(args.dump, args.cue, args.show)


if __name__ == "__main__":
    main()
