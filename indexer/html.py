"""Saved news pages: metadata (JSON-LD, OpenGraph, meta tags, visible bylines and datelines) and the article body.

Quotations are not read here: the indexer finds them in every article, whatever its format (`extract_quotes`).
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from search.model import Article

from .body import extract_body
from .pagedate import publication_date
from .pagemeta import PageMeta
from .textutil import decode_with_encoding, domain_of, source_from_url

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def parse_html(html: str | bytes, url: str | None = None) -> Article:
    """An Article from a news page: title, date, authors, canonical URL, source and body paragraphs.

    `url` is where the page came from, used when the page does not name its canonical URL.
    """
    text, encoding = decode_with_encoding(html, _declared_charset(html)) if isinstance(html, bytes) else (html, "")
    text = text.lstrip("\ufeff")
    # UTF-8 bytes go to the parser as they are: a str would first be encoded to UTF-8 again.
    tree = LexborHTMLParser(html if encoding == "utf-8" else text)
    meta = PageMeta(tree)
    canonical = meta.canonical(url)
    date = publication_date(meta, text, canonical or url or "")
    title, authors = meta.title(), meta.authors()
    source = meta.site_name() or (source_from_url(canonical) if canonical else "")
    body = "\n\n".join(extract_body(tree.body)) if tree.body is not None else ""  # already clean
    return Article(
        title=title,
        body=body,
        date=date,
        authors=authors,
        source=source or (domain_of(canonical) if canonical else ""),
        url=canonical,
    )
