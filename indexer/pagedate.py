"""A page's publication date: the earliest statement of when it was published, never "updated", never invented.

Sources, most reliable first: JSON-LD `datePublished`; publication meta tags; `<time>` and `itemprop=datePublished`
elements; publication-date variables in inline scripts; a date in the URL; a visible dateline in an element named
for dates. A date after today, or before 1990, is no date.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from .datetext import read_date, read_timestamp

PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "published_time", "published-date", "article.published",
    "article_date_original", "date_published", "publication_date", "pub_date", "citation_publication_date",
    "citation_date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date",
    "dcterms.date", "dc.created", "sailthru.date", "parsely-pub-date", "cxenseparse:recs:publishtime",
    "originalpublicationdate", "datecreated", "date", "created", "rnews:datepublished", "og:pubdate", "dc.date.available",
)
SCRIPT_DATE_KEYS = (
    "datePublished", "date_published", "publishDate", "publish_date", "publication_date", "pubDate", "published_at",
    "publishedAt", "publishedDate", "dateCreated", "DateCreation", "dc:date", "firstPublished", "first_published_at",
    "PublishDate", "DatePublished", "pubdate",
)
_KEY_ANCHORS = ("ublish", "ubDate", "ubdate", "ublication", "ateCreat", "dc:date")  # every key holds one of these
_KEYS_BY_ANCHOR = {anchor: [key for key in SCRIPT_DATE_KEYS if next(a for a in _KEY_ANCHORS if a in key) == anchor]
                   for anchor in _KEY_ANCHORS}
_SCRIPT_VALUE = re.compile(r"""["']?\s*[:=]\s*["']([^"'<>]{8,40})["']""")
_URL_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)([/_-])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?!\d)"
    r"|[/_-]((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
DATE_ELEMENTS = (
    'time, [itemprop="datePublished"], [class*="date" i], [class*="publish" i], [class*="posted" i], '
    '[class*="dateline" i], [class*="time" i], [id*="date" i], [class*="tagline" i], [class*="byline" i], '
    '[class*="meta" i]'
)
MAX_ELEMENTS = 200
EARLY_UTC_HOURS, LATE_UTC_HOURS = 8, 14
VISIBLE_CHARS = 3000


def _is_utc(text) -> bool:
    return isinstance(text, str) and bool(re.search(r"(?:Z|[+-]00:?00)$", text.strip()))


def _script_dates(scripts: list, html: str) -> list[str]:
    """Publication-date values assigned in inline scripts and in comments (`"pubDate": "..."`, the RDF that blog
    engines leave in a comment), in page order.

    Only scripts and comments are searched (about a quarter of a page), with str.find for a few fragments that the
    keys share: a regular expression with every key is slower, and so is a find for each key.
    """
    text = "\n".join([node.text() for node in scripts] + _comments(html))
    found: list[tuple[int, str]] = []
    for anchor, keys in _KEYS_BY_ANCHOR.items():
        hit = text.find(anchor)
        while hit != -1:
            for key in keys:
                position = hit - key.index(anchor)
                if position >= 0 and text.startswith(key, position):
                    match = _SCRIPT_VALUE.match(text, position + len(key))
                    if match:
                        found.append((position, match.group(1)))
            hit = text.find(anchor, hit + 1)
    return [value for _, value in sorted(found)]


def _comments(html: str) -> list[str]:
    """The text of the page's comments (str.find: a regular expression over the whole page is several times
    slower)."""
    found, start = [], html.find("<!--")
    while start != -1:
        end = html.find("-->", start + 4)
        if end == -1:
            break
        found.append(html[start + 4:end])
        start = html.find("<!--", end + 3)
    return found


def _local_dates(scripts: list, html: str, url: str, dayfirst: bool) -> Iterator[dt.date]:
    """Dates the page gives without a time zone, cheapest first: in its URL, then in script variables written as
    local time."""
    day = _from_url(url)
    if day:
        yield day
    for value in _script_dates(scripts, html):
        if not _is_utc(value) and not re.search(r"[+-]\d\d:?\d\d$", value):
            day = read_date(value, dayfirst=dayfirst)
            if day:
                yield day


def _local_day(stamp: str, day: dt.date, scripts: list, html: str, url: str, dayfirst: bool) -> dt.date:
    """The publisher's own date for a UTC timestamp: a local date one day earlier when the timestamp is early in
    the UTC day (the Americas' evening), one day later when it is late (Europe's and Asia's night)."""
    hour = re.search(r"[T ](\d\d):", stamp)
    if hour is None or EARLY_UTC_HOURS <= int(hour.group(1)) < LATE_UTC_HOURS:
        return day
    shift = -1 if int(hour.group(1)) < EARLY_UTC_HOURS else 1
    for local in _local_dates(scripts, html, url, dayfirst):
        if (local - day).days == shift:
            return local
    return day


def _from_url(url: str) -> dt.date | None:
    match = _URL_DATE.search(url or "")
    if not match:
        return None
    year, month, day = (match.group(1), match.group(3), match.group(4)) if match.group(1) else match.group(5, 6, 7)
    return read_date(f"{year}-{month}-{day}")


def _from_elements(tree, dayfirst: bool) -> dt.date | None:
    for count, node in enumerate(tree.css(DATE_ELEMENTS)):
        if count >= MAX_ELEMENTS:
            break
        marker = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}".lower()
        if "update" in marker or "modif" in marker:
            continue
        attrs = node.attributes
        for value in (attrs.get("datetime"), attrs.get("content"), attrs.get("data-time"), attrs.get("title")):
            day = read_date(value, dayfirst=dayfirst) if value and re.search(r"\d{4}", value) else None
            if day:
                return day
        text = node.text(separator=" ", strip=True)
        day = read_date(text, dayfirst=dayfirst) if len(text) <= 200 else None
        if day:
            return day
    return None


def publication_date(meta, html: str, url: str) -> dt.date | None:
    """The page's publication date, or None when the page does not give one.

    A UTC timestamp is often a day off the date the publisher printed (an evening story in America is dated the
    next day in UTC); when the page also gives a local date one day apart, the local date wins.
    """
    root = meta.tree.root
    lang = (root.attributes.get("lang") or "").lower() if root is not None else ""
    dayfirst = not (lang in ("", "en") or lang.startswith("en-us"))
    for value in _stated_dates(meta):
        day = read_date(value if isinstance(value, str) else None, dayfirst=dayfirst)
        if day:
            if _is_utc(value):
                return _local_day(value, day, meta.scripts, html, url, dayfirst)
            return day
    script_dates = _script_dates(meta.scripts, html)
    day = read_date(script_dates[0], dayfirst=dayfirst) if script_dates else None
    return day or _from_url(url) or _from_elements(meta.tree, dayfirst) or _from_visible_text(meta.tree, dayfirst)


def _stated_dates(meta) -> Iterator:
    """Publication dates the page states in its metadata, most reliable first (read lazily: most pages stop at
    the first)."""
    yield meta.ld("datePublished")
    yield meta.ld("dateCreated")
    yield meta.first(*PUBLISHED_META)
    for node in meta.tree.css('time[pubdate], time[itemprop="datePublished"], [itemprop="datePublished"]'):
        yield node.attributes.get("datetime") or node.attributes.get("content") or node.text(strip=True)


def _from_visible_text(tree, dayfirst: bool) -> dt.date | None:
    """A date with a time of day near the top of the article's visible text."""
    container = tree.css_first("article") or tree.body
    if container is None:
        return None
    seen: list[str] = []
    size = 0
    for node in container.traverse(include_text=True):
        if node.tag != "-text" or node.parent is None or node.parent.tag in ("script", "style", "noscript"):
            continue
        seen.append(node.text_content or "")
        size += len(seen[-1])
        if size > VISIBLE_CHARS:
            break
    return read_timestamp(" ".join(seen), dayfirst=dayfirst)
