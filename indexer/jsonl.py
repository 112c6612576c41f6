"""JSON lines: one article object per line with `title`, `body` or `text`, `date`, `url`, `authors`, `source`."""
from __future__ import annotations

import json
from collections.abc import Iterator

from search.model import Article

from .plaintext import split_names
from .datetext import read_date
from .textutil import clean, join_paragraphs, repair_url, source_from_url


def parse_record(record: dict, path: str = "") -> Article:
    """An Article from one JSON object; paragraphs in `body` may be separated by blank lines or newlines."""
    title = clean(str(record.get("title") or record.get("headline") or ""))
    raw_body = record.get("body") or record.get("text") or record.get("content") or ""
    if isinstance(raw_body, list):
        raw_body = "\n\n".join(map(str, raw_body))
    body = join_paragraphs(str(raw_body).replace("\r\n", "\n").split("\n"))
    authors = record.get("authors") or record.get("author") or []
    if isinstance(authors, str):
        authors = split_names(authors)
    url = repair_url(str(record.get("url") or ""))
    date_value = record.get("date") or record.get("published") or record.get("publish_date")
    return Article(
        title=title,
        body=body,
        date=read_date(str(date_value)) if date_value else None,
        authors=[clean(str(a)) for a in authors if str(a).strip()],
        source=clean(str(record.get("source") or "")) or (source_from_url(url) if url else ""),
        url=url,
        path=path,
    )


def parse_jsonl(text: str, path: str = "") -> Iterator[tuple[int, Article | None, str]]:
    """(line number, article or None, problem) for every non-empty line; a bad line never stops the file."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, None, f"line {number}: not JSON ({exc.msg} at column {exc.colno})"
            continue
        if not isinstance(record, dict):
            yield number, None, f"line {number}: not a JSON object"
            continue
        article = parse_record(record, path)
        if not (article.title or article.body):
            yield number, None, f"line {number}: no title or body"
            continue
        yield number, article, ""
