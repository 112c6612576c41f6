"""A page's metadata as the page states it: meta tags, JSON-LD objects, canonical link, title, authors, site name.

Everything is read in one pass over the `<meta>` and `<script>` tags; callers then look values up by name, in their
own order of preference.
"""
from __future__ import annotations

import json
import re

from .plaintext import split_names
from .textutil import clean

_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")
PAGE_TYPES = ("BlogPosting", "LiveBlogPosting", "Report", "WebPage", "SocialMediaPosting")  # after "...Article"


def _kinds(item: dict) -> list[str]:
    kind = item.get("@type", "")
    return [k for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)]


class PageMeta:
    """The metadata of one parsed page."""

    def __init__(self, tree) -> None:
        self.tree = tree
        self.meta: dict[str, str] = {}  # as written: a value is cleaned when it is asked for
        self.scripts: list = []  # the inline and linked scripts, in page order
        for node in tree.css("meta, script"):  # one walk over the page for both
            if node.tag == "script":
                self.scripts.append(node)
                continue
            attrs = node.attributes
            key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or attrs.get("http-equiv")
            value = attrs.get("content")
            if key and value and value.strip():
                self.meta.setdefault(key.strip().lower(), value)
        self.json_ld = self._json_ld_objects()

    def _json_ld_objects(self) -> list[dict]:
        """Every JSON-LD object of the page, articles first."""
        objects: list[dict] = []
        for node in self.scripts:
            if (node.attributes.get("type") or "").strip().lower() != "application/ld+json":
                continue
            try:
                data = json.loads(node.text() or "", strict=False)
            except ValueError:
                continue
            stack = [data]
            while stack:
                item = stack.pop(0)
                if isinstance(item, list):
                    stack.extend(item)
                elif isinstance(item, dict):
                    objects.append(item)
                    stack.extend(v for k, v in item.items() if k in ("@graph", "mainEntity", "itemListElement"))
        def rank(item: dict) -> int:
            kinds = _kinds(item)
            return 0 if any(k.endswith("Article") for k in kinds) else 1 if any(k in PAGE_TYPES for k in kinds) else 2

        return sorted(objects, key=rank)  # stable: page order within each rank

    def first(self, *keys: str) -> str:
        """The first meta tag present among `keys` (names, properties or itemprops, case-insensitive)."""
        for key in keys:
            value = clean(self.meta[key]) if key in self.meta else ""
            if value:
                return value
        return ""

    def ld(self, key: str):
        """The first value of `key` in the page's JSON-LD objects, articles first."""
        for item in self.json_ld:
            value = item.get(key)
            if value:
                return value
        return None

    def canonical(self, url: str | None) -> str:
        link = self.tree.css_first('link[rel="canonical"]')
        href = (link.attributes.get("href") or "").strip() if link is not None else ""
        if href.startswith("http"):
            return href
        return self.first("og:url") or url or ""

    def title(self) -> str:
        title = clean(str(self.ld("headline") or "")) or self.first("og:title", "twitter:title")
        if title:
            return title
        heading = self.tree.css_first("h1")
        if heading is not None and heading.text(strip=True):
            return clean(heading.text())
        node = self.tree.css_first("title")
        return _TITLE_SUFFIX.sub("", clean(node.text())) if node is not None else ""

    def authors(self) -> list[str]:
        names = names_of(self.ld("author")) or names_of(self.first("author", "article:author", "dc.creator"))
        names = names or self._byline()
        return [n for n in names if not n.startswith("http")]

    def _byline(self) -> list[str]:
        """Authors from visible byline markup: itemprop=author, rel=author links, a "By ..." byline element."""
        for selector in ('[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel="author"]',
                         '[class*="byline"]', '[class*="author-name"]'):
            names = [name for node in self.tree.css(selector) for name in names_of(node.text(separator=" "))]
            if names:
                return list(dict.fromkeys(n for n in names if len(n) < 60))
        return []

    def site_name(self) -> str:
        publisher = self.ld("publisher")
        return (
            self.first("og:site_name", "application-name")
            or (clean(str(publisher.get("name", ""))) if isinstance(publisher, dict) else "")
            or self._site_from_title()
        )

    def _site_from_title(self) -> str:
        """The publication from a page title like "Headline - Site Name"."""
        node = self.tree.css_first("title")
        match = _TITLE_SUFFIX.search(clean(node.text())) if node is not None else None
        return match.group().strip(" |–—-") if match else ""


def names_of(value) -> list[str]:
    """Author names from a JSON-LD author value or a byline string."""
    if isinstance(value, list):
        return [name for item in value for name in names_of(item)]
    if isinstance(value, dict):
        return names_of(value.get("name", ""))
    if isinstance(value, str) and value.strip():
        return split_names(re.sub(r"^by\s+", "", clean(value), flags=re.I))
    return []
