"""Dates as users write them (`2024`, `2024-09`, `2024-09-25`, ranges) and as the index stores them (YYYYMMDD)."""
from __future__ import annotations

import calendar
import datetime as dt
import re

from .errors import QueryError

ACCEPTED = (
    "use YYYY, YYYY-MM or YYYY-MM-DD, or a range FROM..TO where either end may be left open "
    "(date:2024-09-01..2024-09-30, date:..2024-09-30, date:2024-09-01..)"
)
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")

DateLike = dt.date | dt.datetime | str | None


def to_int(day: dt.date) -> int:
    """The stored form of a date: YYYYMMDD as an integer, which sorts and ranges like the date."""
    return day.year * 10000 + day.month * 100 + day.day


def from_int(value: int | None) -> dt.date | None:
    """The date stored as YYYYMMDD, or None."""
    if not value:
        return None
    return dt.date(value // 10000, value // 100 % 100, value % 100)


def span(value: DateLike, *, what: str = "date") -> tuple[dt.date, dt.date] | None:
    """The first and last day a date, month or year covers; None for an empty value.

    Raises QueryError naming the bad value and the accepted forms.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value, value
    text = str(value).strip()
    match = _PARTIAL.match(text)
    if not match:
        raise QueryError(f"{what} {text!r} is not a date: {ACCEPTED}")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if day is None:
            return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
        return dt.date(year, month, day), dt.date(year, month, day)
    except ValueError as exc:
        raise QueryError(f"{what} {text!r} is not a real date ({exc}): {ACCEPTED}") from None


def parse_range(text: str) -> tuple[dt.date | None, dt.date | None]:
    """A `date:` value: one date, month or year, or FROM..TO with an open end allowed."""
    if ".." in text:
        lo_text, hi_text = text.split("..", 1)
        lo, hi = span(lo_text, what="date:"), span(hi_text, what="date:")
        if lo is None and hi is None:
            raise QueryError(f"date:{text} has no date at either end: {ACCEPTED}")
        start, end = (lo[0] if lo else None), (hi[1] if hi else None)
        if start and end and start > end:
            raise QueryError(f"date:{text} ends before it starts: {ACCEPTED}")
        return start, end
    covered = span(text, what="date:")
    if covered is None:
        raise QueryError(f"date: needs a value: {ACCEPTED}")
    return covered
