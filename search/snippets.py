"""Snippets: the passages of an article body around the matched words, as escaped HTML and as plain text."""
from __future__ import annotations

from html import escape

from whoosh import highlight

from .schema import STEMMED

SNIPPET_CHARS = 240
SNIPPET_SCOPE = 3000
ELLIPSIS = " "


class _Elided(highlight.Formatter):
    """Marks with "…" where a passage starts or ends inside the text."""

    between = ELLIPSIS

    def format_fragment(self, fragment, replace: bool = False) -> str:
        text = super().format_fragment(fragment, replace).strip()
        head = "… " if fragment.startchar > 0 else ""
        tail = " …" if fragment.endchar < len(fragment.text) else ""
        return head + text + tail


class _MarkFormatter(_Elided):
    """Matches in `<mark>`, everything else HTML-escaped."""

    def _text(self, text: str) -> str:
        return escape(text, quote=False)

    def format_token(self, text: str, token, replace: bool = False) -> str:
        return "<mark>" + escape(highlight.get_text(text, token, replace), quote=False) + "</mark>"


class _PlainFormatter(_Elided):

    def format_token(self, text: str, token, replace: bool = False) -> str:
        return highlight.get_text(text, token, replace)


def _terms(words: list[str]) -> frozenset[str]:
    return frozenset(token.text for word in words for token in STEMMED(word))


def _lead(body: str) -> str:
    if len(body) <= SNIPPET_CHARS:
        return body
    cut = body.rfind(" ", 0, SNIPPET_CHARS)
    return body[: cut if cut > 0 else SNIPPET_CHARS] + " …"


def make_snippet(body: str, words: list[str]) -> tuple[str, str]:
    """(html, text) of the best passages of `body` for `words`; the article's lead when nothing matches."""
    body = " ".join(body[:SNIPPET_SCOPE].split())  # passages come from the first pages of a long article
    terms = _terms(words)
    if terms:
        fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS, surround=70)
        args = (body, terms, STEMMED, fragmenter)
        html = highlight.highlight(*args, _MarkFormatter(), top=2)
        if html:
            plain = highlight.highlight(*args, _PlainFormatter(), top=2)
            return html.replace("… …", "…"), plain.replace("… …", "…")
    lead = _lead(body)
    return escape(lead, quote=False), lead
