"""Who took no part in an item, stored with it: disqualified (inhabil) or away, as the
decision names them or a list under the item says. A list under a closed item only is that
item's content: never the public meeting's attendance, page, data or people."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client

from dagsorden.accounts.users import create_user
from dagsorden.core import parse_bytes
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m

from ..core.test_participation import COMMITTEE

pytestmark = pytest.mark.django_db

PAGE = "/organer/oekonomiudvalget/moeder/2022-12-06/"


@pytest.fixture
def imported(tmp_path: Path) -> None:
    path = tmp_path / "oek.txt"
    path.write_text(COMMITTEE, encoding="utf-8")
    assert import_paths([path], progress=False).imported == 1


def test_they_are_stored_with_their_item(imported: None) -> None:
    stored = [
        (a.item.number, a.person.name, a.kind, a.remark)
        for a in m.ItemAbsence.objects.select_related("item", "person").order_by("item__order")
    ]
    assert stored == [
        (1, "Jens Hansen", "inhabil", "A"),
        (2, "Peter Lund", "fraværende", "O, inhabil"),  # listed under the closed item only
    ]
    # The meeting's attendance: those listed under an open item.
    assert [(a.person.name, a.status) for a in m.Attendance.objects.select_related("person")] == [
        ("Karen Holm", "fraværende")
    ]


def test_the_public_sees_an_open_items_and_never_a_closed_ones(
    imported: None, client: Client
) -> None:
    html = client.get(PAGE).content.decode()
    assert "Inhabil: <a" in html and "Jens Hansen</a> (A)" in html
    data = client.get(PAGE.rstrip("/") + ".json").json()
    assert data["items"][0]["absent"] == [
        {"name": "Jens Hansen", "title": None, "kind": "inhabil", "remark": "A"}
    ]
    assert "absent" not in data["items"][1]  # a closed item: its heading only
    assert [a["name"] for a in data["attendance"]] == ["Karen Holm"]
    # Named only under the closed item: nowhere in public, nor a person's page.
    for url in (PAGE, PAGE.rstrip("/") + ".json", "/personer/"):
        assert "Peter Lund" not in client.get(url).content.decode(), url
    assert client.get("/soeg.json", {"q": "Peter Lund"}).json()["total"] == 0
    assert client.get("/personer/peter-lund/").status_code == 404
    person = client.get("/personer/jens-hansen.json").json()
    assert [(a["item"], a["kind"]) for a in person["item_absences"]] == [
        ("Budgetopfølgning", "inhabil")
    ]
    assert "Deltog ikke i punkter" in client.get("/personer/jens-hansen/").content.decode()
    org = m.Organisation.objects.get()
    people = client.get(f"/oparl/v1.1/body/{org.pk}/person/").content.decode()
    assert "Jens Hansen" in people and "Peter Lund" not in people
    member = create_user("direktoer", "Langt-kodeord-42", role="member")
    client.force_login(member)
    html = client.get(PAGE).content.decode()
    assert "Deltog ikke i punktet: <a" in html and "Peter Lund</a> (O, inhabil)" in html


def test_the_members_minutes_keep_a_closed_items_list(imported: None, client: Client) -> None:
    from .test_access import pdf_text

    pdf = PAGE + "referat.pdf"
    public = pdf_text(client.get(pdf).content)
    assert "Karen Holm" in public and "Peter Lund" not in public
    client.force_login(create_user("direktoer", "Langt-kodeord-42", role="member"))
    data = client.get(pdf).content
    full = pdf_text(data)
    # Under the closed item, as its own list said; Jens Hansen in his item's decision, once.
    tail = full[full.index("Ansættelse af direktør") :]
    assert "Fraværende:" in tail and "Peter Lund (O, inhabil)" in tail
    assert full.count("Jens Hansen") == 1
    # Read back, it is that item's again, and not the public meeting's.
    again = parse_bytes(data)
    assert [a.name for a in again.items[1].absent] == ["Peter Lund"]
    assert [a.name for a in again.absent_in_public()] == ["Karen Holm"]
