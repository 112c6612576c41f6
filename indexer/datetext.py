"""Reading a calendar date out of text as publishers write it: ISO timestamps, numeric day-month-year forms, and
month names in English, Spanish, Portuguese, French, Italian, German, Dutch, Russian, Turkish and Arabic.

Dates are taken as written, without converting time zones; a date after tomorrow or before 1990 is no date.
"""
from __future__ import annotations

import datetime as dt
import re

from .textutil import folded

EARLIEST = dt.date(1990, 1, 1)
_MONTH_NAMES = {
    1: "january jan enero ene janeiro janvier janv gennaio genn januar jän januari января январь январе ocak يناير كانون_الثاني",
    2: "february feb febrero febr fevereiro fev février févr fevrier febbraio febbr februar februari февраля февраль şubat فبراير شباط",
    3: "march mar marzo março marco mars märz maerz maart mrt марта март mart مارس آذار",
    4: "april apr abril abr avril avr aprile апреля апрель nisan أبريل ابريل إبريل نيسان",
    5: "may mayo maio mai maggio mei мая май mayıs مايو أيار",
    6: "june jun junio junho juin giugno juni июня июнь haziran يونيو يونيه حزيران",
    7: "july jul julio julho juillet juil luglio juli июля июль temmuz يوليو يوليه تموز",
    8: "august aug agosto ago août aout augustus августа август ağustos أغسطس آب",
    9: "september sep sept septiembre setiembre setembro set septembre settembre сентября сентябрь eylül سبتمبر أيلول",
    10: "october oct octubre outubro out octobre ottobre ott oktober okt октября октябрь ekim أكتوبر اكتوبر تشرين_الأول",
    11: "november nov noviembre novembro novembre ноября ноябрь kasım نوفمبر تشرين_الثاني",
    12: "december dec diciembre dic dezembro dez décembre decembre dicembre dezember декабря декабрь aralık ديسمبر كانون_الأول",
}
MONTHS = {name.replace("_", " "): number for number, names in _MONTH_NAMES.items() for name in names.split()}
_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_DATE = re.compile(
    rf"(?<!\d)(?:(?P<iy>{_YEAR})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?!\d)"
    rf"|(?P<na>\d{{1,2}})[./-](?P<nb>\d{{1,2}})[./-](?P<ny>{_YEAR})(?!\d)"
    rf"|(?P<dd>\d{{1,2}})(?:st|nd|rd|th|er|º|°)?\.?\s+(?:de\s+)?(?P<dm>{_NAMES})\.?,?\s+(?:de\s+)?(?P<dy>{_YEAR})"
    rf"|(?P<mm>{_NAMES})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>{_YEAR}))(?!\d)",
    re.I,
)


_TIME = re.compile(r"(?<!\d)\d{1,2}[:h.]\d\d(?!\d)")
_DATE_BEFORE_TIME = 80  # characters: the longest date ("25 de septiembre de 2020") and what joins it to the time
_TIME_AFTER = re.compile(r"\s*(?:,|-|–|\||at|às|a las|um|à|alle)?\s*\d{1,2}[:h.]\d\d(?!\d)", re.I)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date if EARLIEST <= date <= dt.date.today() + dt.timedelta(days=1) else None


def _month(name: str) -> int:
    return MONTHS.get(name.lower()) or MONTHS.get(folded(name), 0)


def read_date(text: str | None, *, dayfirst: bool = True) -> dt.date | None:
    """The first calendar date written in `text`, or None.

    `dayfirst` settles numeric dates like 05/03/2020 (day first except where the page is American English).
    """
    if not text or not re.search(r"\d", text):
        return None
    for match in _DATE.finditer(text):
        groups = match.groupdict()
        if groups["iy"]:
            date = _valid(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        elif groups["ny"]:
            first, second = int(groups["na"]), int(groups["nb"])
            day, month = (first, second) if dayfirst else (second, first)
            if month > 12:  # 17/03/2020 can only be day first, 03/17/2020 only month first
                day, month = month, day
            date = _valid(int(groups["ny"]), month, day)
        elif groups["dy"]:
            date = _valid(int(groups["dy"]), _month(groups["dm"]), int(groups["dd"]))
        else:
            date = _valid(int(groups["my"]), _month(groups["mm"]), int(groups["md"]))
        if date:
            return date
    return None


def is_date_line(text: str) -> bool:
    """Whether a short line is nothing but a date (with perhaps a weekday and a time), as in a dateline."""
    match = _DATE.search(text)
    if not match:
        return False
    rest = (text[: match.start()] + text[match.end():]).strip(" ,.-|·")
    return len(rest) <= 25 and not re.search(r"[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}", rest, re.I)


def read_timestamp(text: str, *, dayfirst: bool = True) -> dt.date | None:
    """The first date in `text` that is followed by a time of day ("2020-03-04 16:52", "9 oktober 2020 11:12"):
    how pages print when a story went up."""
    for time in _TIME.finditer(text):  # dates are searched only just before a time: the search is slow on long text
        for match in _DATE.finditer(text, max(0, time.start() - _DATE_BEFORE_TIME), time.start()):
            if _TIME_AFTER.match(text, match.end()):
                date = read_date(match.group(), dayfirst=dayfirst)
                if date:
                    return date
    return None
