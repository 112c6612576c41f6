"""The public read API: `Archive.open(path)` and its searches. Every call sees the latest committed index."""
from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import threading
import time

from whoosh import index as whoosh_index
from whoosh.index import EmptyIndexError
from whoosh import query as wq
from whoosh import sorting

from . import dates
from .errors import IndexNotFound, QueryError
from .facets import SpeakerFacet
from .model import Article, Hit, QuoteHit, Results, SpeakerCount, Stats
from .query import And, DateRange, Node, Word, compile_node, compile_quote_level, parse, positive_words, speaker_word
from .schema import KIND_ARTICLE, KIND_FILE, KIND_QUOTE
from .snippets import make_snippet
from .stored import article_from_fields
from .writer import check_schema

SORTS = ("relevance", "newest", "oldest")
MAX_PER_PAGE = 100
FACET_LIMIT = 20
SWAP_RETRIES = 5


def _filters(speaker: str | None, date_from: dates.DateLike, date_to: dates.DateLike) -> list[Node]:
    nodes: list[Node] = []
    if speaker and speaker.strip():
        nodes.append(speaker_word(speaker))
    start, end = dates.span(date_from, what="date_from"), dates.span(date_to, what="date_to")
    if start or end:
        lo, hi = (start[0] if start else None), (end[1] if end else None)
        if lo and hi and lo > hi:
            raise QueryError(f"date_from {lo} is after date_to {hi}")
        nodes.append(DateRange(lo, hi))
    return nodes


def _combine(tree: Node | None, filters: list[Node]) -> Node | None:
    nodes = ([tree] if tree is not None else []) + filters
    if not nodes:
        return None
    return nodes[0] if len(nodes) == 1 else And(nodes)


def _articles_matching(root: Node | None) -> wq.Query:
    """The Whoosh query for articles matching a query tree (every article for an empty one)."""
    return wq.And([wq.Term("kind", KIND_ARTICLE), compile_node(root) if root else wq.Every()])


def _speakers_of(fields: dict) -> list[str]:
    return [s.strip() for s in (fields.get("speaker_facet") or "").split(",") if s.strip()]


def _counts(results, name: str) -> list[tuple[str, int]]:
    groups = results.groups(name)
    pairs = [(key, count) for key, count in groups.items() if key not in ("", None)]
    return sorted(pairs, key=lambda pair: (-pair[1], str(pair[0])))


class Archive:
    """A newsarchive index opened for reading."""

    def __init__(self, index: whoosh_index.Index, path: str) -> None:
        self._index = index
        self.path = path
        self._local = threading.local()

    @classmethod
    def open(cls, index_dir: str) -> "Archive":
        """Open the index at `index_dir`; raises IndexNotFound when there is none, IndexOutdated when it must be
        rebuilt."""
        if not whoosh_index.exists_in(index_dir):
            raise IndexNotFound(f"no newsarchive index at {index_dir!r}: build one with `newsarchive index FOLDER`")
        index = whoosh_index.open_dir(index_dir)
        check_schema(index, index_dir)
        return cls(index, index_dir)

    def _searcher(self):
        """A searcher on the latest commit, kept per thread and refreshed when the index changes (opening one costs
        more than most searches). A rebuild swaps in a new folder: that is noticed by the folder's inode, and a
        search that falls between the two renames tries again."""
        for attempt in range(SWAP_RETRIES):
            try:
                return contextlib.nullcontext(self._current_searcher())
            except (OSError, EmptyIndexError):
                if attempt == SWAP_RETRIES - 1:
                    raise
                time.sleep(0.05)

    def _current_searcher(self):
        local = self._local
        folder = os.stat(self.path).st_ino
        searcher = getattr(local, "searcher", None)
        if searcher is not None and local.folder == folder:
            # Not closed after a refresh: the fresh searcher shares the readers of the segments both can see.
            local.searcher = searcher.refresh()
            return local.searcher
        if searcher is not None:
            searcher.close()
        if getattr(local, "folder", folder) != folder:
            self._index = whoosh_index.open_dir(self.path)
        local.searcher, local.folder = self._index.searcher(), folder
        return local.searcher

    def search(
        self,
        query: str = "",
        *,
        speaker: str | None = None,
        date_from: dates.DateLike = None,
        date_to: dates.DateLike = None,
        sort: str = "relevance",
        page: int = 1,
        per_page: int = 10,
    ) -> Results:
        """Articles matching `query` (the query language of DESIGN.md) and the filters, one page at a time."""
        if sort not in SORTS:
            raise QueryError(f"sort {sort!r} is not one of {', '.join(SORTS)}")
        page, per_page = max(1, int(page)), min(MAX_PER_PAGE, max(1, int(per_page)))
        tree = parse(query)
        root = _combine(tree, _filters(speaker, date_from, date_to))
        words = positive_words(root)
        if not any(w.field != "speaker" for w in words) and sort == "relevance":
            sort = "newest"  # nothing to rank by: show the latest first
        whoosh_query = _articles_matching(root)
        facets = {
            "source": sorting.FieldFacet("source_facet", maptype=sorting.Count),
            "year": sorting.FieldFacet("year", maptype=sorting.Count),
            "speaker": SpeakerFacet(),
        }
        sortedby = None if sort == "relevance" else sorting.MultiFacet(
            [sorting.FieldFacet("undated"), sorting.FieldFacet("date", reverse=sort == "newest")]
        )
        with self._searcher() as searcher:
            found = searcher.search(
                whoosh_query, limit=page * per_page, sortedby=sortedby, groupedby=facets
            )
            highlight = [w.text for w in words if w.field in (None, "title", "quote")]
            ranked = sortedby is None
            hits = [self._hit(h, highlight, ranked) for h in found[(page - 1) * per_page: page * per_page]]
            total = len(found)
            facet_counts = {name: _counts(found, name)[:FACET_LIMIT] for name in facets}
            suggestion = self._suggest(searcher, query, words) if total == 0 else None
        return Results(query or "", total, hits, facet_counts, suggestion, page, per_page)

    @staticmethod
    def _hit(found_hit, highlight: list[str], ranked: bool) -> Hit:
        fields = found_hit.fields()
        snippet, snippet_text = make_snippet(fields.get("body", ""), highlight)
        return Hit(
            id=fields["id"],
            title=fields.get("title", ""),
            date=dates.from_int(fields.get("date")),
            url=fields.get("url", ""),
            source=fields.get("source", ""),
            speakers=_speakers_of(fields),
            score=float(found_hit.score or 0.0) if ranked else 0.0,  # sorted hits carry their sort key instead
            snippet=snippet,
            snippet_text=snippet_text,
        )

    def _suggest(self, searcher, query: str, words: list[Word]) -> str | None:
        """A respelling of the query's bare words that does find articles, or None."""
        corrector = searcher.corrector("body_exact")
        suggested = query
        for word in words:
            if word.field is not None or word.phrase or word.prefix:
                continue
            lowered = word.text.lower()
            options = corrector.suggest(lowered, limit=1, maxdist=2)
            if options and options[0] != lowered:
                suggested = re.sub(rf"(?<![\w:]){re.escape(word.text)}(?!\w)", options[0], suggested, count=1)
        if suggested == query:
            return None
        return suggested if searcher.search(_articles_matching(parse(suggested)), limit=1).scored_length() else None

    def quotes(
        self,
        query: str = "",
        *,
        speaker: str | None = None,
        date_from: dates.DateLike = None,
        date_to: dates.DateLike = None,
        limit: int = 20,
    ) -> list[QuoteHit]:
        """Quotations whose words match `query` (and `speaker:`/`date:` clauses), best first or newest first."""
        root = _combine(parse(query), _filters(speaker, date_from, date_to))
        ranked = any(w.field != "speaker" for w in positive_words(root))
        whoosh_query = wq.And([wq.Term("kind", KIND_QUOTE), compile_quote_level(root) if root else wq.Every()])
        with self._searcher() as searcher:
            newest_first = sorting.MultiFacet([sorting.FieldFacet("date", reverse=True), sorting.FieldFacet("ordinal")])
            found = searcher.search(whoosh_query, limit=max(1, limit), sortedby=None if ranked else newest_first)
            articles: dict[str, dict] = {}
            hits = []
            for hit in found:
                fields = hit.fields()
                article_id = fields["article_id"]
                if article_id not in articles:
                    articles[article_id] = searcher.document(kind=KIND_ARTICLE, id=article_id) or {}
                article = articles[article_id]
                hits.append(QuoteHit(
                    speaker=fields.get("speaker", ""),
                    text=fields.get("quote", ""),
                    direct=bool(fields.get("direct", True)),
                    cue=fields.get("cue", ""),
                    article_id=article_id,
                    title=article.get("title", ""),
                    date=dates.from_int(fields.get("date")),
                    url=article.get("url", ""),
                    source=article.get("source", ""),
                ))
        return hits

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or None."""
        with self._searcher() as searcher:
            fields = searcher.document(kind=KIND_ARTICLE, id=article_id)
        return article_from_fields(fields) if fields else None

    def speakers(self, prefix: str = "", limit: int = 50) -> list[SpeakerCount]:
        """Speakers by number of articles quoting them; `prefix` matches the start of any part of the name."""
        prefix = prefix.strip().casefold()
        with self._searcher() as searcher:
            by_article = dict(self._group(searcher, KIND_ARTICLE, SpeakerFacet()))
            by_quote = dict(self._group(searcher, KIND_QUOTE, sorting.FieldFacet("speaker_id", maptype=sorting.Count)))
        speakers = [
            SpeakerCount(name, count, by_quote.get(name, 0))
            for name, count in by_article.items()
            if name and (not prefix or any(part.startswith(prefix) for part in _name_parts(name)))
        ]
        speakers.sort(key=lambda s: (-s.articles, -s.quotes, s.name))
        return speakers[: max(0, limit)]

    @staticmethod
    def _group(searcher, kind: str, facet) -> list[tuple[str, int]]:
        found = searcher.search(wq.Term("kind", kind), limit=1, groupedby={"g": facet})
        return _counts(found, "g")

    def stats(self) -> Stats:
        """Counts of articles, quotations, speakers, files and sources, and the span of dates."""
        with self._searcher() as searcher:
            articles = searcher.search(wq.Term("kind", KIND_ARTICLE), limit=1)
            quotes = searcher.search(wq.Term("kind", KIND_QUOTE), limit=1)
            files = searcher.search(wq.Term("kind", KIND_FILE), limit=1)
            dated = wq.And([wq.Term("kind", KIND_ARTICLE), wq.NumericRange("date", 1, None)])
            oldest = searcher.search(dated, limit=1, sortedby="date")
            newest = searcher.search(dated, limit=1, sortedby="date", reverse=True)
            sources = self._group(searcher, KIND_ARTICLE, sorting.FieldFacet("source_facet", maptype=sorting.Count))
            speakers = self._group(searcher, KIND_ARTICLE, SpeakerFacet())
            return Stats(
                articles=len(articles),
                quotes=len(quotes),
                speakers=len([s for s, _ in speakers if s]),
                sources=sources,
                date_from=dates.from_int(oldest[0]["date"]) if len(oldest) else None,
                date_to=dates.from_int(newest[0]["date"]) if len(newest) else None,
                files=len(files),
                last_indexed=dt.datetime.fromtimestamp(self._index.last_modified()),
            )


def _name_parts(name: str) -> list[str]:
    folded = name.casefold()
    return [folded] + folded.split()
