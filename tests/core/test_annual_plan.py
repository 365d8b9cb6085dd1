from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dagsorden.core.annual_plan import (
    RULES,
    HeadMet,
    Occurrence,
    cycle_starts,
    head_month,
    heads_met,
    occurrences,
    parse_heads,
    recent_heads,
    with_month,
)


def months(rule: str, month: int, year: int, **kw) -> list[int]:  # type: ignore[no-untyped-def]
    return [o.month for o in occurrences(rule, month, year, **kw)]


def test_rules() -> None:
    assert months("yearly", 3, 2026) == [3]
    assert months("quarterly", 2, 2026) == [2, 5, 8, 11]
    assert months("quarterly", 11, 2026) == [2, 5, 8, 11]
    # Gender equality report every third year from 2020.
    assert [
        y for y in range(2019, 2030) if months("every_n_years", 6, y, interval=3, first_year=2020)
    ] == [2020, 2023, 2026, 2029]
    # Månedsgrebet at the start of each political cycle (new councils in 2022, 2026, 2030).
    assert [y for y in range(2021, 2031) if cycle_starts(y)] == [2022, 2026, 2030]
    assert months("cycle_start", 1, 2026) == [1] and months("cycle_start", 1, 2027) == []


def test_one_dialogue_meeting_per_head_spread_over_the_year() -> None:
    heads = parse_heads("Økonomichef Bettina Andersen\nVej- og ejendomschef Kim T. Jensen; HR-chef")
    got = occurrences("per_head", 1, 2026, heads=heads)
    assert got == [
        Occurrence(1, "Økonomichef Bettina Andersen"),
        Occurrence(5, "Vej- og ejendomschef Kim T. Jensen"),
        Occurrence(9, "HR-chef"),
    ]
    assert occurrences("per_head", 1, 2026) == []


def test_a_head_in_the_month_written_beside_it() -> None:
    assert head_month("Økonomichef Bettina Andersen (januar)") == (
        "Økonomichef Bettina Andersen",
        1,
    )
    assert head_month("HR-chef Lise Berg (Sept.)") == ("HR-chef Lise Berg", 9)
    # a remark in parentheses is no month; a month alone is no head
    assert head_month("Skolechef Ole Hansen (konstitueret)") == (
        "Skolechef Ole Hansen (konstitueret)",
        None,
    )
    assert head_month("(maj)") == ("(maj)", None)
    assert head_month(with_month("Økonomichef Bettina Andersen", 11))[1] == 11
    heads = parse_heads("Økonomichef Bettina Andersen (november)\nHR-chef\nSkolechef (marts)")
    # the heads without a month spread from the start month, the others in their own
    assert occurrences("per_head", 2, 2026, heads=heads) == [
        Occurrence(2, "HR-chef"),
        Occurrence(3, "Skolechef"),
        Occurrence(11, "Økonomichef Bettina Andersen"),
    ]


def test_bad_input() -> None:
    with pytest.raises(ValueError):
        occurrences("yearly", 13, 2026)
    with pytest.raises(ValueError):
        occurrences("monthly", 1, 2026)


@given(
    st.sampled_from(RULES),
    st.integers(1, 12),
    st.integers(1990, 2100),
    st.integers(1, 10),
    st.lists(st.text(min_size=1, max_size=20).filter(str.strip), max_size=30),
)
def test_occurrences_are_valid_months_in_order(rule, month, year, interval, heads) -> None:  # type: ignore[no-untyped-def]
    got = occurrences(rule, month, year, interval=interval, first_year=2000, heads=tuple(heads))
    assert all(1 <= o.month <= 12 for o in got)
    assert [o.month for o in got] == sorted(o.month for o in got)
    if rule == "per_head":
        assert len(got) == len(heads)


def test_the_heads_the_board_met() -> None:
    met = heads_met(
        [
            (date(2022, 1, 26), "Økonomichef Bettina Andersen"),
            (date(2023, 1, 20), "Økonomichef Bettina Andersen og HR-chef Lise Berg"),
            (date(2022, 11, 30), "Vej- og ejendomschef Kim T. Jensen"),
            (date(2020, 5, 1), "Skolechef Ole Hansen"),
            (date(2023, 3, 1), "Økonomichefen"),  # the one head named with that title
            (date(2023, 11, 30), "Chef for Vej og Ejendom Kim T. Jensen"),  # a new title
            (date(2023, 4, 1), "Socialchefen"),  # no head named so: a head of its own
        ]
    )
    assert met == [
        HeadMet("Chef for Vej og Ejendom Kim T. Jensen", (date(2023, 11, 30), date(2022, 11, 30))),
        HeadMet("Socialchefen", (date(2023, 4, 1),)),
        HeadMet(
            "Økonomichef Bettina Andersen",
            (date(2023, 3, 1), date(2023, 1, 20), date(2022, 1, 26)),
        ),
        HeadMet("HR-chef Lise Berg", (date(2023, 1, 20),)),
        HeadMet("Skolechef Ole Hansen", (date(2020, 5, 1),)),
    ]
    # Not met in the archive's last two years: left.
    assert "Skolechef Ole Hansen" not in recent_heads(met)
    assert len(recent_heads(met)) == 4
    assert recent_heads([]) == ()
