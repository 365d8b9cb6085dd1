"""What a parse may have misread is said (core/doubts.py): a decision not divided among the
points, an item split off without the decision the others have, a decision dated another
day than the meeting; never for the seeds, which are read whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dagsorden.core import Doubt, parse_text, to_dict
from dagsorden.core.language import speaking
from dagsorden.core.serialize import to_outline

GOLDEN = Path(__file__).parent.parent / "golden"
SEEDS = sorted(GOLDEN.glob("*.txt"))

NUMBERED = """Direktionen 10-05-2023
Punkter til behandling
Åben Sag
Sagsgang
DIR
Sagsfremstilling
Direktionen har følgende punkter til behandling:
1. Opfølgning på seminaret.
2. Status på økonomien.
{third}. Dialogmøde med HR-chef Susanne Frandsen.
Indstilling
Kommunaldirektøren indstiller, at punkterne drøftes.
Beslutning i Direktionen den 10-05-2023
{decision}
"""


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_the_seeds_leave_nothing_in_doubt(path: Path) -> None:
    minutes = parse_text(path.read_text())
    assert minutes.warnings == ()
    assert to_dict(minutes)["warnings"] == []
    assert "Advarsel" not in to_outline(minutes)


def test_a_point_without_its_part_of_the_decision_is_said() -> None:
    whole = NUMBERED.format(third=3, decision="1. Drøftet.\n2. Taget til efterretning.\n3. Godt.")
    assert parse_text(whole).warnings == ()
    passed_over = NUMBERED.format(third=3, decision="1. Drøftet.\n3. Godt.")
    minutes = parse_text(passed_over)
    assert [p.decision for p in minutes.items[0].points] == ["Drøftet.", "", "Godt."]
    assert minutes.warnings == (
        "»Punkter til behandling«: underpunkt 2 fik ingen del af beslutningen",
    )
    assert to_dict(minutes)["warnings"] == list(minutes.warnings)
    assert to_outline(minutes).endswith(
        "\n\nAdvarsel: »Punkter til behandling«: underpunkt 2 fik ingen del af beslutningen"
    )
    # A decision said of all the points together is each point's: nothing in doubt.
    together = parse_text(NUMBERED.format(third=3, decision="Punkterne blev drøftet."))
    assert {p.decision for p in together.items[0].points} == {"Punkterne blev drøftet."}
    assert together.warnings == ()


def test_any_other_business_left_without_a_word_is_no_doubt() -> None:
    # The last point, 'Eventuelt', often has nothing to answer; another point has.
    listed = NUMBERED.replace("{third}. Dialogmøde med HR-chef Susanne Frandsen.", "3. Eventuelt.")
    assert parse_text(listed.format(decision="1. Drøftet.\n2. Godt.")).warnings == ()
    assert parse_text(listed.format(decision="1. Drøftet.\n3. Intet.")).warnings == (
        "»Punkter til behandling«: underpunkt 2 fik ingen del af beslutningen",
    )


def test_a_doubt_is_said_in_the_language_of_whoever_reads_it() -> None:
    minutes = parse_text(NUMBERED.format(third=3, decision="1. Drøftet.\nAd 5: Godt."))
    english = (
        "“Punkter til behandling”: the decision answers point 5, which the list does not have",
        "“Punkter til behandling”: points 2 and 3 got no part of the decision",
    )
    with speaking("en"):
        assert minutes.warnings == english
    assert minutes.warnings == (  # in Danish again
        "»Punkter til behandling«: beslutningen svarer på underpunkt 5, som listen ikke har",
        "»Punkter til behandling«: underpunkterne 2 og 3 fik ingen del af beslutningen",
    )
    # Kept as data (the importer's JSON field), it is the same doubt, said alike.
    kept = [Doubt.from_data(json.loads(json.dumps(d.as_data()))) for d in minutes.doubts]
    assert tuple(kept) == minutes.doubts
    with speaking("en-gb"):
        assert tuple(map(str, kept)) == english
    # Three or more: commas, then the language's 'and'.
    unanswered = Doubt(
        minutes.doubts[1].message,
        (("item", "Budget"),),
        minutes.doubts[1].plural,
        3,
        ("1", "2", "4"),
    )
    assert str(unanswered) == "»Budget«: underpunkterne 1, 2 og 4 fik ingen del af beslutningen"
    with speaking("en"):
        assert str(unanswered) == "“Budget”: points 1, 2 and 4 got no part of the decision"


def test_an_open_item_without_the_decision_the_others_have_is_said() -> None:
    text = (GOLDEN / "001_4c24889a3c8d3339.txt").read_text()
    # The first item's heading and access line repeated: an item of its own, undecided.
    doubled = text.replace("  Åben Sag", "  Åben Sag \n\n  Åben Sag", 1)
    minutes = parse_text(doubled)
    assert [i.decision_date is None for i in minutes.items] == [True, False]
    assert minutes.warnings == (
        f"»{minutes.items[0].title}« har ingen beslutning, som mødets andre punkter har",
    )
    # An agenda, decided by no item, says nothing of the kind.
    agenda = text[: text.index("Beslutning i Direktionen")]
    assert parse_text("Direktionen 26-01-2022\n" + agenda).warnings == ()


def test_a_decision_dated_another_day_than_the_meeting_is_said() -> None:
    slip = NUMBERED.replace("den 10-05-2023", "den 10-06-2023").format(
        third=3, decision="1. Drøftet.\n2. Ja.\n3. Godt."
    )
    minutes = parse_text(slip)
    assert minutes.date.isoformat() == "2023-05-10"  # the header's
    assert minutes.warnings == (
        "»Punkter til behandling«: beslutningen er dateret 10-06-2023, mødet 10-05-2023",
    )


def test_an_answer_to_a_point_the_list_does_not_have_is_said() -> None:
    # 'Ad 1 og 4' of three points: the answer is point 1's, and the 4 is said, not passed over
    # silently (the list may have lost a point); a label's text never stays in a part.
    joint = NUMBERED.format(
        third=3, decision="Ad 1 og 4: Drøftet.\n\nAd 2: Godkendt.\n\nAd 3: Udsat."
    )
    minutes = parse_text(joint)
    assert [p.decision for p in minutes.items[0].points] == ["Drøftet.", "Godkendt.", "Udsat."]
    assert minutes.warnings == (
        "»Punkter til behandling«: beslutningen svarer på underpunkt 4, som listen ikke har",
    )
    beyond = NUMBERED.format(third=3, decision="Ad 1: Drøftet.\nAd 2: Godkendt.\nAd 4: Udsat.")
    assert parse_text(beyond).warnings == (
        "»Punkter til behandling«: beslutningen svarer på underpunkt 4, som listen ikke har",
        "»Punkter til behandling«: underpunkt 3 fik ingen del af beslutningen",
    )
    # The answer to no point stays as written, in the part before (never '4. Udsat.'); in
    # the other words labels are read by, said alike.
    for label in ("Ad", "Vedr. punkt", "Til pkt.", "Vedrørende punkt", "Punkt"):
        other = NUMBERED.format(
            third=3, decision=f"{label} 1: Drøftet.\n{label} 2: Godkendt.\n{label} 4: Udsat."
        )
        minutes = parse_text(other)
        parts = [p.decision for p in minutes.items[0].points]
        assert parts == ["Drøftet.", f"Godkendt. {label} 4: Udsat.", ""]
        assert minutes.warnings == parse_text(beyond).warnings, label
    # A reference inside a sentence, or the decision's own numbers, answer no point.
    aside = NUMBERED.format(
        third=3, decision="Ad 1: Drøftet, jf. pkt. 7 i aftalen.\nAd 2: Godkendt.\nAd 3: Udsat."
    )
    assert parse_text(aside).warnings == ()


def test_a_joint_label_of_numbers_the_list_lacks_stays_as_written() -> None:
    # 'Ad 4 og 5' of three points answers none of them: its text stays where it stands, the
    # label as written (not '4. og 5:'), and the parse says which numbers the list lacks.
    minutes = parse_text(
        NUMBERED.format(
            third=3, decision="Ad 1: Drøftet.\nAd 2: Godkendt.\nAd 3: Udsat.\nAd 4 og 5: Intet."
        )
    )
    assert [p.decision for p in minutes.items[0].points] == [
        "Drøftet.",
        "Godkendt.",
        "Udsat. Ad 4 og 5: Intet.",
    ]
    assert minutes.warnings == (
        "»Punkter til behandling«: beslutningen svarer på underpunkterne 4 og 5, som listen ikke har",
    )
