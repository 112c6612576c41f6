"""The Whoosh schema and analyzers: how text becomes terms, the same way at index and at query time.

One index holds three kinds of document, told apart by `kind`:
- "article": one per article, searched by default;
- "quote": one per quotation, stored right after its article as a nested child so that `speaker:` and `quote:`
  can require the same quotation;
- "file": one per source file, the manifest that makes indexing incremental;
- "site": one per web domain whose publication name is known, so articles that only give a URL get that name.
"""
from __future__ import annotations

import warnings

with warnings.catch_warnings():
    # Whoosh 2.7.4 predates Python 3.12's stricter escape-sequence checks.
    warnings.simplefilter("ignore", SyntaxWarning)
    from whoosh import analysis, columns, fields
    from whoosh.support.charset import accent_map

TOKEN_PATTERN = r"\w+(?:[.'’]\w+)*"

EXACT = analysis.RegexTokenizer(TOKEN_PATTERN) | analysis.LowercaseFilter() | analysis.CharsetFilter(accent_map)
"""Case- and accent-folded words, unstemmed: phrases, names, prefixes."""

STEMMED = EXACT | analysis.StemFilter(lang="en", cachesize=50000)
"""EXACT plus English stemming: bare words."""

TITLE_BOOST = 3.0

KIND_ARTICLE, KIND_QUOTE, KIND_FILE, KIND_SITE = "article", "quote", "file", "site"


SPEAKER_SEPARATOR = "\x1f"


def schema_signature(schema: fields.Schema) -> dict[str, tuple]:
    """What must match for an index to be read and written by this version: each field's kind and storage."""
    return {name: (type(field).__name__, bool(field.stored), field.vector is not None and field.vector is not False,
                   field.column_type is not None) for name, field in schema.items()}


def build_schema() -> fields.Schema:
    """The schema of every newsarchive index."""
    return fields.Schema(
        kind=fields.ID(stored=True),
        group=fields.ID(),  # the article id on an article and on its quotes: deletes both at once
        id=fields.ID(stored=True, unique=True),
        key=fields.ID(stored=True),  # canonical URL, else path
        # Stemmed fields answer bare words only (phrases go to the *_exact fields), so they keep no positions.
        title=fields.TEXT(analyzer=STEMMED, stored=True, field_boost=TITLE_BOOST, phrase=False),
        title_exact=fields.TEXT(analyzer=EXACT, field_boost=TITLE_BOOST),
        body=fields.TEXT(analyzer=STEMMED, stored=True, phrase=False),
        body_exact=fields.TEXT(analyzer=EXACT, spelling=True),
        byline=fields.TEXT(analyzer=EXACT),
        authors=fields.STORED(),
        source=fields.TEXT(analyzer=EXACT, stored=True),
        source_facet=fields.ID(sortable=True),
        date=fields.NUMERIC(int, bits=32, stored=True, sortable=True),  # YYYYMMDD
        year=fields.ID(sortable=True),
        undated=fields.NUMERIC(int, bits=8, sortable=True),  # 1 when there is no date: sorts undated last
        url=fields.STORED(),
        path=fields.STORED(),
        speaker_facet=fields.KEYWORD(commas=True, lowercase=False, stored=True),
        speaker_list=fields.COLUMN(columns.VarBytesColumn()),  # the same names, read per document by the facet
        quotes_json=fields.STORED(),
        # quote documents
        article_id=fields.ID(stored=True),
        speaker=fields.TEXT(analyzer=EXACT, stored=True),
        speaker_id=fields.ID(sortable=True),
        quote=fields.TEXT(analyzer=STEMMED, stored=True, phrase=False),
        quote_exact=fields.TEXT(analyzer=EXACT),
        ordinal=fields.NUMERIC(int, sortable=True),  # the quotation's place in its article
        direct=fields.BOOLEAN(stored=True),
        cue=fields.STORED(),
        # file documents
        file_path=fields.ID(stored=True, unique=True),
        fingerprint=fields.STORED(),
        article_ids=fields.STORED(),
        # site documents
        site_domain=fields.ID(stored=True, unique=True),
        site_name=fields.STORED(),
    )
