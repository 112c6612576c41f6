"""Indexing a folder: find what changed since the last run, parse it (in parallel), and feed it to the index.

Incremental by default: unchanged files are not read, changed ones are re-parsed, deleted ones are removed.
Work is committed in batches, so an interrupted run keeps what it finished and the next run picks up the rest.
A rebuild writes a new index beside the old one and swaps it in when complete; searches use the old one until then.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from search import ArchiveWriter, Article, FileRecord

from .files import ParsedFile, discover, fingerprint, parse_file
from .speakers import SpeakerNames
from .textutil import domain_of

BATCH_ARTICLES = 1000
POOL_THRESHOLD = 16  # fewer files than this are parsed in-process: a pool costs more than it saves

Progress = Callable[[int, int], None]


@dataclass
class IndexReport:
    """What an indexing run did."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    files: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        """One line for a person."""
        return (
            f"{self.files} files: {self.added} articles added, {self.updated} updated, {self.removed} removed, "
            f"{self.unchanged} files unchanged, {len(self.skipped)} skipped ({self.seconds:.1f}s)"
        )


def _parse_all(paths: list[str], workers: int) -> Iterator[ParsedFile]:
    if workers <= 1 or len(paths) < POOL_THRESHOLD:
        yield from map(parse_file, paths)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(parse_file, paths, chunksize=8)


class _Run:
    """One indexing run's state: the writer, which files hold which articles, and the report."""

    def __init__(self, writer: ArchiveWriter, report: IndexReport) -> None:
        self.writer = writer
        self.report = report
        self.holders: dict[str, set[str]] = {}
        for record in writer.manifest.values():
            for article_id in record.article_ids:
                self.holders.setdefault(article_id, set()).add(record.path)
        self.written: set[str] = set()
        self.since_commit = 0
        self.speakers = SpeakerNames(writer.known_speakers())

    def release(self, path: str, article_ids: Iterable[str]) -> None:
        """`path` no longer holds these articles; delete those no other file holds."""
        for article_id in article_ids:
            holders = self.holders.get(article_id, set())
            holders.discard(path)
            if not holders:
                self.holders.pop(article_id, None)
                self.writer.delete_article(article_id)
                self.report.removed += 1

    def apply(self, parsed: ParsedFile) -> None:
        old = self.writer.file_record(parsed.path)
        if parsed.skipped:
            self.report.skipped.append((parsed.path, parsed.skipped))
            return  # an unreadable file keeps what the index already had from it
        self.report.problems.extend((parsed.path, problem) for problem in parsed.problems)
        stamp = f"{parsed.fingerprint}:{parsed.digest}"
        ids = tuple(dict.fromkeys(a.id for a in parsed.articles))
        if old is not None and old.fingerprint.rsplit(":", 1)[-1] == parsed.digest:
            self.report.unchanged += 1
            self.writer.put_file(FileRecord(parsed.path, stamp, old.article_ids))
            return
        for article in parsed.articles:
            if article.id in self.written:
                continue  # the same article in two files is one document
            self.name_source(article)
            for quote in article.quotes:
                quote.speaker = self.speakers.canonical(quote.speaker)
            known = article.id in self.holders
            self.writer.put_article(article)
            self.written.add(article.id)
            self.holders.setdefault(article.id, set()).add(parsed.path)
            self.report.updated += known
            self.report.added += not known
            self.since_commit += 1
        if old is not None:
            self.release(parsed.path, set(old.article_ids) - set(ids))
        self.writer.put_file(FileRecord(parsed.path, stamp, ids))

    def name_source(self, article: Article) -> None:
        """Learn a domain's publication name from an article that gives both; name articles that give only a URL."""
        if not article.url:
            return
        domain = domain_of(article.url)
        known = self.writer.site(domain)
        if article.source and article.source != domain:
            if known is None:
                self.writer.put_site(domain, article.source)
        elif known is not None:
            article.source = known

    def maybe_commit(self) -> None:
        if self.since_commit >= BATCH_ARTICLES:
            self.writer.commit(merge=False)
            self.since_commit = 0


def index_folder(
    src_dir: str,
    index_dir: str,
    *,
    rebuild: bool = False,
    workers: int | None = None,
    progress: Progress | None = None,
) -> IndexReport:
    """Bring the index at `index_dir` up to date with the article files below `src_dir`.

    `workers` parse processes (default: the machine's cores); `progress(done, total)` is called as files finish.
    """
    if not os.path.isdir(src_dir):
        raise NotADirectoryError(f"{src_dir!r} is not a folder")
    began = time.monotonic()
    report = IndexReport()
    paths = discover(src_dir)
    report.files = len(paths)
    workers = workers or os.cpu_count() or 1
    root = os.path.abspath(src_dir) + os.sep
    with ArchiveWriter(index_dir, rebuild=rebuild) as writer:
        run = _Run(writer, report)
        manifest = writer.manifest
        present = set(paths)
        for path, record in manifest.items():
            if path.startswith(root) and path not in present:
                run.release(path, record.article_ids)
                writer.delete_file(path)
        to_parse = []
        for path in paths:
            record = manifest.get(path)
            if record is not None and record.fingerprint.startswith(fingerprint(path) + ":"):
                report.unchanged += 1
            else:
                to_parse.append(path)
        done = len(paths) - len(to_parse)
        if progress:
            progress(done, len(paths))
        for parsed in _parse_all(to_parse, workers):
            run.apply(parsed)
            run.maybe_commit()
            done += 1
            if progress:
                progress(done, len(paths))
    _tidy(index_dir)
    report.seconds = time.monotonic() - began
    return report


def _tidy(index_dir: str) -> None:
    """What a run learns that applies to articles indexed before it: a site's publication name for articles that
    only gave a URL, and the one full name for quotations indexed under a lone surname."""
    with ArchiveWriter(index_dir) as writer:
        writer.relabel_sources(writer.sites)
        known = writer.known_speakers()
        names = SpeakerNames(known)
        renames = {name: names.for_surname(name) for name in known if " " not in name}
        writer.rename_speakers({old: new for old, new in renames.items() if new != old})
