"""The plain-text outline of `dagsorden parse --format text`: in Danish, as the web pages."""

from __future__ import annotations

from pathlib import Path

from dagsorden.core import parse_text, to_dict, to_outline

GOLDEN = Path(__file__).parent.parent / "golden"


def test_the_outline_names_follow_ups_and_referrals_in_danish_by_point() -> None:
    text = (GOLDEN / "002_6f7cb0de90a56b03.txt").read_text(encoding="utf-8")
    outline = to_outline(parse_text(text, "002.txt")).splitlines()
    assert outline[0] == "Direktionen 30-11-2022 (002.txt)"
    assert "   Videre behandling (punkt 1): ØK 06-12-2022 (videresendt)" in outline
    assert "   Videre behandling (punkt 3): DIR 21-12-2022 (behandles igen)" in outline
    assert "   Tidligere behandling (punkt 3): DIR 23-11-2022" in outline
    assert "   Tidligere behandling (punkt 1): MTU 14-11-2022" in outline
    assert "   Opfølgning (punkt 1): Kommunaldirektørens sekretariat — følger op" in outline
    assert outline[-1].startswith("Datoer: 14-11-2022, 06-12-2022,")
    assert not any("referral" in line or "previous" in line for line in outline)


def test_the_outline_says_when_the_document_stated_no_access() -> None:
    """An item closed for want of an access line is told apart from one marked closed."""
    marked = parse_text("Budget\n\nLukket Sag\n\nBeslutning i Direktionen den 20-01-2021\n\nOK.\n")
    unmarked = parse_text("Direktionen 20-01-2021\n\nBeslutning\n\nOK.\n")
    assert "[Lukket sag; -]" in to_outline(marked)
    assert "[Lukket sag (adgang ikke angivet); -]" in to_outline(unmarked)


def test_the_outline_and_the_json_give_a_follow_ups_deadline() -> None:
    text = (GOLDEN / "002_6f7cb0de90a56b03.txt").read_text(encoding="utf-8")
    said = "Chef for Kommunaldirektørens sekretariat tager videre initiativ."
    minutes = parse_text(text.replace(said, said[:-1] + " inden 1. marts."), "002.txt")
    assert (
        "   Opfølgning (punkt 4): Chef for Kommunaldirektørens sekretariat — tager videre "
        "initiativ (frist 01-03-2023)"
    ) in to_outline(minutes).splitlines()
    actions = [a for item in to_dict(minutes)["items"] for a in item["actions"]]
    assert [a["due"] for a in actions if a["due"]] == ["2023-03-01"]


def test_the_outline_and_the_json_give_a_follow_up_due_at_a_next_meeting() -> None:
    text = (GOLDEN / "002_6f7cb0de90a56b03.txt").read_text(encoding="utf-8")
    said = "Chef for Kommunaldirektørens sekretariat tager videre initiativ."
    minutes = parse_text(text.replace(said, said[:-1] + " til næste møde i ØK."), "002.txt")
    assert (
        "   Opfølgning (punkt 4): Chef for Kommunaldirektørens sekretariat — tager videre "
        "initiativ (frist næste møde i ØK)"
    ) in to_outline(minutes).splitlines()
    actions = [a for item in to_dict(minutes)["items"] for a in item["actions"]]
    assert [(a["due"], a["due_next"]) for a in actions if a["due_next"]] == [(None, "ØK")]
