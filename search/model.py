"""Plain records shared by the indexer (which produces them) and the search API (which returns them)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Quote:
    """One quotation in an article: who said it, the words, and where they stand in the text."""

    speaker: str
    text: str
    start: int
    end: int
    direct: bool = True
    cue: str = ""


@dataclass
class Article:
    """One article as the index stores it; `body` is paragraphs joined by one blank line."""

    id: str = ""
    title: str = ""
    body: str = ""
    date: dt.date | None = None
    authors: list[str] = field(default_factory=list)
    source: str = ""
    url: str = ""
    path: str = ""
    quotes: list[Quote] = field(default_factory=list)

    @property
    def speakers(self) -> list[str]:
        """Distinct named speakers in order of first quotation."""
        seen: dict[str, None] = {}
        for quote in self.quotes:
            if quote.speaker:
                seen.setdefault(quote.speaker, None)
        return list(seen)


@dataclass
class Hit:
    """One search result."""

    id: str
    title: str
    date: dt.date | None
    url: str
    source: str
    speakers: list[str]
    score: float
    snippet: str
    snippet_text: str


@dataclass
class Results:
    """A page of search results with the total count, facet counts and an optional spelling suggestion."""

    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str | None
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))


@dataclass
class QuoteHit:
    """A quotation found by `Archive.quotes`, with the article it comes from."""

    speaker: str
    text: str
    direct: bool
    cue: str
    article_id: str
    title: str
    date: dt.date | None
    url: str
    source: str


@dataclass
class SpeakerCount:
    """A speaker with the number of articles and quotations that name them."""

    name: str
    articles: int
    quotes: int


@dataclass
class Stats:
    """A summary of an index."""

    articles: int
    quotes: int
    speakers: int
    sources: list[tuple[str, int]]
    date_from: dt.date | None
    date_to: dt.date | None
    files: int
    last_indexed: dt.datetime | None = None


def to_plain(value):
    """Records as JSON-ready values: dataclasses to dicts, dates to ISO strings."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "__dataclass_fields__"):
        plain = {name: to_plain(getattr(value, name)) for name in value.__dataclass_fields__}
        if isinstance(value, Article):
            plain["speakers"] = value.speakers
        if isinstance(value, Results):
            plain["pages"] = value.pages
        return plain
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(v) for v in value]
    return value
