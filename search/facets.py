"""The speaker facet: counts of articles per speaker over every match, read from a per-document column.

Whoosh's own multi-valued facet reads the postings of every speaker in the index for each search (seconds on a few
thousand articles); reading the matching articles' own speaker lists from a column costs microseconds per match.
"""
from __future__ import annotations

from whoosh import sorting

from .schema import SPEAKER_SEPARATOR


class _ListCategorizer(sorting.Categorizer):
    allow_overlap = True

    def __init__(self, fieldname: str) -> None:
        self._fieldname = fieldname
        self._column = None

    def set_searcher(self, segment_searcher, docoffset) -> None:
        reader = segment_searcher.reader()  # (an empty index's reader has no columns)
        self._column = reader.column_reader(self._fieldname) if reader.has_column(self._fieldname) else None

    def keys_for(self, matcher, docid) -> list:
        raw = self._column[docid] if self._column is not None else b""
        names = [name for name in raw.decode("utf-8").split(SPEAKER_SEPARATOR) if name]
        return names or [None]

    def key_for(self, matcher, docid):
        return self.keys_for(matcher, docid)[0]

    def key_to_name(self, key):
        return key


class SpeakerFacet(sorting.FacetType):
    """Articles per speaker (an article counts once for each speaker it quotes)."""

    maptype = sorting.Count

    def __init__(self, fieldname: str = "speaker_list") -> None:
        self.fieldname = fieldname

    def categorizer(self, global_searcher) -> _ListCategorizer:
        return _ListCategorizer(self.fieldname)
