"""Small text helpers shared by the parsers: decoding bytes, normalising text, URLs, ids and sources."""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

from charset_normalizer import from_bytes

_ODD_SPACES = r"\t\u00a0\u2000-\u200b\u202f\u205f\u3000"  # tabs, no-break, typographic and ideographic spaces
_ODD_SPACE = re.compile(rf"[{_ODD_SPACES}]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]")

KNOWN_SOURCES = {
    "themoscowtimes.com": "The Moscow Times",
    "reuters.com": "Reuters",
    "apnews.com": "AP News",
    "bbc.co.uk": "BBC",
    "bbc.com": "BBC",
    "nytimes.com": "The New York Times",
    "theguardian.com": "The Guardian",
    "washingtonpost.com": "The Washington Post",
    "aljazeera.com": "Al Jazeera",
    "tass.com": "TASS",
    "dw.com": "DW",
    "france24.com": "France 24",
    "cnn.com": "CNN",
    "kyivindependent.com": "The Kyiv Independent",
}


class BinaryContent(ValueError):
    """The bytes are not text."""


def decode(data: bytes, declared: str | None = None) -> str:
    """Text from bytes: a BOM, then the declared encoding, then UTF-8, then detection. Raises BinaryContent."""
    return decode_with_encoding(data, declared)[0]


def decode_with_encoding(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """`decode`, and the name of the encoding the bytes were read in ("utf-8" when they are exactly UTF-8)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096]:
        raise BinaryContent("binary data (NUL bytes), not text")
    if declared:
        try:
            return data.decode(declared), codecs.lookup(declared).name
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise BinaryContent("not text in any known encoding")
    return data.decode(best.encoding, errors="replace"), best.encoding


def folded(text: str) -> str:
    """`text` without accents and case, for comparing names and words as readers do ("José" = "jose")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def clean(text: str) -> str:
    """NFC-normalised text with runs of spaces folded and control characters removed, stripped."""
    text = unicodedata.normalize("NFC", _CONTROL.sub("", text))
    text = _ODD_SPACE.sub(" ", text)
    while "  " in text:  # a regular expression that replaced every run of spaces took most of the time of cleaning
        text = text.replace("  ", " ")
    return text.strip()


def join_paragraphs(paragraphs: list[str]) -> str:
    """The body form: non-empty paragraphs joined by one blank line."""
    return "\n\n".join(p for p in (clean(p) for p in paragraphs) if p)


def repair_url(text: str) -> str:
    """A URL with stray whitespace (line wrapping, export glitches) removed; "" when it is not an http URL."""
    url = re.sub(r"\s+", "", text or "")
    if not re.match(r"^https?://[^/\s]+", url, re.I):
        return ""
    return url


def canonical_url(url: str) -> str:
    """The URL used as identity: scheme and host lower-cased, fragment and trailing slash dropped."""
    parts = urlsplit(url.strip())
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def article_id(key: str) -> str:
    """A short stable id for an article, from its canonical URL or else its path."""
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def domain_of(url: str) -> str:
    host = urlsplit(url).netloc.lower().split("@")[-1].split(":")[0]
    return host[4:] if host.startswith("www.") else host


def source_from_url(url: str) -> str:
    """The publication's name for well-known domains, else the domain itself."""
    domain = domain_of(url)
    for known, name in KNOWN_SOURCES.items():
        if domain == known or domain.endswith("." + known):
            return name
    return domain
