"""When a follow-up is due, as its sentence says.

'Økonomichefen følger op inden 1. marts', 'Ansvarlig: HR, senest d. 15. januar', 'Frist: 1.
marts': that day. 'HR vender tilbage med en tidsplan i marts', '… inden udgangen af marts':
the month's last day ('primo marts', 'først i marts': its 10th; 'medio marts', 'midt i
marts': its 20th). '… inden sommerferien' (30 June), '… inden jul' (23 December), '… inden
nytår' or 'inden udgangen af året' (31 December); '… i uge 12', '… i 1. kvartal', '… i
foråret': the period's last day (core/periods.py); '… om 14 dage' that day, '… om en
måned' the month's last day; '… inden fredag' the next Friday after the meeting. Without a
year, the first such time that has not passed by the meeting: a deadline is never behind
it.

Read in the words after the party, in its clause ('Økonomichefen følger op, og sagen
behandles i ØK d. 6. december' is no deadline: the date is the referral's); a date before the
meeting is none ('… følger op på drøftelsen d. 3. marts'). 'På næste møde' gives no day here:
which meeting that is, is the archive's to know (core/followups.py notes the body, the store
finds its meeting).
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from .danish import MONTH_NAMES_DA
from .dates import find_dates
from .periods import find_period, find_relative, month_only_re

# Where the party's clause ends: another clause of its own.
_CLAUSE_END_RE = re.compile(r",\s+(?:og|så|hvorefter|mens|men|hvor)\s|;\s")
_MONTH_RE = month_only_re("inden", "senest", "til")
_EARLY = ("primo", "først i", "i starten af")
_MIDDLE = ("medio", "midt i")
# Before a holiday or the year's end: (month, day).
_BEFORE_RE = re.compile(
    r"\b(?:inden|før|senest\s+(?:inden|før))\s+(?P<what>sommerferien|jul(?:en)?|nytår(?:et)?|"
    r"udgangen\s+af\s+året|årets\s+udgang)\b"
)
_BEFORE = {"sommerferien": (6, 30), "jul": (12, 23), "julen": (12, 23)}
# A weekday without a date: 'inden fredag', 'senest på mandag', 'til torsdag' (the next such
# day after the meeting; 'fredag d. 3. marts' is the date's).
_WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
_WEEKDAY_RE = re.compile(
    rf"\b(?:inden|senest|til|på|før)(?:\s+(?:på|inden|før))?\s+(?:(?:førstkommende|kommende|"
    rf"næste)\s+)?(?P<day>{'|'.join(_WEEKDAYS)})(?:en)?\b(?!\s+(?:d\.|den)?\s*\d)"
)


def _ahead(clause: str, at: int, when: date, meeting_date: date) -> tuple[int, date]:
    """A date without its year written is the year nearest the meeting (core/dates.py); a
    deadline is never behind it: one that falls before the meeting is the next year's ('inden
    1. marts' in May). A year written stands ('inden 1. marts 2023')."""
    if when >= meeting_date or str(when.year) in clause[at : at + _DATE_REACH]:
        return at, when
    try:
        return at, when.replace(year=when.year + 1)
    except ValueError:  # 29 February
        return at, when


_DATE_REACH = 24  # characters a date with its year spans at most ('d. 15. september 2023')


def party_clause(words: str) -> str:
    """The words after a follow-up's party up to the end of its clause, where a deadline is
    the party's."""
    return _CLAUSE_END_RE.split(words, maxsplit=1)[0]


def due_date(clause: str, low: str, meeting_date: date) -> date | None:
    """The deadline the words after a follow-up's party give (see above), or None: clause,
    those words to their clause's end (party_clause); low, the clause lower-cased."""
    found: list[tuple[int, date]] = [
        (at, when)
        for at, when in (
            _ahead(clause, at, when, meeting_date) for at, when in find_dates(clause, meeting_date)
        )
        if when >= meeting_date
    ][:1]
    if any(map(low.__contains__, MONTH_NAMES_DA)) and (m := _MONTH_RE.search(low)):
        month = MONTH_NAMES_DA.index(m["month"]) + 1
        year = int(m["year"]) if m["year"] else meeting_date.year + (month < meeting_date.month)
        day = (
            10
            if m["when"] in _EARLY
            else 20
            if m["when"] in _MIDDLE
            else monthrange(year, month)[1]
        )
        found.append((m.start(), date(year, month, day)))
    if ("inden" in low or "før" in low) and (m := _BEFORE_RE.search(low)):
        month, day = _BEFORE.get(m["what"], (12, 31))
        when = date(meeting_date.year, month, day)
        found.append((m.start(), when if when >= meeting_date else date(when.year + 1, month, day)))
    if period := find_period(low, meeting_date):
        found.append((period[2], period[1]))
    if "dag" in low and (m := _WEEKDAY_RE.search(low)):
        ahead = (_WEEKDAYS.index(m["day"]) - meeting_date.weekday() - 1) % 7 + 1
        found.append((m.start(), meeting_date + timedelta(days=ahead)))
    if relative := find_relative(low, meeting_date):  # 'om 14 dage'; 'om en måned': its end
        when, in_month, at, _ = relative
        last = date(when.year, when.month, monthrange(when.year, when.month)[1])
        found.append((at, last if in_month else when))
    found = [(at, when) for at, when in found if when >= meeting_date]
    return min(found)[1] if found else None
