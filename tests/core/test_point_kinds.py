"""A point's kind read from its words: the head of department's yearly dialogue meeting, a
director's 5 minutters oplæg, and a guest in the point from a time."""

from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dagsorden.core import parse_text, to_dict, to_outline
from dagsorden.core.annual_plan import held_with
from dagsorden.core.point_kinds import with_kind
from dagsorden.core.records import Point

GOLDEN = Path(__file__).parent.parent / "golden"


def kind(title: str, text: str = "", decision: str = "") -> tuple[object, ...]:
    p = with_kind(Point(title, text or title, decision))
    return p.kind, p.presenter, p.duration, p.guest, p.guest_time


@pytest.mark.parametrize(
    ("title", "presenter"),
    [
        ("Årligt dialogmøde med økonomichef Bettina Andersen.", "Økonomichef Bettina Andersen"),
        (
            "Årligt dialogmøde med Vej- og ejendomschef Kim T. Jensen den 30. november.",
            "Vej- og ejendomschef Kim T. Jensen",
        ),
        ("Det årlige dialogmøde med HR-chefen.", "HR-chefen"),
        (
            "Dialog med chef for Vej og Ejendom Kim T. Jensen.",
            "Chef for Vej og Ejendom Kim T. Jensen",
        ),
        (
            "Dialogmøde med økonomichef Bettina Andersen og HR-chef Lise Berg om budgettet.",
            "Økonomichef Bettina Andersen og HR-chef Lise Berg",
        ),
    ],
)
def test_a_dialogue_meeting_with_a_head(title: str, presenter: str) -> None:
    assert kind(title) == ("dialogue", presenter, None, None, None)


@pytest.mark.parametrize(
    "title",
    [
        # About a dialogue meeting with someone outside, or one held before.
        "Drøftelse af DI-måling på baggrund af dialogmøde med Dansk Industri samt behandling.",
        "Dialogmøde med Dansk Industri.",
        "Opsamling på dialogmøde med økonomichef Bettina Andersen.",
        # About the method, not a presentation.
        "Evaluering af 5 minutters oplæg som metode.",
        "Direktionen arbejder med 5 minutters oplæg som metode.",
        "Status på oplæg til budget.",
    ],
)
def test_words_that_make_no_kind(title: str) -> None:
    assert kind(title) == ("ordinary", None, None, None, None)


@pytest.mark.parametrize(
    ("title", "minutes", "presenter"),
    [
        ("5 minutters oplæg v. velfærdsdirektøren om demensstrategien.", 5, "Velfærdsdirektøren"),
        (
            "5-minutters oplæg ved konstitueret socialchef Marie Holm.",
            5,
            "Konstitueret socialchef Marie Holm",
        ),
        ("Fem minutters oplæg: Kommunaldirektøren.", 5, "Kommunaldirektøren"),
        (
            "Oplæg (10 min.) om budget ved økonomichef Bettina Andersen.",
            10,
            "Økonomichef Bettina Andersen",
        ),
        ("Klimaplanen – 5 min. oplæg.", 5, None),
    ],
)
def test_a_presentation(title: str, minutes: int, presenter: str | None) -> None:
    assert kind(title) == ("presentation", presenter, minutes, None, None)


@pytest.mark.parametrize(
    ("text", "guest", "at"),
    [
        (
            "Status. Arbejdsmarkedschef Erik Holck Hansen deltager i punktet kl. 10. Materiale.",
            "Arbejdsmarkedschef Erik Holck Hansen",
            time(10),
        ),
        (
            "Status. Økonomichef Bettina Andersen og HR-chefen deltager i punktet fra kl. 9.30.",
            "Økonomichef Bettina Andersen og HR-chefen",
            time(9, 30),
        ),
        ("Status. Socialchefen deltager under punktet.", "Socialchefen", None),
        ("Status. Socialchefen deltager i punktet kl. 25.", "Socialchefen", None),
    ],
)
def test_a_guest(text: str, guest: str, at: time | None) -> None:
    assert kind("Status.", text) == ("ordinary", None, None, guest, at)


@pytest.mark.parametrize(
    "text",
    [
        "Status. Alle chefer deltager i punktet.",  # not only people before the verb
        "Status. Jens Hansen deltog ikke i punktet.",  # an absence (core/participation.py)
        "Status. HR deltager i den administrative styregruppe.",
    ],
)
def test_no_guest(text: str) -> None:
    assert kind("Status.", text)[3] is None


def test_a_guest_the_decision_names_when_the_text_does_not() -> None:
    decision = (
        "Drøftet. Konstitueret socialchef Marie-Louise Eskerod Ifversen deltog under punktet."
    )
    assert kind("Status.", "Status.", decision)[3:] == (
        "Konstitueret socialchef Marie-Louise Eskerod Ifversen",
        None,
    )


def test_the_seeds_points() -> None:
    found = [
        (p.kind, p.presenter, p.guest, p.guest_time)
        for seed in sorted(GOLDEN.glob("*.txt"))
        for item in parse_text(seed.read_text()).items
        for p in item.points
        if p.kind != "ordinary" or p.guest
    ]
    assert found == [
        ("ordinary", None, "Arbejdsmarkedschef Erik Holck Hansen", time(10)),
        ("dialogue", "Økonomichef Bettina Andersen", None, None),
        ("ordinary", None, "Konstitueret socialchef Marie-Louise Eskerod Ifversen", None),
        ("dialogue", "Vej- og ejendomschef Kim T. Jensen", None, None),
    ]


def test_json_and_outline_say_them() -> None:
    minutes = parse_text((GOLDEN / "000_d79a1a66f2e81536.txt").read_text())
    point = to_dict(minutes)["items"][0]["points"][2]
    assert {k: point[k] for k in ("kind", "presenter", "duration", "guest", "guest_time")} == {
        "kind": "ordinary",
        "presenter": None,
        "duration": None,
        "guest": "Arbejdsmarkedschef Erik Holck Hansen",
        "guest_time": "10:00",
    }
    assert "Deltager i punktet: Arbejdsmarkedschef Erik Holck Hansen kl. 10.00" in to_outline(
        minutes
    )
    later = to_outline(parse_text((GOLDEN / "002_6f7cb0de90a56b03.txt").read_text()))
    assert "Dialogmøde: Vej- og ejendomschef Kim T. Jensen" in later


@given(st.text(max_size=200), st.text(max_size=400), st.text(max_size=200))
def test_any_words_give_a_kind_or_none(title: str, text: str, decision: str) -> None:
    p = with_kind(Point(title, text, decision))
    assert p.kind in ("ordinary", "presentation", "dialogue")
    assert (p.presenter is None) or p.kind != "ordinary"
    assert p.guest_time is None or p.guest


@pytest.mark.parametrize(
    ("named", "head", "held"),
    [
        ("Økonomichef Bettina Andersen", "økonomichef Bettina Andersen", True),
        ("Økonomichef Bettina Andersen og HR-chef Lise Berg", "HR-chef Lise Berg", True),
        # The name decides where the head has one: a title may have changed.
        ("Vej- og ejendomschef Kim T. Jensen", "Chef for Vej og Ejendom Kim T. Jensen", True),
        ("Økonomichefen", "Økonomichef", True),
        ("Økonomichef Bettina Andersen", "Økonomichef Lise Berg", False),
        ("HR-chef Lise Berg", "Økonomichef", False),
        ("Økonomichef Bettina Andersen", "Chef", False),
    ],
)
def test_a_dialogue_meets_the_heads_occurrence(named: str, head: str, held: bool) -> None:
    assert held_with(named, head) is held
