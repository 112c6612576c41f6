"""Finding an article's body in a page: the paragraphs of the main text, in reading order, without boilerplate.

1. Remove what is never article text (scripts, navigation, figures, footers, hidden elements) and the blocks whose
   class or id names boilerplate (share bars, related links, newsletter boxes, cookie banners, comments) unless
   they hold a large part of the page's text.
2. Every block of text (a paragraph, or a div holding text itself) scores by its length and punctuation; the score
   goes to its parent in full and its grandparent by half. The best-scoring element, after discounting links, is
   the article's container (or the run of repeated sections it belongs to); its siblings that score nearly as
   well, or are passages of prose, join it.
3. The containers are read in document order: each block element starts a paragraph, `<br><br>` splits one,
   paragraphs that are mostly links are dropped, and labels and calls to action at either end are trimmed.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .textutil import clean

NEVER_TEXT = (
    "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "nav", "header", "footer",
    "aside", "figure", "figcaption", "button", "select", "input", "textarea", "label", "audio", "video", "picture",
    "dialog", "menu",
)  # and search forms, <form role="search">
BOILERPLATE_WORDS = re.compile(
    r"(?<![^-_ ])(?:share|sharing|social|related|recommend\w*|newsletter|subscribe|subscription|signup|sign-up|"
    r"comments?|cookies?|consent|gdpr|promo|promotion|advert\w*|ads?|sponsor\w*|popup|modal|breadcrumbs?|"
    r"byline|caption|credits?|tags?|topics|author-bio|bio|read-?more|more-stories|trending|most-popular|"
    r"outbrain|taboola|paywall|disclaimer|widget|toolbar|sidebar|masthead|skip|print|related-links|"
    r"footer|nav|navigation|menu|header|hidden|visually-hidden|sr-only|screen-reader-text)(?![^-_ ])",
)  # between separators or the ends; matched against lower-cased names: re.I makes this search several times slower
HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i]'
INLINE = {
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp",
    "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "strike", "big", "tt", "ins", "del", "nobr",
}
SKIP = {"br", "img", "hr", "-comment", "head", "title", "meta", "link", "h1"}
MIN_BLOCK = 25  # characters for a block of text to count towards its container's score
SIBLING_SHARE = 0.25
TOP_CANDIDATES = 5  # containers whose link density is weighed
PROSE_CHARS = 80
BOILERPLATE_SHARE = 0.3  # a boilerplate-named block holding more of the page's text than this is kept
CLIMB_LEVELS = 3  # how far up to look for an article split into repeated sections
MAX_LINK_SHARE = 0.5
_NOT_PROSE = re.compile(r"^(?:https?://\S+|\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)$")  # a URL or timestamp
EDGE_LABEL_CHARS = 30
AD_LABELS = {
    "advert", "advertisement", "ad", "anzeige", "publicité", "publicidade", "publicidad", "реклама", "sponsored",
}
_CALL_TO_ACTION = re.compile(
    r"\b(?:click here|sign up|subscribe|newsletter|follow (?:us|him|her|them) on|all rights reserved|copyright ©|"
    r"requires javascript|share this|read more:|join our)\b",
    re.I,
)
_BLANK_LINE = re.compile(r"\n\s*\n")
_SPACE_BEFORE_PUNCT = re.compile(r" (?=[,.;:!?%)\]’”])")  # in cleaned text, where spaces are single


def _tag_ids(*names: str) -> frozenset[int]:
    """Lexbor's ids of these standard tags: comparing a node's `tag_id` is much cheaper than reading its tag name."""
    tree = LexborHTMLParser("".join(f"<{name}>x</{name}>" for name in names))
    return frozenset(node.tag_id for node in tree.root.traverse(include_text=True) if node.tag in names)


INLINE_IDS, LINK_ID, TEXT_ID = _tag_ids(*INLINE), _tag_ids("a"), _tag_ids("-text")
NEVER_IDS, FORM_ID = _tag_ids(*NEVER_TEXT), _tag_ids("form")


class _Block:
    """An element holding text itself: its characters and commas (link text not counted) and its ancestors."""

    __slots__ = ("node", "length", "commas", "chain")

    def __init__(self, node) -> None:
        self.node, self.length, self.commas, self.chain = node, 0, 0, ()

    @property
    def points(self) -> float:
        return 1 + self.commas + min(self.length / 100, 3)


class _Page:
    """The text blocks of a page body, read in one walk over its text, and the elements above them."""

    def __init__(self, root) -> None:
        self.root = root
        self.nodes: dict[int, object] = {}
        found: dict[int, _Block] = {}
        for node in root.traverse(include_text=True, skip_empty=True):  # most text nodes are spaces between tags
            if node.tag_id not in TEXT_ID:
                continue
            text = (node.text_content or "").strip()
            if not text:
                continue
            block, in_link = node.parent, False
            while block is not None and block.tag_id in INLINE_IDS:
                in_link = in_link or block.tag_id in LINK_ID
                block = block.parent
            if block is None or in_link:
                continue
            entry = found.get(block.mem_id) or found.setdefault(block.mem_id, _Block(block))
            entry.length += len(text)
            entry.commas += text.count(",") + text.count("，") + text.count("、")
        self.blocks = [b for b in found.values() if b.length >= MIN_BLOCK]
        chains: dict[int, tuple[int, ...]] = {}
        for block in self.blocks:
            block.chain = self._chain(block.node, chains)

        self.chars: dict[int, int] = {}
        for block in self.blocks:
            for key in block.chain:
                self.chars[key] = self.chars.get(key, 0) + block.length
        self.total = self.chars.get(root.mem_id, 0) or 1

    def _chain(self, node, chains: dict[int, tuple[int, ...]]) -> tuple[int, ...]:
        """The ids of `node` and its ancestors, nearest first; climbing stops at an ancestor already climbed from."""
        climbed = []
        key = node.mem_id
        while key not in chains:
            climbed.append((key, node))
            node = node.parent
            if node is None:
                break
            key = node.mem_id
        chain = chains[key] if node is not None else ()
        for key, node in reversed(climbed):
            chain = chains[key] = (key, *chain)
            self.nodes[key] = node
        return chain

    def boilerplate(self) -> list:
        """The elements named for boilerplate (share bar, related links, comments, ...) that hold little of the
        page's text, in document order."""
        named: dict[str, bool] = {}  # a page repeats its class names: each is searched once
        limit, found = BOILERPLATE_SHARE * self.total, []
        for node in self.root.css("[class], [id]"):  # `attrs` and `id` read one attribute, `attributes` every one
            marker = f"{node.attrs.get('class') or ''} {node.id or ''}".lower()
            is_named = named.get(marker)
            if is_named is None:
                is_named = named[marker] = BOILERPLATE_WORDS.search(marker) is not None
            if (is_named and node.tag not in ("html", "body", "main", "article")
                    and self.chars.get(node.mem_id, 0) < limit):
                found.append(node)
        return found

    def remove(self, nodes: list) -> None:
        """Remove these elements from the page and forget the blocks inside them."""
        gone = {node.mem_id for node in nodes}
        self.blocks = [b for b in self.blocks if gone.isdisjoint(b.chain)]
        _unlink(nodes)


def _unlink(nodes: list) -> None:
    """Take these elements out of the page, each with what it holds. Only the element itself is unlinked (the
    document frees every node when it goes), so the order does not matter, even for one inside another."""
    for node in nodes:
        node.decompose(recursive=False)


def _never_text(root) -> list:
    """The elements that are never article text: a walk comparing tag ids is several times cheaper than Lexbor
    matching a selector list of 26 tag names against every element."""
    return [node for node in root.traverse() if node.tag_id in NEVER_IDS
            or (node.tag_id in FORM_ID and node.attributes.get("role") == "search")]


def _strip(root) -> _Page:
    """Remove what is never article text or hidden, read the page's text blocks, then remove the boilerplate-named
    elements that hold little of the page's text."""
    _unlink(_never_text(root))
    _unlink(root.css(HIDDEN))
    page = _Page(root)
    page.remove(page.boilerplate())
    return page


def _link_density(node) -> float:
    text = len(node.text(strip=True)) or 1
    return min(1.0, sum(len(a.text(strip=True)) for a in node.css("a")) / text)


def _containers(page: _Page) -> list:
    """The article's container: the best-scoring element (or the run of repeated sections it belongs to), with its
    siblings that score nearly as well or are passages of prose, in document order."""
    scores: dict[int, float] = {}
    subtree: dict[int, float] = {}
    for block in page.blocks:
        points = block.points
        for key, share in zip(block.chain[1:3], (1.0, 0.5)):
            scores[key] = scores.get(key, 0.0) + points * share
        for key in block.chain:
            subtree[key] = subtree.get(key, 0.0) + points
    if not scores:
        return [page.root]
    leading = sorted(scores, key=scores.get, reverse=True)[:TOP_CANDIDATES]
    best = page.nodes[max(leading, key=lambda key: scores[key] * (1 - _link_density(page.nodes[key])))]
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


class _Reader:
    """Reads paragraphs out of a container in document order."""

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.run: list[str] = []
        self.link_chars = 0

    def flush(self) -> None:
        if not self.run:
            return
        joined = "".join(self.run)
        if not joined.strip():
            self.run, self.link_chars = [], 0
            return
        for part in _BLANK_LINE.split(joined) if "\n" in joined else (joined,):
            text = _SPACE_BEFORE_PUNCT.sub("", clean(part.replace("\n", " ")))
            if text and not _NOT_PROSE.match(text) and self.link_chars <= MAX_LINK_SHARE * len(text):
                self.paragraphs.append(text)
        self.run, self.link_chars = [], 0

    def read(self, node) -> None:
        for child in node.iter(include_text=True):
            kind = child.tag_id  # cheaper than the tag's name, which is read only for other elements
            if kind in TEXT_ID:
                self.run.append(child.text_content or "")
            elif kind in INLINE_IDS:
                text = child.text(separator="")
                self.run.append(text)
                if kind in LINK_ID:
                    self.link_chars += len(text.strip())
                elif any(inner.tag_id in LINK_ID for inner in child.traverse()):
                    self.link_chars += len("".join(a.text() for a in child.css("a")).strip())
            elif child.tag == "br":
                self.run.append("\n")
            elif child.tag in SKIP:
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
    page = _strip(body_node)
    reader = _Reader()
    for container in _containers(page):
        if container.tag in INLINE:
            reader.run.append(container.text(separator=""))
        else:
            reader.read(container)
        reader.flush()
    return _trim_edges(reader.paragraphs)
