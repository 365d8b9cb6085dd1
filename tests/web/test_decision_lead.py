"""What a decision says before its points' parts that is no point's ('Direktionen drøftede
punkterne samlet. …' / '1. Drøftet.' / …): stored with the item, shown above its points,
found by the search, kept in the minutes rendered again; a closed item's only for members."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from dagsorden.accounts.users import create_user
from dagsorden.core import parse_bytes
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m

from .test_access import pdf_text

pytestmark = pytest.mark.django_db

PAGE = "/organer/direktionen/moeder/2023-03-01/"
LEAD = (
    "Direktionen drøftede punkterne samlet. Økonomichefen følger op, og sagen behandles i ØK "
    "d. 7. marts."
)
SECRET = "Personalesagen afsluttes med en fratrædelsesaftale."
MINUTES = (
    "Direktionen 01-03-2023\n\nPunkter til behandling\n\n Åben Sag \n\nSagsgang\n\nDIR\n\n"
    "Sagsfremstilling\n\nDirektionen har følgende punkter til behandling:\n"
    "1. Budgetopfølgning pr. 31. januar.\n2. Årshjul 2023.\n\nIndstilling\n\n"
    "Kommunaldirektøren indstiller, at punkterne behandles.\n\n"
    f"Beslutning i Direktionen den 01-03-2023\n\n{LEAD}\n\n1. Drøftet.\n\n2. Godkendt.\n\n"
    "Personalesag\n\n Lukket Sag \n\nSagsgang\n\nDIR\n\nSagsfremstilling\n\n"
    "Direktionen har følgende punkter til behandling:\n1. Status.\n2. Videre forløb.\n\n"
    "Indstilling\n\nKommunaldirektøren indstiller, at punkterne behandles.\n\n"
    f"Beslutning i Direktionen den 01-03-2023\n\n{SECRET}\n\n1. Drøftet.\n\n2. Godkendt.\n"
)


@pytest.fixture
def imported(tmp_path: Path) -> None:
    path = tmp_path / "dir.txt"
    path.write_text(MINUTES, encoding="utf-8")
    assert import_paths([path], progress=False).imported == 1


def test_it_is_stored_with_the_item_and_its_follow_ups_are_the_items(imported: None) -> None:
    items = list(m.AgendaItem.objects.order_by("order"))
    assert [item.decision_lead for item in items] == [LEAD, SECRET]
    assert [p.decision for p in items[0].points.all()] == ["Drøftet.", "Godkendt."]
    action = m.Action.objects.get()
    assert (action.item_id, action.point_id, action.responsible_role) == (
        items[0].pk,
        None,
        "Økonomichefen",
    )
    assert [(r.body.code, r.point_id) for r in m.Referral.objects.select_related("body")] == [
        ("ØK", None)
    ]


def test_the_public_sees_an_open_items_above_its_points(imported: None, client: Client) -> None:
    html = client.get(PAGE).content.decode()
    shown = f"<strong>Beslutning om punkterne:</strong> {LEAD}"
    assert shown in html
    assert html.index(shown) < html.index('<ol class="points">')
    data = client.get(PAGE.rstrip("/") + ".json").json()
    assert data["items"][0]["decision_lead"] == LEAD
    found = client.get("/soeg.json", {"q": "samlet"}).json()
    assert [r["title"] for r in found["results"]] == ["Beslutning om punkterne"]
    minutes = client.get(PAGE + "referat.pdf").content
    text = pdf_text(minutes)
    assert "punkterne samlet" in text and text.index("samlet") < text.index("Drøftet.")
    assert parse_bytes(minutes).items[0].decision_lead == LEAD  # read back the same
    # A closed item's is its content: nowhere in public.
    for url in (PAGE, PAGE.rstrip("/") + ".json", PAGE + "referat.pdf"):
        body = client.get(url).content
        assert "fratrædelsesaftale" not in (
            pdf_text(body) if url.endswith(".pdf") else body.decode()
        )
    assert client.get("/soeg.json", {"q": "fratrædelsesaftale"}).json()["total"] == 0


def test_members_see_a_closed_items(imported: None, client: Client) -> None:
    client.force_login(create_user("direktoer", "Langt-kodeord-42", role="member"))
    assert (
        f"<strong>Beslutning om punkterne:</strong> {SECRET}" in client.get(PAGE).content.decode()
    )
    assert client.get("/soeg.json", {"q": "fratrædelsesaftale"}).json()["total"] == 1
