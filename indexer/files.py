"""Source files: which files in a folder are articles, and reading one file into articles."""
from __future__ import annotations

import gzip
import hashlib
import os
import zlib
from dataclasses import dataclass, field

from search.model import Article

from .html import parse_html
from .jsonl import parse_jsonl
from .plaintext import parse_text
from .quotes import extract_quotes
from .textutil import BinaryContent, article_id, canonical_url, decode

MAX_BYTES = 64 * 1024 * 1024
SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def kind_of(path: str) -> str | None:
    """The format of a file from its name ("text", "html", "jsonl"), or None for files that are not articles."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return SUFFIXES.get(os.path.splitext(name)[1])


def discover(folder: str) -> list[str]:
    """Article files below `folder`, as absolute paths in sorted order; hidden files and folders are passed over."""
    found = []
    for root, dirs, files in os.walk(os.path.abspath(folder)):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(os.path.join(root, f) for f in sorted(files) if not f.startswith(".") and kind_of(f))
    return found


def fingerprint(path: str) -> str:
    """Size and modification time: cheap to compare before reading a file."""
    stat = os.stat(path)
    return f"{stat.st_size}:{stat.st_mtime_ns}"


@dataclass
class ParsedFile:
    """What one file gave: its articles (with ids), problems with parts of it, or why it was skipped whole."""

    path: str
    fingerprint: str
    digest: str = ""
    articles: list[Article] = field(default_factory=list)
    skipped: str = ""
    problems: list[str] = field(default_factory=list)


def _read(path: str) -> bytes:
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        raise BinaryContent(f"larger than {MAX_BYTES // (1024 * 1024)} MiB ({size // (1024 * 1024)} MiB)")
    with open(path, "rb") as handle:
        data = handle.read()
    if path.lower().endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise BinaryContent(f"not a readable gzip file ({exc})") from None
        if len(data) > MAX_BYTES:
            raise BinaryContent(f"larger than {MAX_BYTES // (1024 * 1024)} MiB once decompressed")
    return data


def _finish(article: Article, path: str, line: int | None = None) -> Article:
    """Give a parsed article its path, its id and its quotations."""
    article.path = path
    key = canonical_url(article.url) if article.url else (f"{path}#{line}" if line else path)
    article.id = article_id(key)
    article.quotes = extract_quotes(article.body, article.title)
    return article


def parse_file(path: str) -> ParsedFile:
    """Read and parse one file; never raises for bad content, which is reported in `skipped` or `problems`."""
    result = ParsedFile(path, "")
    try:
        result.fingerprint = fingerprint(path)
        data = _read(path)
        result.digest = hashlib.sha1(data).hexdigest()
        if not data.strip():
            result.skipped = "empty file"
            return result
        kind = kind_of(path)
        if kind == "html":
            articles = [_finish(parse_html(data), path)]
        elif kind == "jsonl":
            articles = []
            for line, article, problem in parse_jsonl(decode(data), path):
                if article is None:
                    result.problems.append(problem)
                else:
                    articles.append(_finish(article, path, line))
        else:
            articles = [_finish(parse_text(decode(data), path), path)]
    except BinaryContent as exc:
        result.skipped = str(exc)
        return result
    except OSError as exc:
        result.skipped = f"cannot read: {exc.strerror or exc}"
        return result
    except Exception as exc:  # a parser bug must not stop an indexing run; the report names the file
        result.skipped = f"could not be parsed ({type(exc).__name__}: {exc})"
        return result
    result.articles = [a for a in articles if a.title or a.body]
    if not result.articles and not result.skipped:
        result.skipped = "no article text found"
    return result
