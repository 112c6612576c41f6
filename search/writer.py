"""The writing primitives: the only code that changes an index.

Changes are buffered in a Whoosh writer and become visible only at `commit()`, so a crash or kill leaves the last
committed index intact and searchable. A rebuild clears the old documents in the same commit that adds the new ones,
so searches keep answering from the old index until the new one is complete.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass

from whoosh import index as whoosh_index
from whoosh.writing import CLEAR

from . import dates
from .model import Article
from .schema import KIND_ARTICLE, KIND_FILE, KIND_QUOTE, build_schema


@dataclass(frozen=True)
class FileRecord:
    """What the index remembers of a source file: how it looked and which articles it gave."""

    path: str
    fingerprint: str
    article_ids: tuple[str, ...]


def open_or_create(index_dir: str) -> whoosh_index.Index:
    """The index at `index_dir`, created empty if there is none."""
    os.makedirs(index_dir, exist_ok=True)
    if whoosh_index.exists_in(index_dir):
        return whoosh_index.open_dir(index_dir)
    return whoosh_index.create_in(index_dir, build_schema())


class ArchiveWriter:
    """Adds, replaces and deletes articles and file records; nothing is visible before `commit()`."""

    def __init__(self, index_dir: str, *, rebuild: bool = False) -> None:
        self._index = open_or_create(index_dir)
        self._rebuild = rebuild
        self._writer = None
        self._manifest = {} if rebuild else self._read_manifest()

    def _read_manifest(self) -> dict[str, FileRecord]:
        with self._index.searcher() as searcher:
            records = {}
            for fields in searcher.documents(kind=KIND_FILE):
                records[fields["file_path"]] = FileRecord(
                    fields["file_path"], fields["fingerprint"], tuple(fields["article_ids"])
                )
            return records

    @property
    def manifest(self) -> dict[str, FileRecord]:
        """The files indexed so far, by path (empty when rebuilding)."""
        return dict(self._manifest)

    def _w(self):
        if self._writer is None:
            self._writer = self._index.writer(limitmb=256)
        return self._writer

    def put_article(self, article: Article) -> None:
        """Add an article, replacing any with the same id, with one child document per quotation."""
        writer = self._w()
        writer.delete_by_term("group", article.id)
        date_int = dates.to_int(article.date) if article.date else None
        speakers = article.speakers
        with writer.group():
            writer.add_document(
                kind=KIND_ARTICLE,
                group=article.id,
                id=article.id,
                key=article.url or article.path,
                title=article.title,
                title_exact=article.title,
                body=article.body,
                body_exact=article.body,
                byline=" ; ".join(article.authors),
                authors=list(article.authors),
                source=article.source,
                source_facet=article.source or "",
                date=date_int,
                year=str(article.date.year) if article.date else "",
                url=article.url,
                path=article.path,
                speaker_facet=",".join(speakers),
                quotes_json=json.dumps([asdict(q) for q in article.quotes], ensure_ascii=False),
            )
            for ordinal, quote in enumerate(article.quotes):
                writer.add_document(
                    kind=KIND_QUOTE,
                    group=article.id,
                    article_id=article.id,
                    speaker=quote.speaker,
                    speaker_id=quote.speaker,
                    quote=quote.text,
                    quote_exact=quote.text,
                    direct=quote.direct,
                    cue=quote.cue,
                    ordinal=ordinal,
                    date=date_int,
                )

    def delete_article(self, article_id: str) -> None:
        """Remove an article and its quotations."""
        self._w().delete_by_term("group", article_id)

    def put_file(self, record: FileRecord) -> None:
        """Remember a source file and the articles it gave."""
        writer = self._w()
        writer.update_document(
            kind=KIND_FILE,
            file_path=record.path,
            fingerprint=record.fingerprint,
            article_ids=list(record.article_ids),
        )
        self._manifest[record.path] = record

    def delete_file(self, path: str) -> None:
        """Forget a source file."""
        self._w().delete_by_term("file_path", path)
        self._manifest.pop(path, None)

    @property
    def pending(self) -> bool:
        """Whether there are uncommitted changes."""
        return self._writer is not None

    def commit(self) -> None:
        """Make every change so far visible at once. A rebuild replaces the whole old index here."""
        if self._writer is None:
            if not self._rebuild:
                return
            self._w()
        if self._rebuild:
            self._writer.commit(mergetype=CLEAR)
            self._rebuild = False
        else:
            self._writer.commit()
        self._writer = None

    def cancel(self) -> None:
        """Drop every uncommitted change."""
        if self._writer is not None:
            self._writer.cancel()
            self._writer = None

    def __enter__(self) -> "ArchiveWriter":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.cancel()
