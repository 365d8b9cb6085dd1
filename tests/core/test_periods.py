"""Periods a decision gives without a day: 'genoptages i foråret', 'i uge 45', 'i 1. kvartal'."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dagsorden.core import parse_text, to_dict, to_outline
from dagsorden.core.followups import find_actions, find_referrals
from dagsorden.core.periods import find_period, find_relative, period_label

MEETING = date(2023, 11, 8)  # a Wednesday of week 45


@pytest.mark.parametrize(
    ("text", "first", "last", "label"),
    [
        ("i foråret 2024", date(2024, 3, 1), date(2024, 5, 31), "marts–maj 2024"),
        # without a year: the first such period not over by the meeting
        ("i foråret", date(2024, 3, 1), date(2024, 5, 31), "marts–maj 2024"),
        ("i efteråret", date(2023, 9, 1), date(2023, 11, 30), "september–november 2023"),
        ("i uge 45", date(2023, 11, 6), date(2023, 11, 12), "uge 45 2023"),
        ("i uge 2", date(2024, 1, 8), date(2024, 1, 14), "uge 2 2024"),
        ("i uge 53 2026", date(2026, 12, 28), date(2027, 1, 3), "uge 53 2026"),
        ("i 1. kvartal 2024", date(2024, 1, 1), date(2024, 3, 31), "januar–marts 2024"),
        ("i første kvartal", date(2024, 1, 1), date(2024, 3, 31), "januar–marts 2024"),
        ("i fjerde kvartal", date(2023, 10, 1), date(2023, 12, 31), "oktober–december 2023"),
        ("i 2. halvår", date(2023, 7, 1), date(2023, 12, 31), "juli–december 2023"),
        ("efter sommerferien", date(2024, 8, 1), date(2024, 9, 30), "august–september 2024"),
        ("efter jul", date(2024, 1, 1), date(2024, 1, 31), "januar 2024"),
        ("i det nye år", date(2024, 1, 1), date(2024, 1, 31), "januar 2024"),
        ("i 2024", date(2024, 1, 1), date(2024, 12, 31), "2024"),
        # the next week, month, year
        ("i næste uge", date(2023, 11, 13), date(2023, 11, 19), "uge 46 2023"),
        ("i den kommende måned", date(2023, 12, 1), date(2023, 12, 31), "december 2023"),
        ("næste år", date(2024, 1, 1), date(2024, 12, 31), "2024"),
        # a part of a year
        ("primo 2024", date(2024, 1, 1), date(2024, 3, 31), "januar–marts 2024"),
        ("medio 2024", date(2024, 5, 1), date(2024, 7, 31), "maj–juli 2024"),
        ("ultimo 2023", date(2023, 10, 1), date(2023, 12, 31), "oktober–december 2023"),
        ("sidst på året", date(2023, 10, 1), date(2023, 12, 31), "oktober–december 2023"),
        ("først på året", date(2024, 1, 1), date(2024, 3, 31), "januar–marts 2024"),
        ("i starten af det nye år", date(2024, 1, 1), date(2024, 3, 31), "januar–marts 2024"),
        # a range of months: over the new year when the second comes first
        (
            "fra november til januar",
            date(2023, 11, 1),
            date(2024, 1, 31),
            "november 2023–januar 2024",
        ),
        ("i perioden marts–maj 2024", date(2024, 3, 1), date(2024, 5, 31), "marts–maj 2024"),
        ("i november-december", date(2023, 11, 1), date(2023, 12, 31), "november–december 2023"),
        ("fra januar og frem til marts", date(2024, 1, 1), date(2024, 3, 31), "januar–marts 2024"),
        (
            "fra december 2024 til februar",
            date(2024, 12, 1),
            date(2025, 2, 28),
            "december 2024–februar 2025",
        ),
        ("i juni - august 2025", date(2025, 6, 1), date(2025, 8, 31), "juni–august 2025"),
    ],
)
def test_periods(text: str, first: date, last: date, label: str) -> None:
    found = find_period(f"punktet genoptages {text}.", MEETING)
    assert found is not None and found[:2] == (first, last)
    assert period_label(first, last) == label


@pytest.mark.parametrize(
    "text",
    [
        "budget 2024 behandles igen",  # a year that names a budget, not a time
        "genoptages i 2024-2027",
        "i uge 53",  # neither 2023 nor 2024 has a week 53
        "i uge 0",
        "i 5. kvartal",
        "i vinteren",  # December to February: which year is not plain
        "fra marts 2024 til maj 2026",  # years apart: no one period
        "fra 1. marts til 3. maj",  # days: dates, not a period
    ],
)
def test_no_period(text: str) -> None:
    assert find_period(text, MEETING) is None


def test_a_label_spanning_a_new_year() -> None:
    assert period_label(date(2023, 12, 1), date(2024, 2, 29)) == "december 2023–februar 2024"


def test_a_return_in_a_period_is_read_from_the_decision() -> None:
    (r,) = find_referrals("Punktet genoptages i foråret 2024.", MEETING, "DIR")
    assert (r.body, r.date, r.until, r.kind, r.precision) == (
        "DIR",
        date(2024, 3, 1),
        date(2024, 5, 31),
        "return",
        "period",
    )
    (r,) = find_referrals("Sagen forelægges ØK i 1. kvartal.", MEETING, "DIR")
    assert (r.body, r.date, r.until, r.kind) == (
        "ØK",
        date(2024, 1, 1),
        date(2024, 3, 31),
        "referral",
    )
    (r,) = find_referrals("Sagen blev behandlet i uge 30 2023 og genoptages.", MEETING, "DIR")
    assert r.kind == "previous"
    # a month or the next meeting, where the text gives one, is more precise
    (r,) = find_referrals("Punktet genoptages på næste møde i foråret.", MEETING, "DIR")
    assert r.precision == "next"


def test_the_outline_and_the_json_give_the_period() -> None:
    text = (
        "Direktionen 08-11-2023\nPunkter til behandling\n Åben Sag\nSagsgang\nDIR\n"
        "Sagsfremstilling\nDirektionen har følgende punkter til behandling:\n Budget.\n"
        "Indstilling\nKommunaldirektøren indstiller, at punkterne behandles.\n"
        "Beslutning i Direktionen den 08-11-2023\nDrøftet. Punktet genoptages i uge 2.\n"
    )
    minutes = parse_text(text)
    (r,) = minutes.items[0].referrals
    assert (r.date, r.until, r.precision) == (date(2024, 1, 8), date(2024, 1, 14), "period")
    assert to_dict(minutes)["items"][0]["referrals"][0]["until"] == "2024-01-14"
    assert "DIR uge 2 2024 (behandles igen)" in to_outline(minutes)


@given(st.text(alphabet="ui ge0123456789.kvartlhåfoes", max_size=60))
def test_any_text_gives_a_period_or_none(text: str) -> None:
    found = find_period(text, MEETING)
    assert found is None or found[0] <= found[1]


def test_a_month_said_alone_stays_a_month_but_a_range_is_a_period() -> None:
    """'til januar' leads a month ('udsættes til januar'), but not where it ends a range."""
    (r,) = find_referrals("Punktet udsættes til januar.", MEETING, "DIR")
    assert (r.precision, r.date, r.until) == ("month", date(2024, 1, 1), None)
    (r,) = find_referrals("Punktet behandles igen i begyndelsen af januar.", MEETING, "DIR")
    assert (r.precision, r.date, r.until) == ("month", date(2024, 1, 1), None)
    (r,) = find_referrals("Punktet behandles igen fra november til januar.", MEETING, "DIR")
    assert (r.precision, r.date, r.until) == ("period", date(2023, 11, 1), date(2024, 1, 31))
    # a month named on its own before a range elsewhere in the sentence keeps its month
    (r,) = find_referrals(
        "Punktet genoptages i marts, hvor tallene fra april til juni foreligger.", MEETING, "DIR"
    )
    assert (r.precision, r.date) == ("month", date(2024, 3, 1))


@pytest.mark.parametrize(
    ("text", "when", "in_month"),
    [
        ("om 14 dage", date(2023, 11, 22), False),
        ("om to uger", date(2023, 11, 22), False),
        ("om 1 uge", date(2023, 11, 15), False),
        ("om en måned", date(2023, 12, 1), True),
        ("om 3 måneder", date(2024, 2, 1), True),
        ("om et halvt år", date(2024, 5, 1), True),
        ("om et år", date(2024, 11, 1), True),
    ],
)
def test_a_time_counted_from_the_meeting(text: str, when: date, in_month: bool) -> None:
    found = find_relative(f"punktet drøftes igen {text}.", MEETING)
    assert found is not None and found[:2] == (when, in_month)


@pytest.mark.parametrize("text", ["om dagen", "om en halv måned", "om mange år", "tale om to"])
def test_no_time_counted(text: str) -> None:
    assert find_relative(text, MEETING) is None


def test_a_follow_up_due_in_a_time_counted_from_the_meeting() -> None:
    """'om 14 dage': that day; 'om en måned': the month's last."""
    (action,) = find_actions("Økonomichefen vender tilbage om 14 dage.", meeting_date=MEETING)
    assert action.due == date(2023, 11, 22)
    (action,) = find_actions("HR følger op om en måned.", meeting_date=MEETING)
    assert action.due == date(2023, 12, 31)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Økonomichefen fremsender materialet inden fredag.", date(2023, 11, 10)),
        ("HR følger op senest på mandag.", date(2023, 11, 13)),
        ("HR følger op inden næste onsdag.", date(2023, 11, 15)),  # not the meeting's own day
        ("HR følger op inden fredag d. 17. november.", date(2023, 11, 17)),  # the date's
        ("HR følger op på fredagens møde.", None),
    ],
)
def test_a_follow_up_due_on_a_weekday(text: str, due: date | None) -> None:
    (action,) = find_actions(text, meeting_date=MEETING)
    assert action.due == due
