"""Times a decision gives without a day or a month: 'genoptages i uge 45', '… i 1. kvartal
2024', '… i foråret', '… efter sommerferien', '… i 2024'. Each is a period, its first and
last day; without a year, the first such period that has not ended by the meeting."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Callable
from datetime import date, timedelta

from .danish import MONTH_NAMES_DA

_YEAR = r"(?:\s+(?:i\s+)?(?P<{}>(?:19|20)\d\d)(?!\d))?"
_MONTH = rf"(?:{'|'.join(MONTH_NAMES_DA)})"
PERIOD_RE = re.compile(
    r"\b(?:"
    rf"uge\s+(?P<week>\d{{1,2}})(?!\d){_YEAR.format('week_year')}"
    rf"|(?:(?P<quarter>[1-4])\.|(?P<quarter_word>første|andet|anden|tredje|fjerde))\s*kvartal"
    rf"{_YEAR.format('quarter_year')}"
    rf"|(?:(?P<half>[12])\.|(?P<half_word>første|andet|anden))\s*halvår{_YEAR.format('half_year')}"
    rf"|(?P<season>foråret|sommeren|sensommeren|efteråret){_YEAR.format('season_year')}"
    r"|efter\s+(?P<holiday>sommerferien|jul(?:en)?|nytår(?:et)?)"
    r"|(?P<new_year>i\s+det\s+nye\s+år)"
    # the next week, month or year: 'i næste uge', 'i den kommende måned', 'næste år'
    r"|(?:(?:i|om)\s+)?(?:den\s+)?(?:næste|kommende)\s+(?P<next>uge|måned|år)"
    # a part of a year: 'primo 2024', 'sidst på året', 'i starten af det nye år'
    r"|(?P<part>primo|medio|ultimo|først\s+på|midt\s+på|sidst\s+på"
    r"|i\s+(?:starten|begyndelsen|slutningen)\s+af)\s+"
    r"(?:(?P<part_year>(?:19|20)\d\d)(?!\d)|året|(?P<part_new>det\s+nye\s+år))"
    r"|(?<=\bi\s)(?P<year>(?:19|20)\d\d)(?![\d/.-]\d)"
    r")(?!\w)"
)
# A range of months: 'fra november til januar', 'i perioden marts–maj 2024', 'i
# november-december'.
_RANGE_RE = re.compile(
    rf"\b(?:fra\s+|(?<=\bi\s)(?:perioden\s+)?)(?P<from_month>{_MONTH}){_YEAR.format('from_year')}"
    rf"\s*(?:\s(?:og\s+(?:frem\s+)?)?til\s|[–-])\s*(?P<to_month>{_MONTH}){_YEAR.format('to_year')}"
    r"(?!\w)"
)
# What may lead a month said without a day: 'i marts', 'primo marts', 'inden udgangen af
# marts' (a referral's month, core/followups.py; a deadline's, core/deadlines.py).
_MONTH_LEADS = (
    "i",
    "primo",
    "medio",
    "ultimo",
    r"i\s+løbet\s+af",
    r"i\s+starten\s+af",
    r"i\s+begyndelsen\s+af",
    r"i\s+slutningen\s+af",
    r"inden\s+udgangen\s+af",
    r"sidst\s+i",
    r"først\s+i",
    r"midt\s+i",
)


def month_only_re(*more_leads: str) -> re.Pattern[str]:
    """A month without a day after one of the leads (and more_leads), its year optional:
    groups 'when' (the lead), 'month', 'year'; for a lower-cased text."""
    leads = "|".join((*_MONTH_LEADS, *more_leads))
    return re.compile(
        rf"\b(?P<when>{leads})\s+(?P<month>{'|'.join(MONTH_NAMES_DA)})"
        r"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)"
    )


_ORDINALS = {"første": 1, "andet": 2, "anden": 2, "tredje": 3, "fjerde": 4}
# (first month, months): spring March–May, summer June–August, late summer August–September,
# autumn September–November, after the summer holidays August–September, after Christmas or
# New Year, and in the new year: January.
_SEASONS = {"foråret": (3, 3), "sommeren": (6, 3), "sensommeren": (8, 2), "efteråret": (9, 3)}
_HOLIDAYS = {"sommerferien": (8, 2), "jul": (1, 1), "julen": (1, 1), "nytår": (1, 1)}
_HOLIDAYS["nytåret"] = _HOLIDAYS["nytår"]


# What each period's words hold: a text without any is not scanned (most are not).
_PERIOD_WORDS = (
    *("uge", "kvartal", "halvår", "året", "sommer", "efter", "nye år", "i 19", "i 20"),
    *("primo", "medio", "ultimo", "næste", "kommende"),
)
# A part of a year: its first month and how many ('primo': January–March).
_PARTS = {"primo": (1, 3), "medio": (5, 3), "ultimo": (10, 3)}
for _word in ("først på", "i starten af", "i begyndelsen af"):
    _PARTS[_word] = _PARTS["primo"]
_PARTS["midt på"] = _PARTS["medio"]
for _word in ("sidst på", "i slutningen af"):
    _PARTS[_word] = _PARTS["ultimo"]
# … and a range's: 'fra' or a dash, then a month's name.
_RANGE_WORDS = ("fra ", "-", "–")


def find_period(low: str, meeting_date: date) -> tuple[date, date, int, int] | None:
    """(first day, last day, where it is said, where that ends) of the first period the
    lower-cased text gives; None when it gives none (or a week that does not exist)."""
    found = []
    if any(map(low.__contains__, _PERIOD_WORDS)):
        for m in PERIOD_RE.finditer(low):
            period = _period(m, meeting_date)
            if period is not None:
                found.append((m.start(), (*period, m.start(), m.end())))
                break
    if any(map(low.__contains__, _RANGE_WORDS)) and any(map(low.__contains__, MONTH_NAMES_DA)):
        for m in _RANGE_RE.finditer(low):
            period = _month_range(m, meeting_date)
            if period is not None:
                found.append((m.start(), (*period, m.start(), m.end())))
                break
    return min(found)[1] if found else None


def _period(m: re.Match[str], meeting_date: date) -> tuple[date, date] | None:
    if m["week"]:
        week = int(m["week"])
        return _first_not_ended(m["week_year"], meeting_date, lambda y: _week(y, week))
    if m["quarter"] or m["quarter_word"]:
        quarter = int(m["quarter"]) if m["quarter"] else _ORDINALS[m["quarter_word"]]
        return _first_not_ended(m["quarter_year"], meeting_date, _months(3 * quarter - 2, 3))
    if m["half"] or m["half_word"]:
        half = int(m["half"]) if m["half"] else _ORDINALS[m["half_word"]]
        if half > 2:
            return None
        return _first_not_ended(m["half_year"], meeting_date, _months(6 * half - 5, 6))
    if m["season"]:
        first, count = _SEASONS[m["season"]]
        return _first_not_ended(m["season_year"], meeting_date, _months(first, count))
    if m["holiday"]:
        first, count = _HOLIDAYS[m["holiday"]]
        if first == 1:  # after Christmas or New Year: the January after the meeting
            return date(meeting_date.year + 1, 1, 1), date(meeting_date.year + 1, 1, 31)
        return _first_not_ended(None, meeting_date, _months(first, count))
    if m["next"]:
        if m["next"] == "uge":
            monday = meeting_date - timedelta(days=meeting_date.weekday()) + timedelta(days=7)
            return monday, monday + timedelta(days=6)
        if m["next"] == "år":
            return date(meeting_date.year + 1, 1, 1), date(meeting_date.year + 1, 12, 31)
        year, month = meeting_date.year + meeting_date.month // 12, meeting_date.month % 12 + 1
        return _months(month, 1)(year)
    if m["part"]:
        first, count = _PARTS[" ".join(m["part"].split())]
        if m["part_new"]:
            return _months(first, count)(meeting_date.year + 1)
        return _first_not_ended(m["part_year"], meeting_date, _months(first, count))
    if m["new_year"]:
        return date(meeting_date.year + 1, 1, 1), date(meeting_date.year + 1, 1, 31)
    year = int(m["year"])
    return date(year, 1, 1), date(year, 12, 31)


Period = tuple[date, date]


def _first_not_ended(
    written: str | None, meeting_date: date, period: Callable[[int], Period | None]
) -> Period | None:
    """The period in the year written; without one, in the meeting's year unless it ended
    before the meeting, then the next."""
    if written:
        return period(int(written))
    this = period(meeting_date.year)
    if this is not None and this[1] >= meeting_date:
        return this
    return period(meeting_date.year + 1)


def _month_range(m: re.Match[str], meeting_date: date) -> Period | None:
    """'fra november til januar': November's first day to January's last, over the new
    year when the second month comes before the first; a year written on either end fixes
    both, else the first such range not over by the meeting."""
    first = MONTH_NAMES_DA.index(m["from_month"]) + 1
    last = MONTH_NAMES_DA.index(m["to_month"]) + 1
    months = _months(first, (last - first) % 12 + 1)
    if m["from_year"]:
        found = months(int(m["from_year"]))
    elif m["to_year"]:
        found = months(int(m["to_year"]) - (last < first))
    else:
        return _first_not_ended(None, meeting_date, months)
    if m["to_year"] and found[1].year != int(m["to_year"]):
        return None  # 'fra marts 2024 til maj 2026': more than a year, not one period
    return found


def _week(year: int, week: int) -> tuple[date, date] | None:
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:  # week 0, or 53 in a year of 52
        return None
    return monday, monday + timedelta(days=6)


def _months(first: int, count: int) -> Callable[[int], Period]:
    """The period of count months from month first, in a year."""

    def period(year: int) -> Period:
        last_month = first + count - 1
        end_year, end_month = year + (last_month - 1) // 12, (last_month - 1) % 12 + 1
        return date(year, first, 1), date(end_year, end_month, monthrange(end_year, end_month)[1])

    return period


# A time from the meeting on: 'om 14 dage', 'om to uger', 'om en måned', 'om et halvt år'.
_COUNTS = {
    **{"en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7},
    **{"otte": 8, "ni": 9, "ti": 10, "fjorten": 14, "et halvt": 0.5, "halvanden": 1.5},
}
_RELATIVE_RE = re.compile(
    rf"\bom\s+(?P<count>\d{{1,2}}|{'|'.join(sorted(_COUNTS, key=len, reverse=True))})\s+"
    r"(?P<unit>dage?|uger?|måned(?:er)?|år)(?!\w)"
)


def find_relative(low: str, meeting_date: date) -> tuple[date, bool, int, int] | None:
    """(the day, or the month's first; whether a month is meant; where it is said and ends)
    of a time the lower-cased text counts from the meeting: days and weeks a day ('om 14
    dage'), months and years a month ('om en måned', 'om et halvt år'); None without one."""
    if "om " not in low:
        return None
    m = _RELATIVE_RE.search(low)
    if m is None:
        return None
    count = float(m["count"]) if m["count"].isdigit() else _COUNTS[m["count"]]
    unit = m["unit"]
    if unit.startswith(("dag", "uge")):
        days = count * (7 if unit.startswith("uge") else 1)
        return meeting_date + timedelta(days=round(days)), False, m.start(), m.end()
    months = round(count * (12 if unit == "år" else 1))
    if not months:
        return None  # 'om en halv måned' is no month
    index = meeting_date.month - 1 + months
    return date(meeting_date.year + index // 12, index % 12 + 1, 1), True, m.start(), m.end()


def period_label(
    first: date, last: date, month_name: Callable[[int], str] | None = None, week: str = "uge"
) -> str:
    """A period as Danish says it: 'uge 45 2023', 'marts–maj 2024', '2024', 'december
    2023–januar 2024'. month_name and week: another language's words (the web's)."""
    if first.weekday() == 0 and last - first == timedelta(days=6):
        year, number, _ = first.isocalendar()
        return f"{week} {number} {year}"
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and first.year == last.year:
        return str(first.year)
    name = month_name or (lambda month: MONTH_NAMES_DA[month - 1])
    start, end = name(first.month), name(last.month)
    if first.year != last.year:
        return f"{start} {first.year}–{end} {last.year}"
    if first.month == last.month:
        return f"{start} {first.year}"
    return f"{start}–{end} {first.year}"
