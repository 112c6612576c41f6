"""Finding an article's body in a page: the paragraphs of the main text, in reading order, without boilerplate.

1. Remove what is never article text (scripts, navigation, figures, footers, hidden elements) and the blocks whose
   class or id names boilerplate (share bars, related links, newsletter boxes, cookie banners, comments) unless
   they hold a large part of the page's text.
2. Every block of text (a paragraph, or a div holding text itself) scores by its length and punctuation; the score
   goes to its parent in full and its grandparent by half. The best-scoring element, after discounting links, is
   the article's container; its siblings that score nearly as well join it.
3. The containers are read in document order: each block element starts a paragraph, `<br><br>` splits one, and
   paragraphs that are mostly links are dropped.
"""
from __future__ import annotations

import re

from .textutil import clean

NEVER_TEXT = (
    "script, style, noscript, template, svg, canvas, iframe, object, embed, nav, header, footer, aside, figure, "
    "figcaption, "
    "button, select, input, textarea, label, audio, video, picture, dialog, menu, form[role=search]"
)
BOILERPLATE_WORDS = re.compile(
    r"(?:^|[-_ ])(?:share|sharing|social|related|recommend\w*|newsletter|subscribe|subscription|signup|sign-up|"
    r"comments?|cookies?|consent|gdpr|promo|promotion|advert\w*|ads?|sponsor\w*|popup|modal|breadcrumbs?|"
    r"byline|caption|credits?|tags?|topics|author-bio|bio|read-?more|more-stories|trending|most-popular|"
    r"outbrain|taboola|paywall|disclaimer|widget|toolbar|sidebar|masthead|skip|print|related-links|"
    r"footer|nav|navigation|menu|header|hidden|visually-hidden|sr-only|screen-reader-text)(?:$|[-_ ])",
    re.I,
)
HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i]'
_BOILERPLATE_STEMS = (
    "share", "social", "related", "recommend", "newsletter", "subscri", "sign", "comment", "cookie", "consent",
    "gdpr", "promo", "advert", "ad", "sponsor", "popup", "modal", "breadcrumb", "byline", "caption", "credit", "tag",
    "topics", "bio", "more", "trending", "popular", "outbrain", "taboola", "paywall", "disclaimer", "widget",
    "toolbar", "sidebar", "masthead", "skip", "print", "footer", "nav", "menu", "header", "hidden", "sr-only",
    "screen-reader",
)
_BOILERPLATE_CANDIDATES = ", ".join(f'[class*="{stem}" i], [id*="{stem}" i]' for stem in _BOILERPLATE_STEMS)
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
    "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "strike", "big", "tt", "ins", "del", "nobr",
}
SKIP = {"br", "img", "hr", "-comment", "head", "title", "meta", "link", "h1"}
MIN_BLOCK = 25  # characters for a block of text to count towards its container's score
SIBLING_SHARE = 0.25
PROSE_CHARS = 80
BOILERPLATE_SHARE = 0.3  # a boilerplate-named block holding more of the page's text than this is kept
CLIMB_LEVELS = 3  # how far up to look for an article split into repeated sections
MAX_LINK_SHARE = 0.5
_NOT_PROSE = re.compile(r"^(?:https?://\S+|\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)$")  # a URL or timestamp
EDGE_LABEL_CHARS = 30
AD_LABELS = {"advert", "advertisement", "ad", "anzeige", "publicité", "publicidade", "publicidad", "реклама", "sponsored"}
_CALL_TO_ACTION = re.compile(
    r"\b(?:click here|sign up|subscribe|newsletter|follow (?:us|him|her|them) on|all rights reserved|copyright ©|"
    r"requires javascript|share this|read more:|join our)\b",
    re.I,
)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)\]’”])")


def _marker(node) -> str:
    attrs = node.attributes
    return " ".join(v for v in (attrs.get("class"), attrs.get("id")) if v)


def _text_chars(root) -> dict[int, int]:
    """Characters of substantial text blocks beneath each element, by element id."""
    chars: dict[int, int] = {}
    for block, length, _ in _blocks(root):
        if length < MIN_BLOCK:
            continue
        node = block
        while node is not None:
            chars[node.mem_id] = chars.get(node.mem_id, 0) + length
            node = node.parent
    return chars


def _strip(root) -> None:
    for node in root.css(NEVER_TEXT):
        node.decompose()
    for node in root.css(HIDDEN):
        node.decompose()
    chars = _text_chars(root)
    total = chars.get(root.mem_id, 0) or 1
    for node in root.css(_BOILERPLATE_CANDIDATES):  # a cheap superset, checked word by word below
        if node.tag in ("html", "body", "main", "article"):
            continue
        marker = _marker(node)
        if BOILERPLATE_WORDS.search(marker) and chars.get(node.mem_id, 0) < BOILERPLATE_SHARE * total:
            node.decompose()


def _block_of(node):
    """The nearest ancestor of a text node that is not an inline element."""
    parent = node.parent
    while parent is not None and parent.tag in INLINE:
        parent = parent.parent
    return parent


def _link_density(node) -> float:
    text = len(node.text(strip=True)) or 1
    return min(1.0, sum(len(a.text(strip=True)) for a in node.css("a")) / text)


def _blocks(root) -> list[tuple[object, int, int]]:
    """(element, characters, commas) for every element holding text itself, links not counted."""
    found: dict[int, list] = {}
    for node in root.traverse(include_text=True):
        if node.tag != "-text":
            continue
        text = (node.text_content or "").strip()
        if not text or _inside_link(node):
            continue
        block = _block_of(node)
        if block is None:
            continue
        entry = found.setdefault(block.mem_id, [block, 0, 0])
        entry[1] += len(text)
        entry[2] += text.count(",") + text.count("，") + text.count("、")
    return [tuple(entry) for entry in found.values()]


def _containers(root) -> list:
    """The article's container: the best-scoring element, widened to the ancestor that holds most of the page's
    article-like text, with its siblings that score nearly as well, in document order."""
    scores: dict[int, float] = {}
    subtree: dict[int, float] = {}
    nodes: dict[int, object] = {}
    for block, length, commas in _blocks(root):
        if length < MIN_BLOCK:
            continue
        points = 1 + commas + min(length / 100, 3)
        parent = block.parent
        for share in (1.0, 0.5):
            if parent is None:
                break
            nodes[parent.mem_id] = parent
            scores[parent.mem_id] = scores.get(parent.mem_id, 0.0) + points * share
            parent = parent.parent
        ancestor = block
        while ancestor is not None:
            subtree[ancestor.mem_id] = subtree.get(ancestor.mem_id, 0.0) + points
            ancestor = ancestor.parent
    if not scores:
        return [root]
    best = nodes[max(scores, key=lambda key: scores[key] * (1 - _link_density(nodes[key])))]
    repeated = _repeated_siblings(best, subtree)
    if repeated:
        return repeated
    parent = best.parent
    if parent is None:
        return [best]
    threshold = subtree.get(best.mem_id, 0.0) * SIBLING_SHARE
    return [child for child in _children(parent) if child.mem_id == best.mem_id or (
        child.mem_id in subtree and _joins(child, subtree[child.mem_id] >= threshold))]


def _joins(sibling, scores_well: bool) -> bool:
    """Whether a sibling of the container is article text too: it scores nearly as well, or it is a passage of
    prose (the lead paragraph is often wrapped apart from the rest)."""
    density = _link_density(sibling)
    if scores_well and density < 0.3:
        return True
    text = sibling.text(strip=True)
    return len(text) >= PROSE_CHARS and density < 0.25 and text[-1:] in ".!?\"”’»。"


def _same_kind(a, b) -> bool:
    return a.tag == b.tag and (a.attributes.get("class") or "") == (b.attributes.get("class") or "")


def _repeated_siblings(best, subtree: dict[int, float]) -> list:
    """Articles split into repeated sections (several `div.story-column` siblings): the run of same-kind siblings
    around `best` or one of its nearest ancestors, when another of them holds article text too."""
    node = best
    for _ in range(CLIMB_LEVELS):
        parent = node.parent
        if parent is None or parent.tag in ("body", "html"):
            return []
        kin = [c for c in _children(parent) if _same_kind(c, node)]
        if node.attributes.get("class") and sum(subtree.get(c.mem_id, 0.0) > 0 for c in kin) > 1:
            return kin
        node = parent
    return []


def _children(node) -> list:
    children, child = [], node.child
    while child is not None:
        if child.tag != "-text":
            children.append(child)
        child = child.next
    return children


def _inside_link(node) -> bool:
    parent = node.parent
    while parent is not None and parent.tag in INLINE:
        if parent.tag == "a":
            return True
        parent = parent.parent
    return False


class _Reader:
    """Reads paragraphs out of a container in document order."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.run: list[str] = []
        self.link_chars = 0

    def flush(self) -> None:
        for part in re.split(r"\n\s*\n", "".join(self.run)):
            text = _SPACE_BEFORE_PUNCT.sub(r"\1", clean(part.replace("\n", " ")))
            if text and not _NOT_PROSE.match(text) and self.link_chars <= MAX_LINK_SHARE * len(text):
                self.paragraphs.append(text)
        self.run, self.link_chars = [], 0

    def read(self, node) -> None:
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "-text":
                self.run.append(child.text_content or "")
            elif tag == "br":
                self.run.append("\n")
            elif tag in INLINE:
                text = child.text(separator="")
                self.run.append(text)
                if tag == "a" or child.css_first("a") is not None:
                    self.link_chars += len((child.text(separator="") if tag == "a" else
                                            "".join(a.text() for a in child.css("a"))).strip())
            elif tag in SKIP:
                continue
            else:
                self.flush()
                self.read(child)
                self.flush()


def _is_edge_noise(paragraph: str) -> bool:
    """Labels, datelines and calls to action that pages put before or after the article text."""
    if _CALL_TO_ACTION.search(paragraph) and len(paragraph) < 400:
        return True
    return len(paragraph) < EDGE_LABEL_CHARS and paragraph[-1:] not in ".!?…\"”’»。:"


def _trim_edges(paragraphs: list[str]) -> list[str]:
    start, end = 0, len(paragraphs)
    while start < end and _is_edge_noise(paragraphs[start]):
        start += 1
    while end > start and _is_edge_noise(paragraphs[end - 1]):
        end -= 1
    return [p for p in paragraphs[start:end] if p.lower() not in AD_LABELS]


def extract_body(body_node) -> list[str]:
    """The article paragraphs under `body_node` (which is modified: boilerplate is removed from it)."""
    _strip(body_node)
    reader = _Reader()
    for container in _containers(body_node):
        if container.tag in INLINE:
            reader.run.append(container.text(separator=""))
        else:
            reader.read(container)
        reader.flush()
    return _trim_edges(reader.paragraphs)
