"""Saved news pages: metadata from JSON-LD, OpenGraph and meta tags; the article body from its paragraphs.

The body is taken from the page's article container (`<article>`, `itemprop=articleBody`, or else the element
holding the most paragraph text) after boilerplate is removed: navigation, captions, share and related-article
boxes, cookie banners, newsletters, comments, scripts.
"""
from __future__ import annotations

import json
import re

from selectolax.lexbor import LexborHTMLParser

from search.model import Article

from .body import extract_body
from .plaintext import split_names
from .quotes import extract_quotes
from .textutil import clean, decode, domain_of, join_paragraphs, parse_date, source_from_url

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")
_DATE_META = (
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]',
    'meta[name="date"]', 'meta[name="dc.date"]', 'meta[name="DC.date.issued"]', 'meta[property="og:published_time"]',
    'meta[name="sailthru.date"]', 'meta[name="parsely-pub-date"]',
)


def _meta(tree, *selectors: str) -> str:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            value = node.attributes.get("content") or node.attributes.get("datetime") or ""
            if value.strip():
                return clean(value)
    return ""


def _json_ld(tree) -> dict:
    """The first JSON-LD object describing an article (NewsArticle, Article, ReportageNewsArticle, ...)."""
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                kind = item.get("@type", "")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                    return item
                stack.extend(v for k, v in item.items() if k == "@graph")
    return {}


def _names(value) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    if isinstance(value, dict):
        return _names(value.get("name", ""))
    if isinstance(value, str) and value.strip():
        return split_names(re.sub(r"^by\s+", "", clean(value), flags=re.I))
    return []


def _byline(tree) -> list[str]:
    """Authors from visible byline markup: rel=author links, itemprop=author, or a "By ..." byline element."""
    for selector in ('[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel="author"]',
                     '[class*="byline"]', '[class*="author-name"]'):
        names = [name for node in tree.css(selector) for name in _names(node.text(separator=" "))]
        if names:
            return list(dict.fromkeys(n for n in names if len(n) < 60))
    return []


def _site_from_title(tree) -> str:
    """The publication from a page title like "Headline - Site Name"."""
    node = tree.css_first("title")
    match = _TITLE_SUFFIX.search(clean(node.text())) if node is not None else None
    return match.group().strip(" |–—-") if match else ""


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "ignore") if match else None


def parse_html(html: str | bytes, url: str | None = None) -> Article:
    """An Article from a news page: title, date, authors, canonical URL, source and body paragraphs."""
    text = decode(html, _declared_charset(html)) if isinstance(html, bytes) else html
    tree = LexborHTMLParser(text)
    ld = _json_ld(tree)
    canonical = ""
    link = tree.css_first('link[rel="canonical"]')
    if link is not None:
        canonical = (link.attributes.get("href") or "").strip()
    canonical = canonical if canonical.startswith("http") else (_meta(tree, 'meta[property="og:url"]') or url or "")
    title = clean(str(ld.get("headline") or "")) or _meta(tree, 'meta[property="og:title"]', 'meta[name="twitter:title"]')
    if not title:
        heading = tree.css_first("h1") or tree.css_first("title")
        title = _TITLE_SUFFIX.sub("", clean(heading.text())) if heading is not None else ""
    date_text = str(ld.get("datePublished") or "") or _meta(tree, *_DATE_META)
    if not date_text:
        time_node = tree.css_first("time[datetime]")
        date_text = time_node.attributes.get("datetime", "") if time_node is not None else ""
    authors = (
        _names(ld.get("author"))
        or _names(_meta(tree, 'meta[name="author"]', 'meta[property="article:author"]'))
        or _byline(tree)
    )
    publisher = ld.get("publisher")
    source = (
        _meta(tree, 'meta[property="og:site_name"]', 'meta[name="application-name"]')
        or (clean(str(publisher.get("name", ""))) if isinstance(publisher, dict) else "")
        or _site_from_title(tree)
        or (source_from_url(canonical) if canonical else "")
    )
    body = join_paragraphs(extract_body(tree.body)) if tree.body is not None else ""
    return Article(
        title=title,
        body=body,
        date=parse_date(date_text),
        authors=[a for a in authors if not a.startswith("http")],
        source=source or (domain_of(canonical) if canonical else ""),
        url=canonical,
        quotes=extract_quotes(body, title),
    )
