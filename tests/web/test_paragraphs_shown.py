"""The minutes' paragraphs and lists, from the document to the page: an imported text keeps
where its paragraphs and list entries were (core/paragraphs.py), and the portal shows them,
and a secretary's typed ones, as paragraphs and lists."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from dagsorden.accounts.users import create_user
from dagsorden.core import parse_bytes
from dagsorden.core.paragraphs import unlaid
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m

from .test_access import pdf_text

pytestmark = pytest.mark.django_db

PAGE = "/organer/direktionen/moeder/2023-03-01/"
# The layout of the seeds: a line of one space is an empty paragraph; U+F0B7 Symbol's bullet.
MINUTES = (
    "Direktionen 01-03-2023\n\nPunkter til behandling\n\n Åben Sag \n\nSagsgang\n\nDIR\n\n"
    "Sagsfremstilling\n\nDirektionen arbejder med verdensmålene som en overordnet \n\n"
    "begrebsramme for kommunens udvikling. \n\n \n\n"
    "Direktionen arbejder med 5 minutters oplæg som metode. \n\n \n\n"
    "Direktionen har følgende punkter til behandling: \n\n"
    "\uf0b7 Budgetopfølgning pr. 31. januar. \n\n \uf0b7 Årshjul 2023. \n\n"
    "Indstilling\n\nKommunaldirektøren indstiller, at punkterne behandles.\n\n"
    "Beslutning i Direktionen den 01-03-2023\n\n"
    "Budgetopfølgning pr. 31. januar. \n\nBudgettet blev drøftet. Følgende blev aftalt: \n\n \n\n"
    "- Økonomichefen udarbejder et notat til ØK. \n\n \n\n"
    "- Anlægsoversigten sendes til direktionen. \n\n \n\n"
    "Årshjul 2023. \n\nGodkendt. \n\n \n\n"
    "Personalesag\n\n Lukket Sag \n\nSagsgang\n\nDIR\n\nSagsfremstilling\n\n"
    "Sagen drejer sig om en medarbejder. \n\n \n\nFortroligt afsnit om fratrædelsen. \n\n"
    "Indstilling\n\nKommunaldirektøren indstiller, at sagen drøftes.\n\n"
    "Beslutning i Direktionen den 01-03-2023\n\nDrøftet. \n\n \n\nSagen afsluttes.\n"
)


def _items() -> list[m.AgendaItem]:
    return list(m.AgendaItem.objects.order_by("order"))


@pytest.fixture
def imported(tmp_path: Path) -> None:
    path = tmp_path / "dir.txt"
    path.write_text(MINUTES, encoding="utf-8")
    assert import_paths([path], progress=False).imported == 1


def test_imported_texts_keep_their_paragraphs_and_lists(imported: None) -> None:
    item = _items()[0]
    assert item.presentation == (
        "Direktionen arbejder med verdensmålene som en overordnet begrebsramme for kommunens "
        "udvikling.\n\nDirektionen arbejder med 5 minutters oplæg som metode.\n\n"
        "Direktionen har følgende punkter til behandling:\n\n"
        "- Budgetopfølgning pr. 31. januar.\n\n- Årshjul 2023."
    )
    first, second = item.points.order_by("order")
    assert first.decision == (
        "Budgettet blev drøftet. Følgende blev aftalt:\n\n"
        "- Økonomichefen udarbejder et notat til ØK.\n\n"
        "- Anlægsoversigten sendes til direktionen."
    )
    assert (first.presentation, second.decision) == (
        "Budgetopfølgning pr. 31. januar.",
        "Godkendt.",
    )
    closed = _items()[1]
    assert closed.decisions.get().text == "Drøftet.\n\nSagen afsluttes."


def test_the_portal_shows_them_as_paragraphs_and_lists(imported: None, client: Client) -> None:
    html = client.get(PAGE).content.decode()
    assert (
        '<div class="text"><p>Direktionen arbejder med verdensmålene som en overordnet '
        "begrebsramme for kommunens udvikling.</p><p>Direktionen arbejder med 5 minutters "
        "oplæg som metode.</p><p>Direktionen har følgende punkter til behandling:</p>"
        "<ul><li>Budgetopfølgning pr. 31. januar.</li><li>Årshjul 2023.</li></ul></div>"
    ) in html
    assert (
        '<div class="decision"><p><strong>Beslutning:</strong> Budgettet blev drøftet. Følgende '
        "blev aftalt:</p><ul><li>Økonomichefen udarbejder et notat til ØK.</li>"
        "<li>Anlægsoversigten sendes til direktionen.</li></ul></div>"
    ) in html
    assert "\uf0b7" not in html  # no Symbol-font glyph for a browser to show as a box
    # the front page's latest decisions, on a line each: no list marks in them
    home = client.get("/").content.decode()
    assert "Følgende blev aftalt: Økonomichefen udarbejder et notat til ØK." in home
    found = client.get("/soeg.json", {"q": "Anlægsoversigten"}).json()["results"]
    assert [r["snippet"] for r in found] == [
        "… udarbejder et notat til ØK. <mark>Anlægsoversigten</mark> sendes til direktionen"
    ]
    # A closed item's paragraphs are its content: nowhere in public.
    assert "fratrædelsen" not in html and "Sagen afsluttes" not in html


def test_a_point_shows_its_title_once(imported: None, client: Client) -> None:
    """The title is a point's heading: its text and decision go on below it without it
    (the list of points in the case presentation keeps it)."""
    html = client.get(PAGE).content.decode()
    assert html.count("Årshjul 2023.") == 2  # the list's entry, the heading
    point = m.Point(title="Budget 2025.", presentation="Budget 2025. Rammen drøftes.")
    point.decision = "Budget 2025.\n\nGodkendt."
    assert (point.presentation_after_title, point.decision_after_title) == (
        "Rammen drøftes.",
        "Godkendt.",
    )
    # not a title that is only the start of a word or of a sentence, and a decision that is
    # the title alone; a title without a period is a text's first paragraph
    point = m.Point(title="Budget", presentation="Budgettet drøftes.", decision="Budget")
    assert (point.presentation_after_title, point.decision_after_title) == (
        "Budgettet drøftes.",
        "Budget",
    )
    point = m.Point(title="Budget", presentation="Budget 2027.", decision="Budget\n\nGodkendt.")
    assert (point.presentation_after_title, point.decision_after_title) == (
        "Budget 2027.",
        "Godkendt.",
    )


def test_members_see_a_closed_items_paragraphs(imported: None, client: Client) -> None:
    client.force_login(create_user("direktoer", "Langt-kodeord-42", role="member"))
    html = client.get(PAGE).content.decode()
    assert (
        '<div class="text"><p>Sagen drejer sig om en medarbejder.</p>'
        "<p>Fortroligt afsnit om fratrædelsen.</p></div>"
    ) in html
    assert "<p>Drøftet.</p><p>Sagen afsluttes.</p></div>" in html


def test_the_minutes_rendered_again_read_back_the_same(imported: None, client: Client) -> None:
    minutes = client.get(PAGE + "referat.pdf").content
    text = pdf_text(minutes)
    assert text.index("overordnet") < text.index("5 minutters oplæg") < text.index("Årshjul")
    read = parse_bytes(minutes).items[0]
    stored = _items()[0].points.order_by("order")
    assert [p.decision for p in read.points] == [unlaid(p.decision) for p in stored]
    assert "fratrædelsen" not in text


def test_a_typed_text_shows_its_paragraphs_and_escapes_markup(
    imported: None, client: Client
) -> None:
    """What a secretary types in a text area (CR LF line ends) is shown as typed."""
    point = m.Point.objects.filter(title="Årshjul 2023.").get()
    point.decision = "Godkendt.\r\n\r\nÅrshjulet <b>sendes</b> til KB.\r\nSe bilag 2.\r\n- Punkt a"
    point.save()
    html = client.get(PAGE).content.decode()
    assert (
        '<div class="decision"><p><strong>Beslutning:</strong> Godkendt.</p>'
        "<p>Årshjulet &lt;b&gt;sendes&lt;/b&gt; til KB.<br>Se bilag 2.</p>"
        "<ul><li>Punkt a</li></ul></div>"
    ) in html
