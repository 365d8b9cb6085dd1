"""Minutes of other Danish agenda systems, as a municipality's older archive holds them: no
access line under an item's heading ('Åben Sag'), the items numbered instead ('131.
Godkendelse af dagsorden'), with the case's record and those systems' own headings under
them ('Resume', 'Sagsforløb', 'Beslutningstema'), and attachments listed a title a line.
The texts are written for these tests after the layouts of such systems' public minutes."""

from __future__ import annotations

import pytest

from dagsorden.core import parse_bytes, parse_text
from dagsorden.core.attachments import parse_attachments
from dagsorden.core.lines import Line

from ..pdfmaker import text_to_pdf

ECONOMY = """\
Referat
Økonomiudvalget
Dato: 12-03-2020
Tid: 15:00
Sted: Rådhuset, mødelokale 1

Fraværende: Udvalgsmedlem Jens Hansen

Indholdsfortegnelse
1. Godkendelse af dagsorden 2
2. Budgetopfølgning pr. 29. februar 2020 3
3. Salg af grund i Auning 4

1. Godkendelse af dagsorden
Sagsnr.: 00.01.00-A00-1-20
Resume
Dagsordenen forelægges til godkendelse.
Indstilling
Direktøren indstiller, at dagsordenen godkendes.
Beslutning i Økonomiudvalget den 12-03-2020
Godkendt.

2. Budgetopfølgning pr. 29. februar 2020 og
forventet regnskab for 2020
Sagsnr.: 00.30.14-S00-2-20
Sagsansvarlig: Mette Sørensen
Resume
Økonomiafdelingen har udarbejdet budgetopfølgningen.
Sagsfremstilling
Budgetopfølgningen viser et mindreforbrug på 3 mio. kr. Den omfatter:
1. Drift
2. Anlæg
Indstilling
Direktøren indstiller, at budgetopfølgningen tages til efterretning.
Beslutning i Økonomiudvalget den 12-03-2020
1. Drift: Taget til efterretning.
2. Anlæg: Taget til efterretning. Økonomichefen følger op.
Bilag
Budgetopfølgning pr. 29. februar 2020 (123/20)
Anlægsoversigt.pdf

3. Salg af grund i Auning
Sagsnr.: 82.06.00-G10-1-20
Beslutningstema
Udvalget skal tage stilling til salg af grunden.
Indstilling
Direktøren indstiller, at grunden sælges.
Beslutning i Økonomiudvalget den 12-03-2020
Anbefales.
"""


def _spaced(text: str) -> str:
    """The text as pypdfium2 extracts a PDF: an empty line after each."""
    return "".join(f"{line} \n\n" for line in text.splitlines())


@pytest.mark.parametrize("layout", [str, _spaced], ids=["text", "double-spaced"])
def test_numbered_items_without_access_lines_are_the_items(layout) -> None:
    minutes = parse_text(layout(ECONOMY))
    assert (minutes.body, minutes.date.isoformat()) == ("Økonomiudvalget", "2020-03-12")
    assert [(item.number, item.title) for item in minutes.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budgetopfølgning pr. 29. februar 2020 og forventet regnskab for 2020"),
        (3, "Salg af grund i Auning"),
    ]
    first, second, third = minutes.items
    # the cover's table of contents is no item, its absence the meeting's
    assert [(a.name, a.kind) for a in minutes.absent] == [("Jens Hansen", "fraværende")]
    # the record is no text of the item; what the other headings head is its presentation
    assert [item.case_number for item in minutes.items] == [
        "00.01.00-A00-1-20",
        "00.30.14-S00-2-20",
        "82.06.00-G10-1-20",
    ]
    assert "Sagsnr" not in second.presentation and "Sørensen" not in second.presentation
    assert first.presentation == "Resume Dagsordenen forelægges til godkendelse."
    assert second.presentation.startswith("Resume Økonomiafdelingen har udarbejdet")
    assert "mindreforbrug på 3 mio. kr." in second.presentation
    assert third.presentation == (
        "Beslutningstema Udvalget skal tage stilling til salg af grunden."
    )
    assert [item.recommendation for item in minutes.items] == [
        "Direktøren indstiller, at dagsordenen godkendes.",
        "Direktøren indstiller, at budgetopfølgningen tages til efterretning.",
        "Direktøren indstiller, at grunden sælges.",
    ]
    assert [(p.title, p.decision) for p in second.points] == [
        ("Drift", "Drift: Taget til efterretning."),
        ("Anlæg", "Anlæg: Taget til efterretning. Økonomichefen følger op."),
    ]
    assert [a.verb for a in second.actions] == ["følger op"]
    assert [p.title for p in first.points + third.points] == []
    assert third.decisions[0].text == "Anbefales."
    assert [(a.number, a.title, a.journal_number) for a in second.attachments] == [
        (1, "Budgetopfølgning pr. 29. februar 2020", "123/20"),
        (2, "Anlægsoversigt.pdf", None),
    ]
    # Nothing says an item is public: each is closed until someone opens it.
    assert {item.access for item in minutes.items} == {"closed"}
    assert {item.access_stated for item in minutes.items} == {False}
    assert {a.access for a in second.attachments} == {"closed"}


def test_numbered_items_read_from_a_pdf_of_pages_with_a_running_header() -> None:
    text = ECONOMY.replace(
        "Budgetopfølgningen viser", "Budgetopfølgningen viser\n" + "Tekst.\n" * 60
    )
    expected = parse_text(text)
    minutes = parse_bytes(text_to_pdf(text, header="Økonomiudvalget 12-03-2020"), "referat.pdf")
    assert [(i.number, i.title, i.case_number) for i in minutes.items] == [
        (i.number, i.title, i.case_number) for i in expected.items
    ]
    for read, written in zip(minutes.items, expected.items, strict=True):
        assert (read.presentation, read.decisions, read.attachments) == (
            written.presentation,
            written.decisions,
            written.attachments,
        )


CITY_COUNCIL = """\
Beslutningsprotokol
Byrådet
Mødedato: 20-05-2020

131. Godkendelse af dagsorden
Beslutning
Godkendt.

132. Meddelelser
Beslutning
Taget til efterretning.

133. Orientering om budgetopfølgning
Sagsforløb: ØK/BY
Forventet sagsgang
Økonomiudvalget, Byrådet
Sagsfremstilling
Budgetopfølgningen viser et merforbrug.
Indstilling
Borgmesteren indstiller, at orienteringen tages til efterretning.
Beslutning
Taget til efterretning.
Bilag
- Budgetopfølgning 31. marts 2020
- Regnskabsprognose

134. Eventuelt
Beslutning
Intet.
"""


def test_items_numbered_on_through_the_year_some_with_a_decision_only() -> None:
    """Numbers that go on from meeting to meeting; items with nothing but their decision
    (items 131, 132 and 134) are items where the numbers go on from one to the next."""
    minutes = parse_text(CITY_COUNCIL)
    assert (minutes.body, minutes.date.isoformat()) == ("Byrådet", "2020-05-20")
    assert [(i.number, i.title, i.decisions[0].text) for i in minutes.items] == [
        (131, "Godkendelse af dagsorden", "Godkendt."),
        (132, "Meddelelser", "Taget til efterretning."),
        (133, "Orientering om budgetopfølgning", "Taget til efterretning."),
        (134, "Eventuelt", "Intet."),
    ]
    # the bodies under those systems' labels are the routing; the second label stays text
    assert minutes.items[2].routing == ("ØK", "BY")
    presentation = minutes.items[2].presentation
    assert presentation.startswith("Forventet sagsgang Økonomiudvalget, Byrådet Budget")
    assert [a.title for a in minutes.items[2].attachments] == [
        "Budgetopfølgning 31. marts 2020",
        "Regnskabsprognose",
    ]


def test_items_with_a_decision_only_are_items_when_their_numbers_follow() -> None:
    text = CITY_COUNCIL.split("133. Orientering")[0]
    minutes = parse_text(text)
    assert [i.number for i in minutes.items] == [131, 132]


def _single_item(list_and_after: str) -> str:
    return (
        "Økonomiudvalget 12-03-2020\n\n1. Budgetopfølgning\nSagsnr.: 00.30.14-S00-2-20\n"
        "Sagsfremstilling\n"
        "Budgetopfølgningen omfatter:\n" + list_and_after
    )


@pytest.mark.parametrize(
    "after",
    [
        "1. Drift\n2. Anlæg\nBeslutning i Økonomiudvalget den 12-03-2020\n1. Godkendt.\n2. Godkendt.\n",
        "1. Drift\n2. Anlæg\nIndstilling\nDirektøren indstiller, at den godkendes.\n"
        "Beslutning i Økonomiudvalget den 12-03-2020\nGodkendt.\n",
    ],
    ids=["decision", "recommendation"],
)
def test_a_points_list_before_the_decision_is_no_item(after: str) -> None:
    """The last point of a list above the decision ('2. Anlæg' / 'Beslutning i …') is
    numbered and followed by a decision, as an item with nothing but a decision is: the point
    above it, with the number before, makes it a list's."""
    minutes = parse_text(_single_item(after))
    assert [(i.number, i.title) for i in minutes.items] == [(1, "Budgetopfølgning")]
    assert [p.title for p in minutes.items[0].points] == ["Drift", "Anlæg"]


def test_a_points_list_in_a_later_item_opens_no_item_with_a_smaller_number() -> None:
    text = ECONOMY.replace("Beslutningstema\n", "1. Salg\nSagsfremstilling\nTekst.\n")
    text = text.replace("1. Drift\n2. Anlæg\n", "1. Drift\n2. Anlæg\nResume\n")
    minutes = parse_text(text)
    assert [i.number for i in minutes.items] == [1, 2, 3]
    assert minutes.items[2].presentation.startswith("1. Salg Tekst.")


def test_a_lone_numbered_line_before_a_decision_is_no_item() -> None:
    """One numbered line with nothing but a decision after it, and nothing else numbered:
    no sign that items are numbered; the document is one item, as before."""
    text = (
        "Økonomiudvalget 12-03-2020\n\nBudgetopfølgning\nSagsfremstilling\nTekst.\n"
        "2. Anlæg er forsinket\nBeslutning i Økonomiudvalget den 12-03-2020\nGodkendt.\n"
    )
    minutes = parse_text(text)
    assert len(minutes.items) == 1
    assert "2. Anlæg er forsinket" in minutes.items[0].presentation


def _attachments(*texts: str) -> list[tuple[int, str, str, str | None, str | None]]:
    found = parse_attachments([Line(text) for text in texts])
    return [(a.number, a.access, a.title, a.document_id, a.journal_number) for a in found]


def test_attachments_listed_a_title_a_line() -> None:
    assert _attachments(
        "• Notat om budget",
        "Bilag 3: Tidsplan",
        "3068933",
        "Åben Oversigt.pdf (135270/21) (H)",
        "Kortbilag.pdf",
        "Prognose for 2020 (12/20)",
    ) == [
        (1, "closed", "Notat om budget", None, None),
        (3, "closed", "Tidsplan", None, None),
        (4, "open", "Oversigt.pdf", "3068933", "135270/21"),
        (5, "closed", "Kortbilag.pdf", None, None),
        (6, "closed", "Prognose for 2020", None, "12/20"),
    ]


def test_attachments_in_a_numbered_list() -> None:
    # the list's numbers are the attachments' numbers, not their titles' first words
    assert _attachments("1. Årshjul 2022.pptx", "2) Notat om budget", "12. november 2022") == [
        (1, "closed", "Årshjul 2022.pptx", None, None),
        (2, "closed", "Notat om budget", None, None),
    ]


def test_attachments_access_given_last_or_as_an_adjective() -> None:
    """'Notat (Åben)' as other systems' lists give it; 'Åbent' as the adjective's neuter."""
    assert _attachments(
        "1. Budgetopfølgning - notat (Åben)",
        "2. Kandidatliste (Lukket)",
        "3. Tidsplan (åbent)",
        "4. Notat (udkast)",
    ) == [
        (1, "open", "Budgetopfølgning - notat", None, None),
        (2, "closed", "Kandidatliste", None, None),
        (3, "open", "Tidsplan", None, None),
        (4, "closed", "Notat (udkast)", None, None),  # no access word: closed
    ]
    assert _attachments("1 -", "3311525", "Åbent Notat (31225/23) (H)") == [
        (1, "open", "Notat", "3311525", "31225/23")
    ]


def test_a_title_that_wraps_in_lower_case_is_one_attachment() -> None:
    assert _attachments("- Budgetopfølgning for drift og", "anlæg pr. 31. marts") == [
        (1, "closed", "Budgetopfølgning for drift og anlæg pr. 31. marts", None, None)
    ]


@pytest.mark.parametrize(
    "texts",
    [
        ("Mødet hævet kl. 11.30.",),
        ("- Udbudsplan for indkøb. Materialet er vedlagt.",),
        ("Direktionen har følgende øvrige punkter til behandling:",),
        ("1. Budgettet blev godkendt.",),
    ],
)
def test_sentences_under_bilag_are_no_attachments(texts: tuple[str, ...]) -> None:
    """Text after the list, or a points list a lost heading left under 'Bilag'."""
    assert _attachments(*texts) == []


CLOSED_ONLY_MARKED = """\
3. Salg af ejendom
Lukket punkt
Beslutning i Økonomiudvalget den 12-03-2020
Godkendt.

4. Eventuelt
Sagsnr.: 00.01.00-A00-4-20
Resume
Intet at bemærke.
Beslutning i Økonomiudvalget den 12-03-2020
Intet.
"""


@pytest.mark.parametrize("marked", ["Lukket punkt", "Åbent punkt"])
def test_items_without_access_lines_beside_items_with_them(marked: str) -> None:
    """Systems that mark the access of some items only ('Lukket punkt'): the items above
    the first marked one and after it are items too, not the cover or the marked item's
    decision."""
    text = ECONOMY[: ECONOMY.rindex("3. Salg af grund")] + CLOSED_ONLY_MARKED.replace(
        "Lukket punkt", marked
    )
    minutes = parse_text(text)
    assert [(i.number, i.title) for i in minutes.items] == [
        (1, "Godkendelse af dagsorden"),
        (2, "Budgetopfølgning pr. 29. februar 2020 og forventet regnskab for 2020"),
        (3, "Salg af ejendom"),
        (4, "Eventuelt"),
    ]
    assert [i.decisions[0].text for i in minutes.items] == [
        "Godkendt.",
        "1. Drift: Taget til efterretning. 2. Anlæg: Taget til efterretning. Økonomichefen "
        "følger op.",
        "Godkendt.",
        "Intet.",
    ]
    assert [i.access for i in minutes.items] == [
        "closed",
        "closed",
        "open" if marked.startswith("Åben") else "closed",
        "closed",
    ]
    # Only the marked item's access is the document's word; the others' is not stated.
    assert [i.access_stated for i in minutes.items] == [False, False, True, False]
    assert minutes.items[3].case_number == "00.01.00-A00-4-20"


def test_a_numbered_heading_over_its_record_and_access_line_is_one_item() -> None:
    """'2. Budget' / 'Sagsnr.: …' / 'Åben sag': the record does not open an item of its
    own above the one the access line opens."""
    text = (
        "Økonomiudvalget 12-03-2020\n\n1. Godkendelse af dagsorden\nSagsnr.: 1-1\nÅben sag\n"
        "Beslutning\nGodkendt.\n\n2. Budget\nSagsnr.: 1-2\nLukket sag\nBeslutning\nGodkendt.\n"
    )
    minutes = parse_text(text)
    assert [(i.number, i.title, i.access, i.case_number) for i in minutes.items] == [
        (1, "Godkendelse af dagsorden", "open", "1-1"),
        (2, "Budget", "closed", "1-2"),
    ]


@pytest.mark.parametrize(
    ("label", "routing"),
    [
        ("Forventet sagsgang\nØkonomiudvalget, Byrådet", ("ØK", "BR")),
        ("Sagsforløb: MTU - ØK - KB", ("MTU", "ØK", "KB")),
        ("Sagsforløb: Sagen blev rejst i 2019.", ()),
        ("Forventet sagsgang\nSagen afgøres af udvalget.", ()),
    ],
)
def test_the_routing_under_other_systems_labels(label: str, routing: tuple[str, ...]) -> None:
    text = CITY_COUNCIL.replace(
        "Sagsforløb: ØK/BY\nForventet sagsgang\nØkonomiudvalget, Byrådet", label
    )
    item = parse_text(text).items[2]
    assert item.routing == routing
    if not routing:  # text, kept as the presentation's
        assert item.presentation.startswith(label.replace("\n", " "))


def test_an_unmarked_item_after_a_marked_first_one_is_an_item() -> None:
    """The first item marked (`Lukket punkt`) and numbered, no case record anywhere: the
    numbered item after it is an item, not more of the marked one's decision."""
    minutes = parse_text(
        "Økonomiudvalget 12-03-2020\n\n1. Salg af ejendom\nLukket punkt\n"
        "Beslutning i Økonomiudvalget den 12-03-2020\nGodkendt.\n\n"
        "2. Eventuelt\nResume\nIntet at bemærke.\n"
        "Beslutning i Økonomiudvalget den 12-03-2020\nIntet.\n"
    )
    assert [(i.number, i.title, i.access, i.access_stated, i.decision) for i in minutes.items] == [
        (1, "Salg af ejendom", "closed", True, "Godkendt."),
        (2, "Eventuelt", "closed", False, "Intet."),
    ]


def test_numbered_headings_each_marked_keep_their_points_lists() -> None:
    """Every item numbered and marked (`1. Budget` / `Åben Sag`), lists numbered inside them
    before a decision: the items are the marked ones, the lists their points."""
    item = (
        "{n}. {title}\n Åben Sag\nSagsfremstilling\nDer er to punkter:\n1. Drift\n2. Anlæg\n"
        "Indstilling\nDirektøren indstiller, at punkterne godkendes.\n"
        "Beslutning i Økonomiudvalget den 06-12-2022\n1. Godkendt.\n2. Godkendt.\n\n"
    )
    text = "Økonomiudvalget 06-12-2022\n\n" + "".join(
        item.format(n=n, title=title) for n, title in ((1, "Budget"), (2, "Anlæg i Grenaa"))
    )
    minutes = parse_text(text)
    assert [(i.number, i.title, i.access_stated) for i in minutes.items] == [
        (1, "Budget", True),
        (2, "Anlæg i Grenaa", True),
    ]
    assert [[(p.title, p.decision) for p in i.points] for i in minutes.items] == [
        [("Drift", "Godkendt."), ("Anlæg", "Godkendt.")]
    ] * 2


FIELDS = ECONOMY.replace(
    "Anbefales.\n",
    "Anbefales\nAnsvarlig: Økonomichefen\nSagen behandles i KB d. 26. marts.\n",
).replace(
    "2. Anlæg: Taget til efterretning. Økonomichefen følger op.\n",
    "2. Anlæg: Taget til efterretning.\nOpfølgning v/ konstitueret\nfællesforvaltningsdirektør.\n",
)


@pytest.mark.parametrize("source", ["text", "pdf"])
def test_follow_ups_written_as_fields_of_a_form(source: str) -> None:
    # Other systems give a decision's follow-up as a field on a line of its own, the line
    # before it without a period, the name wrapped: read as the verbs are.
    minutes = (
        parse_text(FIELDS)
        if source == "text"
        else parse_bytes(text_to_pdf(FIELDS, header="Økonomiudvalget 12-03-2020"), "r.pdf")
    )
    _, second, third = minutes.items
    assert [(a.responsible, a.verb, a.point_index) for a in second.actions] == [
        ("konstitueret fællesforvaltningsdirektør", "følger op", 1)
    ]
    assert [(a.responsible, a.text) for a in third.actions] == [
        ("Økonomichefen", "Ansvarlig: Økonomichefen")
    ]
    assert [(r.body, r.date.isoformat()) for r in third.referrals] == [("KB", "2020-03-26")]
