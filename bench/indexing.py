"""Measure indexing and search on a real archive: news-articles-2016 (3,824 articles) written out as JSON lines.

    .venv/bin/python bench/indexing.py [--workers 2] [--queries 200]

The articles are written to a temporary folder (never into the project), indexed from scratch, indexed again
(nothing changed: the incremental path), and searched with a fixed mix of queries; figures are medians.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import pathlib
import random
import statistics
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "news-articles-2016" / "NewsArticles.csv.gz"

from indexer import index_folder  # noqa: E402
from search import Archive  # noqa: E402

QUERY_SHAPES = ("{w}", "{w} {v}", '"{w} {v}"', "speaker:{s}", "quote:{w}", "{w} date:2017", "{w} -{v}", "title:{w}")


def write_jsonl(folder: pathlib.Path) -> int:
    rows = list(csv.DictReader(io.TextIOWrapper(gzip.open(CORPUS), encoding="utf-8", errors="replace")))
    for start in range(0, len(rows), 500):
        with open(folder / f"part-{start // 500:02d}.jsonl", "w", encoding="utf-8") as out:
            for row in rows[start:start + 500]:
                out.write(json.dumps({"title": row["title"], "body": row["text"], "date": row["publish_date"],
                                      "url": row["article_source_link"]}) + "\n")
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"the corpus is not at {CORPUS}: this benchmark needs ../shared/corpora")
    with tempfile.TemporaryDirectory() as tmp:
        src, index = pathlib.Path(tmp) / "src", pathlib.Path(tmp) / "index"
        src.mkdir()
        count = write_jsonl(src)
        began = time.perf_counter()
        report = index_folder(str(src), str(index), rebuild=True, workers=args.workers)
        first = time.perf_counter() - began
        began = time.perf_counter()
        index_folder(str(src), str(index), workers=args.workers)
        again = time.perf_counter() - began
        archive = Archive.open(str(index))
        stats = archive.stats()
        print(f"{count} articles in {len(list(src.iterdir()))} files; {report.summary()}")
        print(f"Index from scratch: {first:.1f} s = {count / first:.0f} articles/s ({args.workers} workers); "
              f"{stats.quotes} quotations by {stats.speakers} speakers")
        print(f"Index again, nothing changed: {again:.2f} s")
        size = sum(f.stat().st_size for f in index.iterdir()) / 2**20
        print(f"Index size: {size:.0f} MiB")

        rng = random.Random(2016)
        words = [w for w in ("peace", "election", "police", "minister", "oil", "climate", "refugees", "trade",
                             "president", "court", "china", "russia", "football", "market", "attack", "health")]
        speakers = [s.name.split()[-1].lower() for s in archive.speakers(limit=40)] or ["trump"]
        timings = {shape: [] for shape in QUERY_SHAPES}
        for _ in range(args.queries):
            shape = rng.choice(QUERY_SHAPES)
            query = shape.format(w=rng.choice(words), v=rng.choice(words), s=rng.choice(speakers))
            began = time.perf_counter()
            archive.search(query)
            timings[shape].append(time.perf_counter() - began)
        everything = [t for values in timings.values() for t in values]
        print(f"Search ({len(everything)} queries, page of 10 with facets and snippets): median "
              f"{statistics.median(everything) * 1000:.1f} ms, 90th percentile "
              f"{sorted(everything)[int(len(everything) * 0.9)] * 1000:.1f} ms")
        for shape, values in timings.items():
            if values:
                print(f"  {shape:16s} median {statistics.median(values) * 1000:6.1f} ms over {len(values)}")


if __name__ == "__main__":
    main()
