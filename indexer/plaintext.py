"""Plain-text exports in the seed's format: title, byline, date, then the body, then "Original url:" and the URL.

Header lines are recognised by what they look like, not by position, so a missing byline or date is tolerated.
Photo captions, "Related article:" lines and the URL trailer are not body text.
"""
from __future__ import annotations

import re

from search.model import Article

from .datetext import is_date_line, read_date
from .textutil import clean, join_paragraphs, repair_url, source_from_url

HEADER_LINES = 6
_BYLINE = re.compile(r"^(?:by|from)\s+(?P<names>.{2,120})$", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|\band\b|&)\s*", re.I)
_URL_LABEL = re.compile(r"^(?:original\s+)?(?:url|link|source\s+url)\s*:\s*(?P<rest>.*)$", re.I)
_RELATED = re.compile(r"^(?:related(?:\s+articles?)?|read\s+(?:more|also)|see\s+also|more\s+on\s+this)\s*:", re.I)
_CREDIT = re.compile(
    r"(?:\s/\s|photo(?:graph)?\s*:|getty images|reuters|\bafp\b|\bepa\b|\bap photo\b|shutterstock|news agency|"
    r"handout|\bpool\b|\bimago\b|\btass\b|ria novosti)",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…\"”’»)]$")


def split_names(text: str) -> list[str]:
    """Author names from a byline such as "Jane Doe and John Roe" or "AFP, Reuters"."""
    return [name for name in (clean(n) for n in _NAME_SPLIT.split(text)) if name]


def is_caption(paragraph: str) -> bool:
    """A photo caption with a credit, such as "Dmitry Peskov. Arthur Novosiltsev / Moskva News Agency"."""
    words = paragraph.split()
    if len(words) > 40 or _SENTENCE_END.search(paragraph):
        return False
    return bool(_CREDIT.search(paragraph)) or paragraph.lower().startswith(("photo:", "image:", "pictured:"))


def parse_text(text: str, path: str | None = None) -> Article:
    """An Article from a plain-text export (see the module docstring)."""
    lines = [clean(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    url, lines = _take_url(lines)
    title, authors, date, body_start = "", [], None, 0
    for index, line in enumerate(lines[:HEADER_LINES]):
        if not title:
            title, body_start = line, index + 1
        elif not authors and (match := _BYLINE.match(line)):
            authors, body_start = split_names(match["names"]), index + 1
        elif date is None and is_date_line(line) and (date := read_date(line, dayfirst=False)):
            body_start = index + 1
        else:
            break
    paragraphs = [p for p in lines[body_start:] if not _RELATED.match(p)]
    while paragraphs and is_caption(paragraphs[0]):
        paragraphs.pop(0)
    paragraphs = [p for p in paragraphs if not is_caption(p)]
    body = join_paragraphs(paragraphs)
    return Article(
        title=title,
        body=body,
        date=date,
        authors=authors,
        source=source_from_url(url) if url else "",
        url=url,
        path=path or "",
    )


def _take_url(lines: list[str]) -> tuple[str, list[str]]:
    """The URL of an "Original url:" trailer (possibly broken over lines or by spaces), and the lines before it."""
    for index in range(len(lines) - 1, max(-1, len(lines) - 6), -1):
        match = _URL_LABEL.match(lines[index])
        if match:
            return repair_url(match["rest"] + "".join(lines[index + 1:])), lines[:index]
    return "", lines
