"""The writing primitives: the only code that changes an index.

Changes are buffered in a Whoosh writer and become visible only at `commit()`, so a crash or kill leaves the last
committed index intact and searchable. A rebuild writes a new index in a sibling folder (`<index>.rebuilding`) and
swaps it into place when it is complete, so searches keep answering from the old index until then.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass

from whoosh import index as whoosh_index
from whoosh.index import LockError
from whoosh.query import Term

from . import dates
from .errors import IndexBusy, IndexOutdated
from .facets import SpeakerFacet
from .model import Article
from .schema import KIND_ARTICLE, KIND_FILE, KIND_QUOTE, KIND_SITE, SPEAKER_SEPARATOR, build_schema, schema_signature
from .stored import article_from_fields


@dataclass(frozen=True)
class FileRecord:
    """What the index remembers of a source file: how it looked and which articles it gave."""

    path: str
    fingerprint: str
    article_ids: tuple[str, ...]


def check_schema(index: whoosh_index.Index, index_dir: str) -> None:
    """Raise IndexOutdated when the index was built with another schema than this version's."""
    if schema_signature(index.schema) != schema_signature(build_schema()):
        raise IndexOutdated(
            f"the index at {index_dir!r} was built by another version of newsarchive: "
            "rebuild it with `newsarchive index --rebuild FOLDER`"
        )


def open_or_create(index_dir: str) -> whoosh_index.Index:
    """The index at `index_dir`, created empty if there is none."""
    os.makedirs(index_dir, exist_ok=True)
    if whoosh_index.exists_in(index_dir):
        index = whoosh_index.open_dir(index_dir)
        check_schema(index, index_dir)
        return index
    return whoosh_index.create_in(index_dir, build_schema())


class ArchiveWriter:
    """Adds, replaces and deletes articles and file records; nothing is visible before `commit()`.

    Used as a context manager, it commits on success (and, when rebuilding, puts the new index in place) and drops
    uncommitted changes on error.
    """

    def __init__(self, index_dir: str, *, rebuild: bool = False) -> None:
        self._target = os.path.normpath(index_dir)
        self._rebuild = rebuild
        if rebuild:
            self._dir = self._target + ".rebuilding"
            shutil.rmtree(self._dir, ignore_errors=True)  # what an interrupted rebuild left
            os.makedirs(self._dir)
            self._index = whoosh_index.create_in(self._dir, build_schema())
        else:
            self._dir = self._target
            self._index = open_or_create(self._dir)
        self._writer = None
        self._manifest = {} if rebuild else self._read_manifest()
        self._sites = {} if rebuild else self._read_sites()

    def _read_manifest(self) -> dict[str, FileRecord]:
        with self._index.searcher() as searcher:
            records = {}
            for fields in searcher.documents(kind=KIND_FILE):
                records[fields["file_path"]] = FileRecord(
                    fields["file_path"], fields["fingerprint"], tuple(fields["article_ids"])
                )
            return records

    def _read_sites(self) -> dict[str, str]:
        with self._index.searcher() as searcher:
            return {f["site_domain"]: f["site_name"] for f in searcher.documents(kind=KIND_SITE)}

    @property
    def sites(self) -> dict[str, str]:
        """Publication names by web domain, as learned from pages that give both."""
        return dict(self._sites)

    def site(self, domain: str) -> str | None:
        """The publication name learned for a web domain, or None."""
        return self._sites.get(domain)

    def put_site(self, domain: str, name: str) -> None:
        """Remember that pages on `domain` belong to the publication `name`."""
        self._w().update_document(kind=KIND_SITE, site_domain=domain, site_name=name)
        self._sites[domain] = name

    def known_speakers(self) -> dict[str, int]:
        """Every speaker quoted in the committed index (none while rebuilding) with the number of articles quoting
        them, most quoted first."""
        if self._rebuild:
            return {}
        with self._index.searcher() as searcher:
            found = searcher.search(Term("kind", KIND_ARTICLE), limit=1, groupedby={"speaker": SpeakerFacet()})
            counts = found.groups("speaker")
            return {name: counts[name] for name in sorted((n for n in counts if n), key=lambda n: (-counts[n], n))}

    def _rewrite(self, fieldname: str, values: Iterable[str], change: Callable[[Article], None]) -> int:
        """Re-put every committed article whose `fieldname` holds one of `values`, changed by `change`; returns
        how many articles changed. One searcher serves all values."""
        found: dict[str, dict] = {}
        with self._index.searcher() as searcher:
            for value in values:
                for fields in searcher.documents(kind=KIND_ARTICLE, **{fieldname: value}):
                    found.setdefault(fields["id"], fields)
        for fields in found.values():
            article = article_from_fields(fields)
            change(article)
            self.put_article(article)
        return len(found)

    def rename_speakers(self, renames: dict[str, str]) -> int:
        """Give every committed quotation by an old name its new name; returns how many articles changed."""
        def rename(article: Article) -> None:
            for quote in article.quotes:
                quote.speaker = renames.get(quote.speaker, quote.speaker)

        return self._rewrite("speaker_facet", renames, rename)

    def relabel_sources(self, names: dict[str, str]) -> int:
        """Give committed articles whose source is a bare domain that domain's publication name."""
        def relabel(article: Article) -> None:
            article.source = names.get(article.source, article.source)

        return self._rewrite("source_facet", names, relabel)

    def file_record(self, path: str) -> FileRecord | None:
        """What the index remembers of one source file, or None."""
        return self._manifest.get(path)

    @property
    def manifest(self) -> dict[str, FileRecord]:
        """The files indexed so far, by path (empty when rebuilding)."""
        return dict(self._manifest)

    def _w(self):
        if self._writer is None:
            try:
                self._writer = self._index.writer(limitmb=256)
            except LockError:
                raise IndexBusy(f"another process is writing the index at {self._dir!r}; try again when it is done")
        return self._writer

    def put_article(self, article: Article) -> None:
        """Add an article, replacing any with the same id, with one child document per quotation."""
        writer = self._w()
        if not self._rebuild:  # a fresh index has nothing to replace
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
                undated=0 if article.date else 1,
                url=article.url,
                path=article.path,
                speaker_facet=",".join(speakers),
                speaker_list=SPEAKER_SEPARATOR.join(speakers).encode("utf-8"),
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

    def commit(self, *, merge: bool = True) -> None:
        """Make every change so far visible at once (in the new index, when rebuilding). `merge=False` leaves the
        new segment unmerged: cheaper for the intermediate commits of a long run, whose last commit merges."""
        if self._writer is not None:
            self._writer.commit(merge=merge)
            self._writer = None

    def _swap_in(self) -> None:
        """Put a finished rebuild where the old index was; searches opened meanwhile keep their files."""
        old = f"{self._target}.old-{os.getpid()}"
        if os.path.exists(self._target):
            os.rename(self._target, old)
        os.rename(self._dir, self._target)
        shutil.rmtree(old, ignore_errors=True)
        self._dir, self._rebuild = self._target, False
        self._index = whoosh_index.open_dir(self._target)

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
            if self._rebuild:
                self._swap_in()
        else:
            self.cancel()
