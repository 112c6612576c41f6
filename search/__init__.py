"""The Whoosh index of a news archive: schema, writing primitives, the query language and the read API."""
from .archive import Archive
from .errors import IndexBusy, IndexNotFound, IndexOutdated, QueryError
from .model import Article, Hit, Quote, QuoteHit, Results, SpeakerCount, Stats, to_plain
from .writer import ArchiveWriter, FileRecord

__all__ = [
    "Archive", "ArchiveWriter", "Article", "FileRecord", "Hit", "IndexBusy", "IndexNotFound", "IndexOutdated", "Quote", "QuoteHit", "QueryError",
    "Results", "SpeakerCount", "Stats", "to_plain",
]
