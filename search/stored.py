"""Turning an article document's stored fields back into an Article."""
from __future__ import annotations

import json

from . import dates
from .model import Article, Quote


def article_from_fields(fields: dict) -> Article:
    """The Article whose document has these stored fields."""
    return Article(
        id=fields["id"],
        title=fields.get("title", ""),
        body=fields.get("body", ""),
        date=dates.from_int(fields.get("date")),
        authors=list(fields.get("authors") or []),
        source=fields.get("source", ""),
        url=fields.get("url", ""),
        path=fields.get("path", ""),
        quotes=[Quote(**q) for q in json.loads(fields.get("quotes_json") or "[]")],
    )
