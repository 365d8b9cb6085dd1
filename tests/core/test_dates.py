from __future__ import annotations

from datetime import date

import pytest

from dagsorden.core.dates import find_dates

MEETING = date(2022, 11, 30)


def found(text: str, anchor: date = MEETING) -> list[date]:
    return [d for _, d in find_dates(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the common form, with 'd.'
        ("på møde i ØK d. 6. december", [date(2022, 12, 6)]),
        # a short month name; February is nearer in the next year
        ("KB seminar d. 6. feb.", [date(2023, 2, 6)]),
        # no space after the day's period
        ("frist 27.april", [date(2023, 4, 27)]),
        # no period after the day
        ("mødet 16 maj", [date(2023, 5, 16)]),
        # an explicit year wins over nearness
        ("20. januar 2021", [date(2021, 1, 20)]),
        # numeric dates with a year
        ("senest 01-02-2022 og 3.4.2023", [date(2022, 2, 1), date(2023, 4, 3)]),
        # day and month with a slash only after 'd.'/'den'
        ("den 6/12 og 3/4 af budgettet", [date(2022, 12, 6)]),
        # ... or after a word only a time follows, or another such date; not a fraction
        (
            "senest 15/12, mandag 5/12, d. 6/12 og 13/12, op til 1/2 time",
            [date(2022, 12, 15), date(2022, 12, 5), date(2022, 12, 6), date(2022, 12, 13)],
        ),
        ("til 1/3 af budgettet, fra 2/3-dele, op til 1/4 pct. og 3/4", []),
        # the Danish short forms with a year; a two-digit year only after 'd.'/'den' (also
        # with no space: 'd.06.12.22') or after day/month with a slash ('3/4-23')
        (
            "d. 6/12-2022, den 12/1-23 og d. 06.12.22",
            [date(2022, 12, 6), date(2023, 1, 12), date(2022, 12, 6)],
        ),
        ("frist 6/12-2022, afsnit 1.2.23 og 3/4-23", [date(2022, 12, 6), date(2023, 4, 3)]),
        ("møde d.06.12.22, afsnit 1.2.23 og 1-2-23", [date(2022, 12, 6)]),
        # ... or after a word only a time follows
        ("senest 15.12.22, pr. 01.01.23, jf. 1.2.23", [date(2022, 12, 15), date(2023, 1, 1)]),
        # ... and with a space before a four-digit year, which then is the year
        ("den 14/12 2020 og 3/4 2021 kr.", [date(2020, 12, 14), date(2021, 4, 3)]),
        # ISO 8601, as a system writes it; not a period of years, a version or a 13th month
        ("frist 2022-12-06, ikke 2024-2027, 2022-12-06-01 eller 2022-13-06", [date(2022, 12, 6)]),
        # two days sharing a month
        ("d. 6. og 13. december", [date(2022, 12, 6), date(2022, 12, 13)]),
        ("seminar 6.-7. marts", [date(2023, 3, 6), date(2023, 3, 7)]),
        # a range with a bare hyphen; not a word's hyphen nor a year's ('Covid-19. marts')
        ("seminar 15-16. marts", [date(2023, 3, 15), date(2023, 3, 16)]),
        ("Covid-19. marts, 2023-16. marts", []),
        # a range in digits: the first day shares the last's month and year
        (
            "seminar 6.-7.12.2022, d. 12.-13.1. og 1-2/2-2023",
            [date(2022, 12, 6), date(2022, 12, 7), date(2023, 1, 12), date(2023, 1, 13)]
            + [date(2023, 2, 1), date(2023, 2, 2)],
        ),
        (
            "d. 5. og 9.12.22, den 6.-7/12",
            [date(2022, 12, 5), date(2022, 12, 9)] + [date(2022, 12, 6), date(2022, 12, 7)],
        ),
        # ... not a section's numbers, nor a day/month with no 'd.' before the range
        ("afsnit 3-4.1.2, side 3-4.12 og 5.-9.12.22, 2021-7.12.2022", []),
        ("d. 5. og d. 6. december", [date(2022, 12, 5), date(2022, 12, 6)]),
        # … or with another body between: its day shares the month too
        ("i ØK den 6. og i KB den 13. december", [date(2022, 12, 6), date(2022, 12, 13)]),
        # a point's number is no day
        ("punkt 6. og den 13. december", [date(2022, 12, 13)]),
        # 'd.' with no space before the day; not a section number before it
        ("møde d.14. november, afsnit 3.2. december", [date(2022, 11, 14)]),
        ("møde d.1.2. og d.6/12, ikke afsnit 1.2.", [date(2023, 2, 1), date(2022, 12, 6)]),
        # days listed before a pair: with their periods only ('punkt 2, 3 og 4. maj')
        ("d. 6., 7. og 8. marts", [date(2023, 3, 6), date(2023, 3, 7), date(2023, 3, 8)]),
        ("punkt 2, 3 og 4. maj", [date(2023, 5, 3), date(2023, 5, 4)]),
        # day.month after 'd.'/'den', not an amount or a percentage
        ("d. 6.12 og den 30.11. kl. 10", [date(2022, 12, 6), date(2022, 11, 30)]),
        ("den 1.5 mio. kr., den 2.5 % og afsnit 6.12", []),
        # a month and year without a day is not a calendar date
        ("afholdes i januar 2021", []),
        # times, journal numbers and counts are not dates
        ("kl. 11.30 – 12.00, (8725/21), 17 verdensmål, 4. udgave", []),
        # no 31st of November
        ("d. 31. november", []),
        # a month word inside another word
        ("novemberrapporten og decemberaftalen", []),
    ],
)
def test_find_dates(text: str, expected: list[date]) -> None:
    assert found(text) == expected


def test_nearest_year_looks_back_too() -> None:
    # Minutes of 20 January refer back to 14 December of the year before.
    assert found("behandlet d. 14. december", date(2021, 1, 20)) == [date(2020, 12, 14)]
