"""The texts' paragraphs and list entries, found again for showing them (core/paragraphs.py)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dagsorden.core import ParseError, parse_bytes, parse_text
from dagsorden.core.paragraphs import laid_out, unlaid
from dagsorden.core.records import Minutes
from dagsorden.core.text import BULLETS, DASHES

from .test_extract import docx_minutes
from .test_properties import KEYWORDS, SEED_LINES

GOLDEN = Path(__file__).parent.parent / "golden"


def _seed(name: str) -> Minutes:
    return parse_text((GOLDEN / name).read_text(encoding="utf-8"), name, layout="wrapped")


def _doc(decision: str, points: str = "1. Budgetopfølgning.\n \n2. Årshjul.\n \n") -> str:
    """A document in the seeds' layout; decision and points: their lines as written."""
    return (
        "Direktionen 12-05-2021\n\nPunkter til behandling\n\nÅben Sag\n\nSagsgang\n\nDIR\n\n"
        "Sagsfremstilling\n\nDirektionen har følgende punkter til behandling:\n\n"
        f"{points}Indstilling\n\nKommunaldirektøren indstiller, at punkterne behandles.\n\n"
        f"Beslutning i Direktionen den 12-05-2021\n\n{decision}"
    )


def test_the_presentation_keeps_its_paragraphs_and_its_list_of_points() -> None:
    minutes = _seed("000_d79a1a66f2e81536.txt")
    shown = laid_out(minutes.items[0].presentation, minutes.breaks)
    paragraphs = shown.split("\n\n")
    assert paragraphs[0].startswith("I økonomiaftalen mellem regeringen og KL for 2019")
    assert paragraphs[0].endswith("Region Midtjyllands udviklingsstrategi.")
    assert paragraphs[5] == "Direktionen har følgende øvrige punkter til behandling:"
    # the three points, their Symbol-font bullets an entry's mark each
    assert [p[:40] for p in paragraphs[6:]] == [
        "- Direktionens årsplan (bilag vedlagt).",
        "- Direktionsseminar, som oprindeligt sku",
        "- Drøftelse af DI-måling på baggrund af ",
    ]
    assert "\uf0b7" not in shown
    assert len(paragraphs) == 9


def test_points_whose_bullets_were_lost_are_entries() -> None:
    """' Årligt dialogmøde …' after a line ending a sentence is an entry; a line going on
    with a space (' planlægning i afdeling for indkøb') is not."""
    minutes = _seed("001_4c24889a3c8d3339.txt")
    shown = laid_out(minutes.items[0].presentation, minutes.breaks)
    entries = [p for p in shown.split("\n\n") if p.startswith("- ")]
    assert [e[:30] for e in entries] == [
        "- Årligt dialogmøde med økonom",
        "- Sparring omkring fælles intr",
        "- Status på chef- og direktøra",
    ]
    assert "og 2) udbudsplan med ny metode for planlægning i afdeling for indkøb." in entries[0]


def test_a_numbered_list_keeps_its_numbers_and_a_date_across_lines_is_no_paragraph() -> None:
    minutes = _seed("002_6f7cb0de90a56b03.txt")
    item = minutes.items[0]
    shown = laid_out(item.presentation, minutes.breaks).split("\n\n")
    assert [p[:3] for p in shown[-5:]] == ["1. ", "2. ", "3. ", "4. ", "5. "]
    decision = laid_out(item.decisions[0].text, minutes.breaks)
    assert "MTU besluttede på møde d. 14. november" in decision  # 'd.' / '14. november'
    assert decision.count("\n\n") == 4


def test_a_parts_own_list_is_laid_out_within_the_part() -> None:
    decision = (
        "1. Budgettet blev drøftet. Følgende blev aftalt:\n \n"
        "- Økonomichefen udarbejder et notat til ØK.\n \n"
        "- Anlægsoversigten sendes til direktionen.\n \n"
        "2. Godkendt.\n"
    )
    minutes = parse_text(_doc(decision), "x.txt", layout="wrapped")
    first, second = minutes.items[0].points
    assert laid_out(first.decision, minutes.breaks) == (
        "Budgettet blev drøftet. Følgende blev aftalt:\n\n"
        "- Økonomichefen udarbejder et notat til ØK.\n\n"
        "- Anlægsoversigten sendes til direktionen."
    )
    assert laid_out(second.decision, minutes.breaks) == "Godkendt."


def test_a_line_going_on_with_a_name_is_no_entry() -> None:
    """A line that opens with a capital and white space after one that ended no sentence
    goes on with it ('… og konstitueret velfærdsdirektør' / ' Lene Mehlsen tager …')."""
    decision = (
        "Køreplanen blev godkendt, og konstitueret velfærdsdirektør\n"
        " Lene Mehlsen tager videre initiativ.\n \nDet andet punkt blev drøftet.\n"
    )
    minutes = parse_text(_doc(decision, points=""), "x.txt", layout="wrapped")
    assert laid_out(minutes.items[0].decisions[0].text, minutes.breaks) == (
        "Køreplanen blev godkendt, og konstitueret velfærdsdirektør Lene Mehlsen tager videre "
        "initiativ.\n\nDet andet punkt blev drøftet."
    )


def test_two_entries_on_one_line_are_two() -> None:
    text = "Punkter: \uf0b7 Budget. \uf0b7 Årshjul."
    assert laid_out(text, ()) == "Punkter:\n\n- Budget.\n\n- Årshjul."
    assert unlaid(laid_out(text, ())) == "Punkter: Budget. Årshjul."


def test_a_word_documents_paragraphs_are_its_lines() -> None:
    """Word parts paragraphs by the space its style sets after them, not by empty ones: each
    of its paragraphs is a line of the text, and each is one laid out (a PDF's wrapped
    lines are not)."""
    data = docx_minutes(
        [
            ("Direktionen arbejder med verdensmålene som en overordnet begrebsramme.", None),
            ("Direktionen har følgende punkter til behandling:", None),
            ("Budgetopfølgning. Drøftelse af status.", "List Bullet"),
            ("Årshjul for 2023.", "List Bullet"),
        ],
        [
            ("Drøftet.", "List Bullet"),
            ("Økonomichefen udarbejder et notat.", None),
            ("Godkendt.", "List Bullet"),
        ],
    )
    minutes = parse_bytes(data, "referat.docx", layout=True)
    (item,) = minutes.items
    assert laid_out(item.presentation, minutes.breaks) == (
        "Direktionen arbejder med verdensmålene som en overordnet begrebsramme.\n\n"
        "Direktionen har følgende punkter til behandling:\n\n"
        "- Budgetopfølgning. Drøftelse af status.\n\n- Årshjul for 2023."
    )
    assert laid_out(item.points[0].decision, minutes.breaks) == (
        "Drøftet.\n\nØkonomichefen udarbejder et notat."
    )
    assert parse_bytes(data, "referat.docx").items == minutes.items


def test_the_layout_is_kept_only_when_asked_for() -> None:
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text(encoding="utf-8")
    plain = parse_text(text, "x.txt")
    laid = parse_text(text, "x.txt", layout="wrapped")
    assert plain.breaks == () and laid.breaks
    assert laid.items == plain.items  # what the parser reads does not change


def _words(text: str) -> list[str]:
    """The text's words, without list marks (a bullet glyph, a dash alone)."""
    return [w for w in text.split() if not (len(w) == 1 and (w in BULLETS or w in DASHES))]


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    seed=st.sampled_from(SEED_LINES),
    edits=st.lists(
        st.tuples(st.integers(0, 10_000), st.sampled_from([*KEYWORDS, " ", "- Budget", " Status"])),
        max_size=10,
    ),
)
def test_laying_out_changes_only_where_lines_break(
    seed: list[str], edits: list[tuple[int, str]]
) -> None:
    """Whatever the document, a text laid out says what it said, its list marks aside,
    broken only at spaces."""
    lines = list(seed)
    for at, line in edits:
        lines.insert(at % (len(lines) or 1), line)
    try:
        minutes = parse_text("\n".join(lines), "x.txt", layout="wrapped")
    except ParseError:
        return
    for item in minutes.items:
        texts = [item.presentation, item.recommendation, item.decision_lead]
        texts += [d.text for d in item.decisions]
        texts += [t for p in item.points for t in (p.presentation, p.decision)]
        for text in filter(None, texts):
            shown = laid_out(text, minutes.breaks)
            assert _words(unlaid(shown)) == _words(text)
            assert all(p.strip() == p and p for p in shown.split("\n\n")), shown
