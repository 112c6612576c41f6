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

from .plaintext import split_names
from .quotes import extract_quotes
from .textutil import clean, decode, domain_of, join_paragraphs, parse_date, source_from_url

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
DROP_TAGS = "script, style, noscript, nav, header, footer, aside, form, figure, figcaption, iframe, button, svg, template"
_BOILERPLATE = re.compile(
    r"cookie|consent|banner|newsletter|subscribe|related|share|social|comment|promo|advert|\bad\b|ads-|sponsor|"
    r"byline|caption|breadcrumb|menu|sidebar|footer|header|nav|popup|modal|signup|recommend|more-stories|tags|"
    r"author-bio|read-more|outbrain|taboola",
    re.I,
)
BLOCKS = "p, h2, h3, h4, blockquote, li, pre"
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


def _is_boilerplate(node) -> bool:
    attrs = node.attributes
    marker = " ".join(filter(None, (attrs.get("class"), attrs.get("id"), attrs.get("role"), attrs.get("aria-label"))))
    return bool(marker) and bool(_BOILERPLATE.search(marker))


def _strip_boilerplate(root) -> None:
    for node in root.css(DROP_TAGS):
        node.decompose()
    for node in list(root.css("[class], [id], [role]")):
        if node.tag not in ("html", "body", "article", "main") and _is_boilerplate(node):
            node.decompose()


def _container(tree):
    for selector in ('[itemprop="articleBody"]', "article", "main", '[role="main"]'):
        node = tree.css_first(selector)
        if node is not None and len(node.css("p")) >= 1:
            return node
    best, best_len = tree.body, 0
    for paragraph in tree.css("p"):
        parent = paragraph.parent
        if parent is None:
            continue
        length = sum(len(p.text(strip=True)) for p in parent.css("p"))
        if length > best_len:
            best, best_len = parent, length
    return best


def _paragraphs(container) -> list[str]:
    paragraphs = []
    for node in container.css(BLOCKS):
        if node.tag == "li" and (node.css_first("a") is not None and len(node.text(strip=True)) < 80):
            continue  # link lists
        if node.tag in ("p", "li") and node.parent is not None and node.parent.tag == "blockquote":
            continue  # the blockquote itself is taken whole
        if node.tag == "blockquote" and node.css_first("p") is not None and node.parent is not None:
            paragraphs.extend(clean(p.text(separator=" ")) for p in node.css("p"))
            continue
        text = clean(node.text(separator=" "))
        if text:
            paragraphs.append(text)
    return paragraphs


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
    if tree.body is None:
        body = ""
    else:
        _strip_boilerplate(tree.body)
        body = join_paragraphs(_paragraphs(_container(tree)))
    return Article(
        title=title,
        body=body,
        date=parse_date(date_text),
        authors=[a for a in authors if not a.startswith("http")],
        source=source or (domain_of(canonical) if canonical else ""),
        url=canonical,
        quotes=extract_quotes(body, title),
    )
