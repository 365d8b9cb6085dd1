"""Danish dates in running text: 'd. 6. december', '6. feb', '27.april', '16 maj',
'20. januar 2021', 'd.14. november', '01-02-2022', 'den 6/12', 'senest 15/12', 'd. 6.12.',
'd. 6/12-2022', 'd. 06.12.22',
'6.-7. marts', '15-16. marts', '6., 7. og 8. marts', '2022-12-06'.

A date written without a year takes the year that puts it nearest the meeting date, so that
'6. feb' in minutes of 30 November 2022 is 6 February 2023.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from operator import itemgetter

from .danish import MONTH_RE, MONTHS

_DAY = r"(?P<day>[0-3]?\d)"
# A numeric date starts a word, or follows 'd.' at once: 'd.06.12.22'.
_AFTER_D = r"(?:(?<![\w.,/-])|(?<=\bd\.))"
_NAMED_RE = re.compile(
    rf"(?:(?<![\w.,/])|(?<=\bd\.))(?<![^\W\d]-)(?<![0-9]{3}-){_DAY}\.?\s?(?P<month>{MONTH_RE})\b\.?"
    rf"(?:\s+(?P<year>(?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
# The first day of a range or pair sharing one month: 'd. 6.-7. december', '6. og 13. maj',
# 'd. 5. og d. 6. december';
# and the days listed before it: '6., 7. og 8. marts'.
_PAIRED_DAY_RE = re.compile(
    r"(?<![\w.,/-])(?<![Pp]unkt )(?<![Pp]kt\. )(?<![Pp]kt )"  # (not 'punkt 6. og den 13. …')
    r"(?P<day>[0-3]?\d)\.?\s*(?:-|–|og|til)\s*(?:(?:d\.|den)\s*)?$"
)
_LISTED_DAY_RE = re.compile(r"(?<![\w.,/-])(?P<day>[0-3]?\d)\.\s*,\s*$")
# … or with another body's name between: 'i ØK den 6. og i KB den 13. december'.
_PAIRED_ACROSS_RE = re.compile(
    r"(?:\bd\.|\bden)\s*(?P<day>[0-3]?\d)\.\s+og\s+(?:(?:i|på|for)\s+)?[\w-]+\s+(?:d\.|den)\s*$",
    re.IGNORECASE,
)
_NUMERIC_RE = re.compile(_AFTER_D + r"(?P<d>[0-3]?\d)([-./])(?P<m>[01]?\d)\2(?P<y>(?:19|20)\d\d)\b")
# A day/month without a year only after 'd.' or 'den', where it cannot be a fraction:
# 'den 6/12', 'd. 6.12.' (not '6.12.22' or '6.12.2022', which have a year).
_SHORT_NUMERIC_RE = re.compile(r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)\b(?![/.-]\d|\s(?:19|20)\d\d\b)")
_SHORT_DOTTED_RE = re.compile(
    r"(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\b(?![.,/-]?\d)(?!\s*(?:(?:mio|mia|mill|pct|procent|kr)\b|%))",
    re.IGNORECASE,
)
# Danish short forms with a year: '6/12-2022', '6/12 2022', '12/1-23', '06.12.22'. A two-digit
# year only after 'd.' or 'den' or a word only a time follows ('senest 15.12.22'; elsewhere
# '1.2.23' may be a section number), or after a day/month with a slash ('12/1-23').
_SLASH_YEAR_RE = re.compile(
    _AFTER_D + r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)"
    r"(?:-|\s(?=(?:19|20)\d\d\b))(?P<y>(?:19|20)\d\d|\d\d)\b(?![/.-]\d)"
)
_TWO_DIGIT_YEAR_RE = re.compile(
    _AFTER_D + r"(?P<d>[0-3]?\d)([-.])(?P<m>[01]?\d)\2(?P<y>\d\d)\b(?![/.-]\d)"
)
# ISO 8601, as a system writes a date into a text: '2022-12-06' (not '2024-2027', a period).
_ISO_RE = re.compile(
    r"(?<![\w.,/-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w/-]|[.,]\d)"
)
_SLASH_SPACE_YEAR_RE = re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})\s(?P<y>\d{4})")
HEADER_DATE_RE = re.compile(r"(?P<d>\d{1,2})[-./](?P<m>\d{1,2})[-./](?P<y>\d{4})")
WRITTEN_DATE_RE = re.compile(
    rf"(?P<d>\d{{1,2}})\.\s*(?P<month>{MONTH_RE})\b\.?\s+(?P<y>\d{{4}})", re.IGNORECASE
)


def make_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the numbers name no calendar day."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, anchor: date) -> date | None:
    """The date with this day and month nearest to anchor (within a year either way)."""
    near = make_date(anchor.year, month, day)
    if near and abs((near - anchor).days) <= 182:  # the other years' are 183 days away or more
        return near
    best: date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = make_date(year, month, day)
        if d and (best is None or abs((d - anchor).days) < abs((best - anchor).days)):
            best = d
    return best


def parse_numeric(text: str) -> date | None:
    """'20-01-2021' (or '20.01.2021', '20/01/2021', '20/1 2021', '2021-01-20') → date(2021, 1,
    20); also written out, '20. januar 2021'."""
    m = HEADER_DATE_RE.search(text) or _SLASH_SPACE_YEAR_RE.search(text) or _ISO_RE.search(text)
    if m:
        return make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    m = WRITTEN_DATE_RE.search(text)
    if m:
        return make_date(int(m["y"]), MONTHS[m["month"].lower()], int(m["d"]))
    return None


# Runs of ASCII digits, the only ones minutes are written with: re scans for a range a third
# faster than for '\d' (a Unicode category), and for 'x x*' about twice as fast as for 'x+'.
_DIGITS_RE = re.compile(r"[0-9][0-9]*")
_NUMERIC_SEPARATORS = ("-", ".", "/")
_SHORT_LEAD_RE = re.compile(r"\b(?:d\.\s*|den\s+)\Z", re.IGNORECASE)  # 'd.1.2.' too
# A day/month with a slash is a date after a word that only a time follows ('senest 15/12',
# 'til 1/3', 'mandag 5/12') or after another such date ('d. 6/12 og 13/12'), unless a
# fraction's words follow it ('til 1/3 af budgettet', '1/2 time').
_SLASH_LEAD_RE = re.compile(
    r"(?:(?<!\w)(?:til|fra|senest|inden|indtil|pr\.|per|efter|før|"
    r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
    r"|(?<![\w.,/-])[0-3]?\d/[01]?\d\s*(?:og|,|-|–|til))\s*\Z",
    re.IGNORECASE,
)
_FRACTION_AFTER_RE = re.compile(
    r"-|\s*(?:af|del|dele|time|timer|times|år|års|pct|procent|mio|mia)\b", re.IGNORECASE
)


def find_dates(text: str, anchor: date) -> Iterator[tuple[int, date]]:
    """Every calendar date in text, as (offset, date), in order of appearance."""
    # Every form starts with a run of digits, and a text has few: the patterns are tried at
    # those only, which is several times faster than letting each scan the whole text.
    found: list[tuple[int, date]] = []
    named_done = numeric_done = 0  # the forms' matches do not overlap, as with finditer
    # A day is one digit or two from 0-3 followed by '.', a space or a month (named), '-', '.'
    # or '/' (numeric), '/' (short): a year, an amount or a journal number is passed by.
    end_of_text = len(text)
    for run in _DIGITS_RE.finditer(text):
        at, end = run.span()
        if end - at > 2 or (end - at == 2 and text[at] > "3"):
            m = _ISO_RE.match(text, at) if end - at == 4 and text[end : end + 1] == "-" else None
            d = make_date(int(m["y"]), int(m["m"]), int(m["d"])) if m else None
            if d:
                found.append((at, d))
            continue
        after = text[end] if end < end_of_text else ""
        numeric_like = after in _NUMERIC_SEPARATORS
        if numeric_like and at >= numeric_done and _after_a_day(text, at):
            days = _numeric_range(text, at, anchor)
            if days:
                numeric_done = at + 1
                found += days
                continue
        m = (
            _NAMED_RE.match(text, at)
            if at >= named_done and (after == "." or after.isalpha() or after.isspace())
            else None
        )
        if m:
            named_done = m.end()
            found += _named(text, m, anchor)
        m = _NUMERIC_RE.match(text, at) if numeric_like and at >= numeric_done else None
        if m:
            numeric_done = m.end()
            d = make_date(int(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                found.append((at, d))
        m = (
            _SHORT_NUMERIC_RE.match(text, at)
            if after == "/"
            else _SHORT_DOTTED_RE.match(text, at)
            if after == "."
            else None
        )
        if m and (
            _SHORT_LEAD_RE.search(text, max(0, at - 12), at)
            or (
                after == "/"
                and _SLASH_LEAD_RE.search(text, max(0, at - 16), at)
                and not _FRACTION_AFTER_RE.match(text, m.end())
            )
        ):
            d = nearest_year(int(m["m"]), int(m["d"]), anchor)
            if d:
                found.append((at, d))
        m = (
            (_SLASH_YEAR_RE if after == "/" else _TWO_DIGIT_YEAR_RE).match(text, at)
            if numeric_like
            else None
        )
        if m and (
            len(m["y"]) == 4
            or (after == "/" and text[m.end("m")] == "-")  # '6/12-22': only a date is written so
            or _SHORT_LEAD_RE.search(text, max(0, at - 12), at)
            or _SLASH_LEAD_RE.search(text, max(0, at - 16), at)  # 'senest 15.12.22'
        ):
            d = make_date(_full_year(m["y"]), int(m["m"]), int(m["d"]))
            if d:
                found.append((at, d))
    found.sort(key=itemgetter(0))
    yield from found


def _after_a_day(text: str, at: int) -> bool:
    """Can a range's first day stand right before at ('6.-', '6-', '6 - ', '6. og ')? Asked
    before _PAIRED_DAY_RE is searched: most numbers follow a space after a word."""
    before = text[max(0, at - 5) : at]
    return (before[-1:] in ("-", "–") and before[-2:-1] in _DAY_ENDS) or before.endswith(
        (" og ", " til ", "- ", "– ")
    )


_DAY_ENDS = frozenset("0123456789.")


def _numeric_range(text: str, at: int, anchor: date) -> list[tuple[int, date]]:
    """'6.-7.12.2022', 'd. 6.-7.12.', '6-7/12-2022', '6. og 7.12.2022': the range's last day,
    written in digits at at, and its first day, which shares the month and the year. The
    last day's own forms are read from a slice, where the first day is not before it."""
    pair = _PAIRED_DAY_RE.search(text, max(0, at - 12), at)
    if pair is None:
        return []
    piece = text[at : at + 16]
    lead = _SHORT_LEAD_RE.search(text, max(0, pair.start() - 12), pair.start())
    m = _NUMERIC_RE.match(piece) or _SLASH_YEAR_RE.match(piece)
    if m is None and lead:
        m = _TWO_DIGIT_YEAR_RE.match(piece)
    if m is not None:
        last = make_date(_full_year(m["y"]), int(m["m"]), int(m["d"]))
    else:
        m = (
            _SHORT_NUMERIC_RE if piece[1:2] == "/" or piece[2:3] == "/" else _SHORT_DOTTED_RE
        ).match(piece)
        last = nearest_year(int(m["m"]), int(m["d"]), anchor) if m and lead else None
    first = last and make_date(last.year, last.month, int(pair["day"]))
    return [(pair.start(), first), (at, last)] if first and last and first < last else []


def _full_year(digits: str) -> int:
    """'23' → 2023: the minutes are of this century."""
    return int(digits) + (2000 if len(digits) == 2 else 0)


def _named(text: str, m: re.Match[str], anchor: date) -> list[tuple[int, date]]:
    """'6. december' (and the first day of '6.-7. december', '6. og 13. december')."""
    day, month_name, year_digits = m.group("day", "month", "year")
    month = MONTHS[month_name.lower()]
    year = int(year_digits) if year_digits else None
    out = []
    at = m.start()
    days = [(at, day)]
    pair = _PAIRED_DAY_RE.search(text, max(0, at - 12), at) or (
        _PAIRED_ACROSS_RE.search(text, max(0, at - 48), at) if at > 10 else None
    )
    while pair:
        days.insert(0, (pair.start(), pair["day"]))
        pair = _LISTED_DAY_RE.search(text, max(0, pair.start() - 8), pair.start())
    for where, digits in days:
        d = (
            make_date(year, month, int(digits))
            if year
            else nearest_year(month, int(digits), anchor)
        )
        if d:
            out.append((where, d))
    return out
