"""One person, one speaker across the archive.

Articles spell names differently ("Dmitry Peskov", "Dmitri Peskov") and often give only a surname. As articles
are indexed, each full name is kept as it was first seen; a later variant with the same surname and a matching
first name (the same initial and at most two letters apart, or one a short form of the other) maps to it, and a lone
surname maps to the one full name that has it. Two people who share a surname ("Bill Clinton", "Hillary Clinton")
stay apart. A lone surname shared by several people is left as it is, unless one of them is quoted across the
archive far more often than the others and than the lone surname itself: an article that writes only "Trump" means
Donald Trump, not Ivanka.
"""
from __future__ import annotations

from collections.abc import Mapping

from .names import looks_like_a_person
from .textutil import folded

DOMINANT = 3  # how many times more articles quote the person a lone surname means than all others of that name


def _close(a: str, b: str) -> bool:
    """Whether two first names are spellings of one name: Dmitry/Dmitri, Volodymyr/Volodimir, Dan/Daniel."""
    a, b = folded(a.rstrip(".")), folded(b.rstrip("."))
    if a == b:
        return True
    if not a or not b or a[0] != b[0]:
        return False
    if len(a) == 1 or len(b) == 1:  # an initial
        return True
    if a.startswith(b) or b.startswith(a):
        return min(len(a), len(b)) >= 3
    return _distance(a, b) <= 2 and min(len(a), len(b)) >= 4


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


class SpeakerNames:
    """The canonical speaker names of an archive, growing as articles are indexed."""

    def __init__(self, known: Mapping[str, int] | None = None) -> None:
        """`known`: the archive's speakers so far, with how many articles quote each, most quoted first."""
        self._by_surname: dict[str, list[str]] = {}
        self._articles = dict(known or {})
        for name in self._articles:
            self._register(name)

    def _register(self, name: str) -> None:
        parts = name.split()
        if len(parts) >= 2:
            entries = self._by_surname.setdefault(folded(parts[-1]), [])
            if name not in entries:
                entries.append(name)

    def canonical(self, name: str) -> str:
        """The archive's name for this speaker; a new full name becomes canonical itself."""
        parts = name.split()
        if not parts:
            return name
        known = self._by_surname.get(folded(parts[-1]), [])
        if len(parts) == 1:
            return known[0] if len(known) == 1 else name
        for candidate in known:
            if _close(parts[0], candidate.split()[0]) and len(candidate.split()) >= len(parts) - 1:
                return candidate
        self._register(name)
        return name

    def for_surname(self, surname: str) -> str:
        """The full name a lone surname stands for once the whole archive is counted: the only one with it, or the
        person quoted in `DOMINANT` times as many articles as everyone else of that name together, and in more than
        the lone surname; else the surname itself."""
        holders = self._by_surname.get(folded(surname), [])
        if len(holders) == 1:
            return holders[0]
        people = sorted((h for h in holders if looks_like_a_person(h)), key=lambda h: -self._articles.get(h, 0))
        if not people:
            return surname
        most = self._articles.get(people[0], 0)
        others = sum(self._articles.get(h, 0) for h in people[1:])
        return people[0] if most >= DOMINANT * others and most > self._articles.get(surname, 0) else surname
