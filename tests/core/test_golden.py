"""Golden tests: each real minutes document beside its expected JSON.

A document without an expected file gets one written, and the test fails asking for review:
the expected output is always looked at by a person before it is committed.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from dagsorden.core import parse_file, parse_text, to_dict

GOLDEN = Path(__file__).parent.parent / "golden"
SCHEMA = json.loads((Path(__file__).parents[2] / "docs" / "minutes.schema.json").read_text())
DOCS = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".txt", ".pdf", ".docx"))

# The fields the expected files fix. Job titles of people are written as found and are not
# compared: the expected files differ on capitalisation there.
ITEM_FIELDS = ("title", "access", "routing", "recommendation", "decision_date")
POINT_FIELDS = ("number", "title", "presentation", "decision")
ATTACHMENT_FIELDS = ("number", "document_id", "access", "title", "journal_number")


def comparable(doc: dict) -> dict:
    return {
        "body": doc["body"],
        "date": doc["date"],
        "absent": sorted((a["name"], a["kind"], a.get("note")) for a in doc["absent"]),
        "items": [
            {
                **{k: item.get(k) for k in ITEM_FIELDS},
                "points": [{k: p.get(k) for k in POINT_FIELDS} for p in item["points"]],
                "attachments": [
                    {k: a.get(k) for k in ATTACHMENT_FIELDS} for a in item["attachments"]
                ],
            }
            for item in doc["items"]
        ],
        "people": sorted(p["name"] for p in doc["people"]),
        "dates": sorted(doc["dates"]),
    }


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_golden(path: Path) -> None:
    got = to_dict(parse_file(path))
    got["source"] = path.name
    jsonschema.validate(got, SCHEMA)
    expected_path = path.with_suffix(".expected.json")
    if not expected_path.exists():
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n")
        pytest.fail(f"{expected_path.name} was written: review it and commit it")
    expected = json.loads(expected_path.read_text())
    assert comparable(got) == comparable(expected)


def test_there_are_golden_documents() -> None:
    assert len(DOCS) >= 3


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_everyone_an_open_document_names_is_named_in_public(path: Path) -> None:
    minutes = parse_file(path)
    assert all(item.access == "open" for item in minutes.items)
    assert minutes.named_in_public() == {p.name for p in minutes.people}


def test_who_only_a_closed_item_names_is_not_named_in_public() -> None:
    text = (GOLDEN / "000_d79a1a66f2e81536.txt").read_text()
    closed = (
        "\nPersonalesag\n\n Lukket Sag\n\nSagsgang\n\nDIR\n\nSagsfremstilling\n\n"
        "Personalechef Hemmelig Hansensen orienterede, og Arbejdsmarkedschef Erik Holck Hansen "
        "deltog.\n\nBeslutning i Direktionen den 20-01-2021\n\nDrøftet.\n"
    )
    minutes = parse_text(text + closed)
    assert [item.access for item in minutes.items] == ["open", "closed"]
    assert [item.access_stated for item in minutes.items] == [True, True]
    assert minutes.items[1].public_text == "Personalesag"
    named = {p.name for p in minutes.people}
    assert {"Hemmelig Hansensen", "Erik Holck Hansen"} <= named
    # Erik Holck Hansen is named in the open item as well; Hemmelig Hansensen only here.
    assert minutes.named_in_public() == named - {"Hemmelig Hansensen"}


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
def test_the_items_texts_hold_no_list_glyph(path: Path) -> None:
    """The schema's texts have their bullet glyphs removed: the item's presentation and
    decisions too, which keep the lines whole (a Symbol-font glyph shows as a box)."""
    for item in to_dict(parse_file(path))["items"]:
        texts = [
            item["presentation"],
            item["recommendation"],
            *(d["text"] for d in item["decisions"]),
        ]
        assert not any(c in text for text in texts for c in "\uf0b7\u2022")


@pytest.mark.parametrize("path", DOCS, ids=[p.stem for p in DOCS])
@pytest.mark.parametrize(
    "furniture",
    [
        ["2", ""],
        ["- 2 -", ""],
        ["Side 2 af 3 ", ""],
        ["Direktionen 20-01-2021 ", "", "2 ", ""],
        [" ", "", "Side 2 af 3 ", ""],  # the page's last line empty, as a paragraph's end
        [],  # nothing between, the next page's first line indented
    ],
    ids=["number", "dashed", "side", "header-and-number", "empty-and-side", "indent"],
)
def test_a_page_break_anywhere_changes_nothing(path: Path, furniture: list[str]) -> None:
    """Text copied from a PDF of more pages keeps what stood between them (a page's number
    alone, a running header) or indents the next page's first line: wherever the break falls, between two lines of a sentence, in
    a heading's section or a bilag's entry, the minutes read the same."""
    text = path.read_text()
    expected = comparable(to_dict(parse_text(text)))
    lines = text.split("\n")
    # each line of text past the first page's ten, after its empty line (double-spaced text)
    breaks = [k + 1 for k in range(20, len(lines) - 2) if lines[k] == "" and lines[k - 1].strip()]
    assert len(breaks) > 20
    for k in breaks:
        next_page = lines[k:] if furniture else [" " + lines[k], *lines[k + 1 :]]
        broken = "\n".join(lines[:k] + furniture + next_page)
        assert comparable(to_dict(parse_text(broken))) == expected, (k, lines[k - 1 : k + 1])
