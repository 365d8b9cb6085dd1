"""Who took no part in an item, as its decision says (core/participation.py), and the
absences listed under an item, kept with it: a list under a closed item only is that item's
content, never the public meeting's."""

from __future__ import annotations

import pytest

from dagsorden.core import parse_text
from dagsorden.core.participation import not_taking_part


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anbefales. Jens Hansen (A) deltog ikke i behandlingen af punktet på grund af "
            "inhabilitet.",
            [("Jens Hansen", "inhabil", None, "A")],
        ),
        (
            "Godkendt. Jens Hansen (A) og Karen Holm (V) deltog ikke i behandlingen af sagen.",
            [("Jens Hansen", "fraværende", None, "A"), ("Karen Holm", "fraværende", None, "V")],
        ),
        (
            "Direktør Lene Mehlsen erklærede sig inhabil og forlod mødet under behandlingen.",
            [("Lene Mehlsen", "inhabil", "Direktør", None)],
        ),
        (
            "Udvalget erklærede Karen Holm (V) inhabil. Godkendt.",
            [("Karen Holm", "inhabil", None, "V")],
        ),
        ("Inhabil: Jens Hansen (A). Sagen blev godkendt.", [("Jens Hansen", "inhabil", None, "A")]),
        ("Godkendt, idet Jens Hansen (A) var inhabil.", [("Jens Hansen", "inhabil", None, "A")]),
        (
            "Udvalget godkendte, at Peter Lund (O) var inhabil, og sagen blev anbefalet.",
            [("Peter Lund", "inhabil", None, "O")],
        ),
        (
            "Godkendt. Kim T. Jensen forlod mødet under punktet.",
            [("Kim T. Jensen", "fraværende", None, None)],
        ),
        (
            "Godkendt. Kim T. Jensen forlod mødet før punkt 3.",
            [("Kim T. Jensen", "fraværende", None, None)],
        ),
        ("Godkendt. Kim T. Jensen forlod mødet kl. 11.", []),  # after the item, maybe
        (
            "Jens Hansen (A) erklærede sig inhabil og deltog ikke i behandlingen af sagen.",
            [("Jens Hansen", "inhabil", None, "A")],
        ),
        (
            "Drøftet. Velfærdsdirektør Lene Mehlsen deltog ikke under punktet.",
            [("Lene Mehlsen", "fraværende", "Velfærdsdirektør", None)],
        ),
        (
            "Jens Hansen (A) deltog ikke i sagen.",
            [("Jens Hansen", "fraværende", None, "A")],
        ),
        # away from the meeting, as a sentence says it
        (
            "Drøftet. Kommunaldirektør Jan Jeppesen havde meldt afbud.",
            [("Jan Jeppesen", "afbud", "Kommunaldirektør", None)],
        ),
        (
            "Godkendt. Direktør Lene Mehlsen og økonomichef Bettina Andersen meldte afbud.",
            [
                ("Lene Mehlsen", "afbud", "Direktør", None),
                ("Bettina Andersen", "afbud", "økonomichef", None),
            ],
        ),
        (
            "Velfærdsdirektør Lene Mehlsen var fraværende.",
            [("Lene Mehlsen", "fraværende", "Velfærdsdirektør", None)],
        ),
        ("Der var meldt afbud fra HR.", []),
        ("Direktionen drøftede afbud fra borgerne.", []),
        ("Antallet af fraværende medarbejdere steg.", []),
        # Nobody named: a body, a role, nobody at all, or someone who did take part.
        ("Udvalget deltog ikke i behandlingen.", []),
        ("Formanden var inhabil.", []),
        ("Velfærdsdirektøren deltog ikke i behandlingen.", []),
        ("Der var enighed om, at ingen var inhabil.", []),
        ("Skolechef Anders Bøgh Jørgensen deltog i dialogen. Drøftet.", []),
        ("Godkendt.", []),
        ("Jens Hansen (A) deltog ikke i punkterne om budgettet, men i resten.", []),
    ],
)
def test_who_took_no_part(text: str, expected: list[tuple]) -> None:
    found = [(a.name, a.kind, a.title, a.note) for a in not_taking_part(text)]
    assert found == expected


COMMITTEE = """\
Økonomiudvalget 06-12-2022

1. Budgetopfølgning
 Åben Sag

Sagsfremstilling

Budgetopfølgningen viser et mindreforbrug.

Beslutning i Økonomiudvalget den 06-12-2022

Anbefales. Jens Hansen (A) deltog ikke i behandlingen af punktet på grund af inhabilitet.

Fraværende:
Karen Holm (V)

2. Ansættelse af direktør
 Lukket Sag

Sagsfremstilling

Tre ansøgere er til samtale.

Beslutning i Økonomiudvalget den 06-12-2022

Godkendt.

Fraværende:
Karen Holm (V)
Peter Lund (O) (inhabil)
"""


def test_an_items_absences_stay_with_it_and_a_closed_items_out_of_public() -> None:
    minutes = parse_text(COMMITTEE)
    first, second = minutes.items
    assert [(a.name, a.kind, a.note) for a in first.absent] == [
        ("Karen Holm", "fraværende", "V"),
        ("Jens Hansen", "inhabil", "A"),
    ]
    assert [(a.name, a.note) for a in second.absent] == [
        ("Karen Holm", "V"),
        ("Peter Lund", "O, inhabil"),
    ]
    # The meeting's absences are the lists' (not who was disqualified from one item) …
    assert [a.name for a in minutes.absent] == ["Karen Holm", "Peter Lund"]
    # … and the public's those listed under an open item: Peter Lund only under the closed one.
    assert [a.name for a in minutes.absent_in_public()] == ["Karen Holm"]
    assert "Peter Lund" not in minutes.named_in_public()
    assert {"Karen Holm", "Jens Hansen"} <= minutes.named_in_public()


def test_the_outline_and_the_json_name_them_under_the_item() -> None:
    from dagsorden.core import to_dict, to_outline

    minutes = parse_text(COMMITTEE)
    outline = to_outline(minutes).splitlines()
    assert "   Inhabil: Jens Hansen (A)" in outline
    assert not any(line.strip().startswith("Deltog ikke") for line in outline)
    item = to_dict(minutes)["items"][0]
    assert item["absent"][1] == {
        "name": "Jens Hansen",
        "kind": "inhabil",
        "title": None,
        "note": "A",
    }


ROLES = """\
Direktionen 07-06-2023

Punkter til behandling
Åben Sag
Sagsfremstilling
Direktionen har følgende punkter til behandling:
1. Status på Skovskolen. Konstitueret velfærdsdirektør Lene Mehlsen orienterer.
2. Budget. Økonomichef Bettina Andersen og økonomichef Ulla Kjær fremlægger.
Beslutning i Direktionen den 07-06-2023
1. Drøftet. {said}
2. Godkendt.
"""


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # The one person the document gives the title: the acting one holds the post.
        (
            "Velfærdsdirektøren deltog ikke under punktet.",
            [("Lene Mehlsen", "fraværende", "konstitueret velfærdsdirektør")],
        ),
        (
            "Velfærdsdirektøren erklærede sig inhabil.",
            [("Lene Mehlsen", "inhabil", "konstitueret velfærdsdirektør")],
        ),
        # Two hold the title here, no one the other: each names nobody.
        ("Økonomichefen forlod mødet under punktet.", []),
        ("HR-chefen deltog ikke under punktet.", []),
        ("Direktionen deltog ikke i behandlingen.", []),
    ],
)
def test_a_role_is_the_one_person_the_document_gives_it(
    said: str, expected: list[tuple[str, str, str]]
) -> None:
    item = parse_text(ROLES.format(said=said)).items[0]
    assert [(a.name, a.kind, a.title) for a in item.absent] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GODKENDT. JENS HANSEN (A) DELTOG IKKE I BEHANDLINGEN AF PUNKTET PÅ GRUND AF "
            "INHABILITET.",
            [("Jens Hansen", "inhabil", None, "A")],
        ),
        ("INHABIL: KAREN HOLM (V, FORMAND).", [("Karen Holm", "inhabil", None, "V, formand")]),
        (
            "DIREKTØR LENE MEHLSEN FORLOD MØDET UNDER PUNKTET.",
            [("Lene Mehlsen", "fraværende", "Direktør", None)],
        ),
        ("UDVALGET DELTOG IKKE I BEHANDLINGEN.", []),
        ("GODKENDT.", []),
    ],
)
def test_minutes_in_capitals(text: str, expected: list[tuple]) -> None:
    assert [(a.name, a.kind, a.title, a.note) for a in not_taking_part(text)] == expected
