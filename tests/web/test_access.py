"""The access rule as a truth table, and an anonymous crawler that must never meet closed content."""

from __future__ import annotations

import re
from datetime import date
from itertools import product

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.test import Client

from dagsorden.meetings import models as m
from dagsorden.meetings.access import attachment_visible, is_member, item_visible, meeting_visible
from dagsorden.search.indexer import rebuild
from dagsorden.search.models import FileText

from . import factories as f

STATES = ["draft", "agenda_published", "held", "minutes_approved", "published", None, "unknown"]
ACCESS = ["open", "closed", None, "", "OPEN"]


@pytest.mark.parametrize(
    ("member", "state", "access"), list(product([True, False], STATES, ACCESS))
)
def test_item_truth_table(member: bool, state: str | None, access: str | None) -> None:
    public_state = state in ("agenda_published", "held", "minutes_approved", "published")
    # Members see all; the public only open items of published meetings; anything unknown is closed.
    assert item_visible(member, state, access) == (member or (public_state and access == "open"))
    assert meeting_visible(member, state) == (member or public_state)


@pytest.mark.parametrize(
    ("member", "item_access", "access"), list(product([True, False], ACCESS, ACCESS))
)
def test_attachment_truth_table(member: bool, item_access: str | None, access: str | None) -> None:
    expected = member or (item_access == "open" and access == "open")
    assert attachment_visible(member, "published", item_access, access) == expected
    assert attachment_visible(False, "draft", item_access, access) is False


@pytest.mark.django_db
def test_who_is_a_member() -> None:
    plain = User.objects.create_user("borger", password="x" * 12)
    member = User.objects.create_user("direktoer", password="x" * 12)
    member.groups.add(Group.objects.create(name="members"))
    inactive = User.objects.create_user("tidligere", password="x" * 12, is_active=False)
    inactive.groups.add(Group.objects.get(name="members"))
    assert (is_member(None), is_member(plain), is_member(member), is_member(inactive)) == (
        False,
        False,
        True,
        False,
    )


MARKERS = [
    "HEMMELIGORD",
    "FORTROLIGBILAG",
    "KLADDEMØDE",
    "UOFFENTLIGBESLUTNING",
    "INTERNTEMNE",
    "LUKKETBILAGSTEKST",
]


@pytest.fixture
def archive(db, tmp_path, settings) -> None:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"
    pub = f.meeting(date(2023, 3, 1))
    f.item(pub, "Åben sag om budget", "open", "offentligtekst", order=1)
    closed = f.item(pub, "Personalesag", "closed", MARKERS[0], order=2)
    m.Attachment.objects.create(item=closed, number=1, title=f"Bilag {MARKERS[1]}", access="closed")
    m.Action.objects.create(
        item=closed, text=f"Følger op {MARKERS[0]}", verb="følger op", due_date=date(2023, 4, 1)
    )
    # The files of an open item's bilag, one open, one closed, with their texts read.
    for number, access, text in ((3, "open", "offentligbilagstekst"), (4, "closed", MARKERS[5])):
        a = m.Attachment(item=pub.items.get(order=1), number=number, title="Notat", access=access)
        a.file.save("notat.txt", ContentFile(f"Notat: {text}".encode()))
        FileText.objects.create(attachment=a, sha256=a.sha256, text=f"Notat: {text}")
    m.Action.objects.create(
        item=pub.items.get(order=1),
        text="Offentlig opfølgning",
        verb="følger op",
        due_date=date(2023, 4, 1),
    )
    m.RecurringTopic.objects.create(
        body=pub.body, title="Budgetopfølgning", rule="quarterly", month=2, public=True
    )
    m.RecurringTopic.objects.create(
        body=pub.body, title=f"Emne {MARKERS[4]}", rule="yearly", month=3
    )
    draft = f.meeting(date(2023, 3, 8), state="draft")
    f.item(draft, f"Punkt {MARKERS[2]}", "open", MARKERS[2])
    # An agenda published, its decisions recorded but the minutes not yet published.
    agenda = f.meeting(date(2023, 3, 22), state="held")
    held = f.item(agenda, "Dagsordenspunkt om veje", "open", "dagsordenstekst")
    held.points.update(decision=f"Besluttet {MARKERS[3]}")
    held.decisions.update(text=f"Besluttet {MARKERS[3]}")
    m.Action.objects.create(item=held, text=f"Følger op {MARKERS[3]}", verb="følger op")
    rebuild()  # everything in the search index, closed content included


def pdf_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    return "\n".join(page.get_textpage().get_text_range() for page in document)


def crawl(client: Client, start: str = "/") -> dict[str, str]:
    """Every page reachable by links from start, each page's JSON twin, the feeds, calendars
    and sitemap, and searches for the marker words."""
    seen: dict[str, str] = {}
    queue = [
        start,
        "/sitemap.xml",
        "/referater.atom",
        "/soeg.json?q=offentligtekst",
        "/soeg.json?q=offentligbilagstekst",
        *(f"/soeg/?q={w.lower()}" for w in MARKERS),
        *(f"/soeg.json?q={w.lower()}" for w in MARKERS),
        *(f"/soeg.atom?q={w.lower()}" for w in MARKERS),
        "/soeg.atom?q=offentligtekst",
    ]
    while queue and len(seen) < 400:
        url = queue.pop(0)  # breadth first: the start pages before the depths
        if url in seen:
            continue
        response = client.get(url)
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if response["Content-Type"] == "application/pdf":
            body = pdf_text(content)
        else:
            body = content.decode(errors="replace")
        seen[url] = body
        links = re.findall(r'href="(/[^"#]*)"', body) + re.findall(
            r"<loc>https?://[^/]+(/[^<]*)</loc>", body
        )
        for link in links:
            if not link.startswith(("/admin", "/static", "/i18n")) and link not in seen:
                queue.append(link)
                if link.endswith("/") and link != "/":
                    queue.append(link.rstrip("/") + ".json")
    return seen


def test_anonymous_crawler_never_sees_closed_content(client: Client, archive: None) -> None:
    pages = crawl(client)
    everything = "\n".join(pages.values())
    assert "offentligtekst" in everything  # the crawler reached open content
    assert '"total": 0' not in pages["/soeg.json?q=offentligtekst"]  # search reached open content
    assert '"total": 1' in pages["/soeg.json?q=offentligbilagstekst"]  # and an open bilag's text
    assert "<entry>" in pages["/soeg.atom?q=offentligtekst"]  # a search's feed too
    assert any(url.endswith(".json") for url in pages) and any(
        url.endswith(".ics") for url in pages
    )
    assert "Personalesag" in everything  # a closed item's heading is public
    assert "dagsordenstekst" in everything  # the published agenda is public
    assert "Offentlig opfølgning" in everything and "Budgetopfølgning" in everything
    assert any(url.startswith("/opfoelgning.ics") for url in pages)
    assert any(url.startswith("/aarshjul.pdf") for url in pages)
    pdfs = [url for url in pages if url.endswith(".pdf")]
    assert any("referat" in u for u in pdfs) and any("dagsorden" in u for u in pdfs)
    assert all("Side 1 af" in pages[u] for u in pdfs)  # PDFs were read as text
    assert any(url.startswith("/bilag/") for url in pages)  # the open bilag's file, read
    for marker in MARKERS:
        assert marker not in everything, marker


def test_closed_and_missing_answer_alike(client: Client, archive: None) -> None:
    draft = client.get("/organer/direktionen/moeder/2023-03-08/")
    missing = client.get("/organer/direktionen/moeder/2023-03-15/")
    assert draft.status_code == missing.status_code == 404
    # The same page, but for the address itself (in the sign-in link's ?next=).
    assert f.page_shape(draft.content, "2023-03-08") == f.page_shape(missing.content, "2023-03-15")
    assert "Siden findes ikke" in missing.content.decode()


def test_member_sees_closed_content_uncached(client: Client, archive: None) -> None:
    user = User.objects.create_user("direktoer", password="x" * 12)
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    response = client.get("/organer/direktionen/moeder/2023-03-01/")
    assert MARKERS[0] in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


CLOSED_NAMING = """Direktionen 07-06-2023

Budgetopfølgning

 Åben Sag

Sagsgang

DIR

Sagsfremstilling

Økonomichef Bettina Andersen fremlægger budgetopfølgningen.

Indstilling

Kommunaldirektøren indstiller, at orienteringen tages til efterretning.

Beslutning i Direktionen den 07-06-2023

Taget til efterretning. Personalechefen følger op.

Personalesag

 Lukket Sag

Sagsgang

DIR

Sagsfremstilling

Personalechef Hemmelig Hansensen orienterede om en personalesag.

Indstilling

Kommunaldirektøren indstiller, at sagen drøftes.

Beslutning i Direktionen den 07-06-2023

Drøftet. Personalechef Hemmelig Hansensen og økonomichef Bettina Andersen følger op.
"""


def test_who_a_closed_item_names_is_closed_too(client: Client, tmp_path, db) -> None:  # type: ignore[no-untyped-def]
    from dagsorden.importer.run import import_paths

    (tmp_path / "referat.txt").write_text(CLOSED_NAMING)
    assert import_paths([tmp_path], progress=False).imported == 1
    # Named only in the closed item: no page, no JSON, no trace in the open item's page, not
    # even as the holder of the role its follow-up names ('Personalechefen følger op').
    for suffix in ("/", ".json"):
        response = client.get(f"/personer/hemmelig-hansensen{suffix}")
        missing = client.get(f"/personer/ingen-saadan{suffix}")
        assert response.status_code == missing.status_code == 404
        assert f.page_shape(response.content, "hemmelig-hansensen") == f.page_shape(
            missing.content, "ingen-saadan"
        )
    everything = "\n".join(crawl(client).values())
    assert "Bettina Andersen" in everything and "Personalechefen" in everything
    assert "Hansensen" not in everything and "personalechef" not in everything.lower().replace(
        "personalechefen", ""
    )
    shown = client.get("/personer/bettina-andersen.json").json()
    assert [r["title"] for r in shown["roles"]] == ["økonomichef"]
    # The search names the people its words name: not one named only in the closed item.
    assert client.get("/soeg.json?q=bettina").json()["people"] == [
        {"name": "Bettina Andersen", "url": "/personer/bettina-andersen/", "title": "økonomichef"}
    ]
    assert client.get("/soeg.json?q=hemmelig").json()["people"] == []
    # A member reads the closed item, and who it names.
    user = User.objects.create_user("direktoer", password="x" * 12)
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    member = client.get("/personer/hemmelig-hansensen.json").json()
    assert [r["title"] for r in member["roles"]] == ["personalechef"]
    assert [p["name"] for p in client.get("/soeg.json?q=hansensen").json()["people"]] == [
        "Hemmelig Hansensen"
    ]


def test_a_closed_sighting_never_widens_the_period_the_public_sees(
    client: Client,
    tmp_path,
    db,  # type: ignore[no-untyped-def]
) -> None:
    from dagsorden.importer.run import import_paths

    # Named first in a closed item's content (January), then in public (June).
    earlier = CLOSED_NAMING.replace("07-06-2023", "11-01-2023").replace(" Åben Sag", " Lukket Sag")
    (tmp_path / "januar.txt").write_text(earlier)
    (tmp_path / "juni.txt").write_text(CLOSED_NAMING)
    assert import_paths([tmp_path], progress=False).imported == 2

    shown = client.get("/personer/bettina-andersen.json").json()
    assert [(r["title"], r["from"], r["to"]) for r in shown["roles"]] == [
        ("økonomichef", "2023-06-07", "2023-06-07")
    ]
    page = client.get("/personer/bettina-andersen/").content.decode()
    assert "7. juni 2023" in page and "januar" not in page
    from dagsorden.meetings.models import Organisation

    body = Organisation.objects.get().pk
    memberships = client.get(f"/oparl/v1.1/body/{body}/membership/").json()["data"]
    assert [(m["role"], m["startDate"], m["endDate"]) for m in memberships] == [
        ("økonomichef", "2023-06-07", "2023-06-07")
    ]
    user = User.objects.create_user("direktoer", password="x" * 12)
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    member = client.get("/personer/bettina-andersen.json").json()
    assert [(r["title"], r["from"], r["to"]) for r in member["roles"]] == [
        ("økonomichef", "2023-01-11", "2023-06-07")
    ]
