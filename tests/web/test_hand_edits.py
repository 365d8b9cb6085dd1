"""Corrections made by hand on imported minutes, through the secretariat's item screen, kept
when the document is imported again: a corrected file, or `import --reread` after an upgrade."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from dagsorden.accounts.users import create_user
from dagsorden.importer.models import ImportedDocument
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m
from dagsorden.search.models import SearchEntry

DAY = "2022-11-30"
FIRST = "Plan- og udviklingsstrategi."
SECOND = "Afrapportering vedr. udviklingsprocessen på socialområdet."
FOURTH = "Ledelsesevaluering."
pytestmark = pytest.mark.django_db

FIFTH = "Årligt dialogmøde med Vej- og ejendomschef Kim T. Jensen den 30. november."


@pytest.fixture
def archive(tmp_path: Path, seeds: list[Path]) -> Path:
    seed = next(s for s in seeds if s.name.startswith("002_"))
    shutil.copy(seed, tmp_path / seed.name)
    import_paths([tmp_path], progress=False)
    return tmp_path / seed.name


@pytest.fixture
def staff(client: Client) -> Client:
    user: User = create_user("sekretaer", "Langt-kodeord-42", role="secretary")
    client.force_login(user)
    return client


def item() -> m.AgendaItem:
    return m.AgendaItem.objects.get(meeting__date=DAY)


def point(title: str) -> m.Point:
    return item().points.get(title=title)


def save_item(client: Client, **changes: str) -> None:
    it = item()
    decision = it.decisions.get(body=it.meeting.body)
    data = {
        "title": it.title,
        "number": it.number or "",
        "access": it.access,
        "case_number": it.case_number,
        "presentation": it.presentation,
        "recommendation": it.recommendation,
        "routing": ", ".join(s.body.code for s in it.routing_steps.all()),
        "decision": decision.text,
    } | changes
    response = client.post(f"/sekretariat/sager/{it.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]


def save_point(client: Client, which: str, **changes: str) -> None:
    p = point(which)
    fields = ["title", "kind", "presenter", "duration", "guest", "presentation", "decision"]
    data = {f"p{p.pk}-{f}": getattr(p, f) or "" for f in fields}
    data |= {f"p{p.pk}-{f}": v for f, v in changes.items()}
    response = client.post(f"/sekretariat/sager/{p.item_id}/underpunkter/{p.pk}/", data)
    assert response.status_code == 302


def add_point(client: Client, title: str, presentation: str) -> None:
    response = client.post(
        f"/sekretariat/sager/{item().pk}/underpunkter/",
        {"new-title": title, "new-kind": "ordinary", "new-presentation": presentation},
    )
    assert response.status_code == 302


def delete_point(client: Client, title: str) -> None:
    p = point(title)
    response = client.post(f"/sekretariat/sager/{p.item_id}/underpunkter/{p.pk}/slet/")
    assert response.status_code == 302


def test_the_item_screen_notes_what_was_corrected_with_the_documents_value(
    archive: Path, staff: Client
) -> None:
    recommendation = item().recommendation
    save_item(staff, recommendation="Kommunaldirektøren indstiller, at punkterne drøftes.")
    assert item().hand_edits == {"recommendation": recommendation}
    decision = point(FIRST).decision
    save_point(staff, FIRST, decision="Drøftet.")
    assert point(FIRST).hand_edits == {"decision": decision}
    # saved back as the document has it: no longer a correction
    save_point(staff, FIRST, decision=decision)
    assert point(FIRST).hand_edits == {}
    add_point(staff, "Eventuelt", "Intet.")
    assert point("Eventuelt").added_by_hand
    delete_point(staff, FIFTH)
    assert item().hand_edits["deleted_points"] == [FIFTH]


def test_a_text_saved_as_the_browser_sends_it_is_no_correction(
    archive: Path, staff: Client
) -> None:
    presentation = item().presentation
    assert "\n\n" in presentation  # paragraphs
    save_item(staff, presentation=presentation.replace("\n", "\r\n"))
    assert (item().presentation, item().hand_edits) == (presentation, {})
    save_point(staff, FIRST, decision=point(FIRST).decision.replace("\n", "\r\n") + "\r\n")
    assert point(FIRST).hand_edits == {}


def test_a_correction_is_undone_with_the_documents_text(archive: Path, staff: Client) -> None:
    recommendation = item().recommendation
    decision = point(FIRST).decision
    routing = [s.body.code for s in item().routing_steps.all()]
    save_item(staff, recommendation="Drøftes.", routing="DIR, KB")
    save_point(staff, FIRST, decision="Drøftet.")
    page = staff.get(f"/sekretariat/sager/{item().pk}/").content.decode()
    assert page.count(">Brug dokumentets tekst</button>") == 3
    url = f"/sekretariat/sager/{item().pk}/dokumentets-tekst/"
    assert staff.post(url, {"field": "recommendation"}).status_code == 302
    assert staff.post(url, {"field": "routing"}).status_code == 302
    assert staff.post(url, {"field": "decision", "point": point(FIRST).pk}).status_code == 302
    assert (item().recommendation, item().hand_edits) == (recommendation, {})
    assert [s.body.code for s in item().routing_steps.all()] == routing
    assert (point(FIRST).decision, point(FIRST).hand_edits) == (decision, {})
    # not corrected, or not a field: refused
    assert staff.post(url, {"field": "recommendation"}).status_code == 400
    assert staff.post(url, {"field": "deleted_points"}).status_code == 400
    assert staff.post(url, {"field": "decision", "point": "x"}).status_code == 400


def test_the_documents_words_beside_a_correction_are_escaped(archive: Path, staff: Client) -> None:
    p = point(FIRST)
    p.hand_edits = {"presentation": "<script>alert(1)</script>"}
    p.save()
    page = staff.get(f"/sekretariat/sager/{p.item_id}/").content.decode()
    assert "<dd><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>" in page
    assert "<script>alert" not in page


def test_a_point_written_in_dagsorden_notes_nothing(staff: Client) -> None:
    body = m.Body.objects.create(
        organisation=m.Organisation.objects.create(slug="k", name="K"), code="DIR", name="D"
    )
    meeting = m.Meeting.objects.create(body=body, date=DAY, state="draft")
    it = m.AgendaItem.objects.create(meeting=meeting, title="Budget", access="open")
    p = m.Point.objects.create(item=it, title="Drift", presentation="Tal.")
    response = staff.post(
        f"/sekretariat/sager/{it.pk}/underpunkter/{p.pk}/",
        {f"p{p.pk}-title": "Drift", f"p{p.pk}-kind": "ordinary", f"p{p.pk}-presentation": "Nye."},
    )
    assert response.status_code == 302
    p.refresh_from_db()
    assert (p.presentation, p.hand_edits) == ("Nye.", {})


def test_a_changed_file_keeps_the_corrections_made_by_hand(archive: Path, staff: Client) -> None:
    save_item(staff, recommendation="Kommunaldirektøren indstiller, at punkterne drøftes.")
    save_point(staff, FIRST, title="Planstrategi", decision="Drøftet. Sekretariatet følger op.")
    second = point(SECOND).presentation
    save_point(staff, SECOND, presentation="Rettet i hånden.")
    save_point(staff, FOURTH, decision="Udsat.")
    add_point(staff, "Eventuelt", "Intet.")
    delete_point(staff, FIFTH)
    # The corrected file: the fourth point renamed, the second's text changed too.
    text = archive.read_text()
    assert text.count("Ledelsesevaluering") == 2 and "den administrative styregruppe" in text
    archive.write_text(
        text.replace("Ledelsesevaluering", "Lederevaluering").replace(
            "den administrative styregruppe", "den administrative følgegruppe", 1
        )
    )
    summary = import_paths([archive.parent], progress=False)
    assert (summary.updated, summary.failed) == (1, [])
    it = item()
    assert it.recommendation == "Kommunaldirektøren indstiller, at punkterne drøftes."
    assert it.hand_edits == {
        "recommendation": "Kommunaldirektøren indstiller, at punkterne behandles.",
        "deleted_points": [FIFTH],
    }
    titles = list(it.points.values_list("title", flat=True))
    assert titles == [
        "Planstrategi",
        SECOND,
        titles[2],  # Kommissorium …, as read
        "Lederevaluering.",  # the document's: the correction went with the old title
        "Eventuelt",  # added after the last document point left; the fifth deleted again
    ]
    first = point("Planstrategi")
    assert first.decision == "Drøftet. Sekretariatet følger op."
    assert first.hand_edits["title"] == FIRST
    assert first.hand_edits["decision"].startswith(f"{FIRST} Status på proces og organisering.")
    # The second point: both changed it; the correction stands, the document's new text by it.
    second_now = point(SECOND)
    assert second_now.presentation == "Rettet i hånden."
    assert "følgegruppe" in second_now.hand_edits["presentation"]
    assert second_now.hand_edits["presentation"] != second
    assert point("Lederevaluering.").decision != "Udsat."
    added = point("Eventuelt")
    assert (added.added_by_hand, added.presentation, added.hand_edits) == (True, "Intet.", {})
    said = " ".join(summary.warnings)
    assert "fremstillingen er rettet i hånden, og dokumentet siger nu noget andet" in said
    assert f"underpunktet »{FOURTH}« var rettet i hånden" in said
    # The item's screen shows what the document has beside each correction.
    page = staff.get(f"/sekretariat/sager/{it.pk}/").content.decode()
    assert "Rettet i hånden; dokumentets tekst står under formularen." in page
    assert "<dd><p>Kommunaldirektøren indstiller, at punkterne behandles.</p>" in page
    assert "følgegruppe" in page and "tilføjet i hånden</span>" in page
    assert f"også når dokumentet importeres igen: {FIFTH}" in page
    # What anyone finds is what the secretariat corrected.
    texts = " ".join(SearchEntry.objects.filter(item=it).values_list("text", flat=True))
    assert "Rettet i hånden." in texts and "følgegruppe" not in texts


def test_a_point_deleted_by_hand_stays_deleted(archive: Path, staff: Client) -> None:
    delete_point(staff, FOURTH)
    text = archive.read_text()
    assert "positiv dialog med chef" in text
    archive.write_text(text.replace("positiv dialog med chef", "god dialog med chef"))
    summary = import_paths([archive.parent], progress=False)
    assert summary.updated == 1
    assert not item().points.filter(title=FOURTH).exists()
    assert item().points.count() == 4
    assert item().hand_edits == {"deleted_points": [FOURTH]}
    # its attachments stay the item's, no longer a point's; the next point's stay its
    assert item().attachments.get(title__startswith="4: Indstilling").point is None
    assert item().attachments.get(title__startswith="5: Kim T").point == point(FIFTH)


def test_an_item_deleted_by_hand_stays_deleted(archive: Path, staff: Client) -> None:
    it = item()
    response = staff.post(f"/sekretariat/sager/{it.pk}/slet/")
    assert response.status_code == 302
    assert ImportedDocument.objects.get().deleted_items == [it.title]
    page = staff.get(f"/sekretariat/moeder/{it.meeting_id}/").content.decode()
    assert f"også når dokumentet importeres igen: {it.title}" in page
    archive.write_text(archive.read_text().replace("Ledelsesevaluering", "Lederevaluering"))
    summary = import_paths([archive.parent], progress=False)
    assert (summary.updated, summary.failed) == (1, [])
    assert not m.AgendaItem.objects.filter(meeting__date=DAY).exists()
    assert ImportedDocument.objects.get().deleted_items == [it.title]  # and again next time


def test_an_attachment_opened_or_closed_by_hand_stays_so(
    archive: Path, staff: Client, client: Client
) -> None:
    it = item()
    shown = it.attachments.get(title__startswith="5: Kim T")
    closed = it.attachments.get(title__startswith="1: Forslag")
    assert (shown.access, closed.access) == ("open", "closed")
    for a in (shown, closed):
        url = f"/sekretariat/sager/{it.pk}/bilag/{a.pk}/adgang/"
        assert staff.post(url).status_code == 302
    archive.write_text(archive.read_text().replace("Ledelsesevaluering", "Lederevaluering"))
    assert import_paths([archive.parent], progress=False).updated == 1
    it = item()
    assert it.attachments.get(title__startswith="5: Kim T").access == "closed"
    assert it.attachments.get(title__startswith="1: Forslag").access == "open"
    # and the public search follows
    client.logout()
    assert client.get("/soeg.json", {"q": "oplæg"}).json()["total"] == 0


def test_a_bilag_uploaded_by_hand_comes_back_with_its_file(
    archive: Path, staff: Client, client: Client, settings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"
    it = item()
    save_point(staff, SECOND, title="Socialområdet")  # its point renamed by hand too
    upload = SimpleUploadedFile("notat.txt", b"Notat om styregruppen", "text/plain")
    response = staff.post(
        f"/sekretariat/sager/{it.pk}/bilag/",
        {
            "bilag-file": upload,
            "bilag-access": "open",
            "bilag-title": "Notat",
            "bilag-point": point("Socialområdet").pk,
        },
    )
    assert response.status_code == 302
    uploaded = it.attachments.get(title="Notat")
    assert (uploaded.added_by_hand, uploaded.number) == (True, 8)
    archive.write_text(archive.read_text().replace("Ledelsesevaluering", "Lederevaluering"))
    assert import_paths([archive.parent], progress=False).updated == 1
    again = item().attachments.get(title="Notat")
    assert (again.added_by_hand, again.number, again.point) == (True, 8, point("Socialområdet"))
    assert again.file.read() == b"Notat om styregruppen"
    assert item().attachments.filter(added_by_hand=False).count() == 7  # the document's
    # found by its text, as before
    assert client.get("/soeg.json", {"q": "styregruppen notat"}).json()["total"] >= 1


def test_points_put_in_order_by_hand_keep_it(archive: Path, staff: Client) -> None:
    p = point(SECOND)
    response = staff.post(
        f"/sekretariat/sager/{p.item_id}/underpunkter/{p.pk}/flyt/", {"direction": "up"}
    )
    assert response.status_code == 302
    assert list(item().points.values_list("title", flat=True))[:2] == [SECOND, FIRST]
    archive.write_text(archive.read_text().replace("Ledelsesevaluering", "Lederevaluering"))
    assert import_paths([archive.parent], progress=False).updated == 1
    titles = list(item().points.values_list("title", flat=True))
    assert titles[:2] == [SECOND, FIRST]
    assert titles[3:] == ["Lederevaluering.", FIFTH]  # renamed: after the point before it
    # what belongs to a point follows it
    assert point(FIRST).attachments.get().title.startswith("1: Forslag")
    assert point(SECOND).actions.filter(text__contains="tager videre initiativ").exists()


def test_reread_keeps_the_corrections_made_by_hand(archive: Path, staff: Client) -> None:
    save_point(staff, SECOND, decision="Godkendt.")
    # As a parser that read the fourth point's title otherwise stored it.
    fourth = point(FOURTH)
    m.Point.objects.filter(pk=fourth.pk).update(title="Ledelsesevaluering. Opfølgning på")
    ImportedDocument.objects.update(reading="")
    summary = import_paths([archive.parent], progress=False, reread=True)
    assert (summary.updated, summary.warnings) == (1, [])
    assert point(FOURTH)  # read anew
    assert point(SECOND).decision == "Godkendt."
    assert point(SECOND).hand_edits["decision"].startswith(f"{SECOND} Indstilling vedr.")


class _Form(HTMLParser):
    """The values a browser would send back from a page's main form, as served."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, str] = {}
        self._select: str | None = None
        self._first: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        name = a.get("name", "")
        if tag == "input" and name and a.get("type") not in ("file", "submit", "button"):
            if a.get("type") != "checkbox" or "checked" in a:
                self.data[name] = a.get("value", "on" if a.get("type") == "checkbox" else "")
        elif tag == "select":
            self._select, self._first = name, None
        elif tag == "option" and self._select:
            if self._first is None:
                self._first = a.get("value", "")
                self.data.setdefault(self._select, self._first)
            if "selected" in a:
                self.data[self._select] = a.get("value", "")
        elif tag == "textarea":
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None
        elif tag == "textarea":
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.data[self._textarea] += data


def admin_save(client: Client, url: str, **changes: str) -> None:
    form = _Form()
    form.feed(client.get(url).content.decode())
    data = {
        k: v.removeprefix("\n") if k.endswith(("presentation", "decision", "text")) else v
        for k, v in form.data.items()
    }
    data |= changes
    data["_save"] = "Gem"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:4000]


@pytest.fixture
def admin(client: Client) -> Client:
    client.force_login(User.objects.create_superuser("admin", password="Langt-kodeord-42"))
    return client


def test_corrections_made_in_the_admin_are_kept_too(archive: Path, admin: Client) -> None:
    """The item's admin page (its points and bilag inline), a point's, a bilag's and a
    meeting's list of items note what they change as the item's screen does."""
    it = item()
    url = f"/admin/meetings/agendaitem/{it.pk}/change/"
    first, fourth = point(FIRST), point(FOURTH)
    index = {p.pk: i for i, p in enumerate(it.points.all())}
    admin_save(
        admin,
        url,
        recommendation="Rettet indstilling.",
        **{
            f"points-{index[first.pk]}-title": "Plan- og udviklingsstrategien.",
            f"points-{index[fourth.pk]}-DELETE": "on",
        },
    )
    assert item().recommendation == "Rettet indstilling."
    assert item().hand_edits["recommendation"] == it.recommendation
    assert item().hand_edits["deleted_points"] == [FOURTH]
    assert m.Point.objects.get(pk=first.pk).hand_edits == {"title": FIRST}
    second = point(SECOND)
    admin_save(admin, f"/admin/meetings/point/{second.pk}/change/", decision="Rettet beslutning.")
    assert point(SECOND).hand_edits == {"decision": second.decision}
    shown = it.attachments.get(title__startswith="5: Kim T")
    admin_save(admin, f"/admin/meetings/attachment/{shown.pk}/change/", access="closed")
    assert item().hand_edits["attachment_access"] == {f"{shown.number} {shown.title}": "closed"}
    # the document imported again keeps all of it
    archive.write_text(
        archive.read_text().replace("positiv dialog med chef", "god dialog med chef")
    )
    assert import_paths([archive.parent], progress=False).updated == 1
    assert item().recommendation == "Rettet indstilling."
    assert not item().points.filter(title=FOURTH).exists()
    assert point(SECOND).decision == "Rettet beslutning."
    assert item().points.filter(title="Plan- og udviklingsstrategien.").exists()
    assert item().attachments.get(title__startswith="5: Kim T").access == "closed"


def test_an_item_deleted_in_the_admin_stays_deleted(archive: Path, admin: Client) -> None:
    it = item()
    response = admin.post(f"/admin/meetings/agendaitem/{it.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert ImportedDocument.objects.get().deleted_items == [it.title]
    archive.write_text(archive.read_text().replace("Ledelsesevaluering", "Lederevaluering"))
    assert import_paths([archive.parent], progress=False).updated == 1
    assert not m.AgendaItem.objects.filter(meeting__date=DAY).exists()


def test_an_item_renamed_in_the_meetings_admin_is_noted(archive: Path, admin: Client) -> None:
    it = item()
    url = f"/admin/meetings/meeting/{it.meeting_id}/change/"
    admin_save(admin, url, **{"items-0-title": "Punkter til drøftelse"})
    assert item().title == "Punkter til drøftelse"
    assert item().hand_edits == {"title": it.title}
    archive.write_text(archive.read_text().replace("Ledelsesevaluering", "Lederevaluering"))
    assert import_paths([archive.parent], progress=False).updated == 1
    assert item().title == "Punkter til drøftelse"


def test_a_meetings_items_put_in_order_by_hand_keep_it(
    tmp_path: Path, seeds: list[Path], staff: Client
) -> None:
    """A document's items, moved by hand on the meeting's screen, stay in that order when it
    is imported again; an item new in it goes after the one it follows there."""
    seed = next(s for s in seeds if s.name.startswith("000_")).read_text()
    closed = "{} \n Lukket Sag \nSagsgang \nDIR \n"
    path = tmp_path / "referat.txt"
    path.write_text(seed + closed.format("Personalesag") + closed.format("Ansættelsessag"))
    import_paths([tmp_path], progress=False)
    meeting = m.Meeting.objects.get()

    def titles() -> list[str]:
        return list(meeting.items.order_by("order").values_list("title", flat=True))

    assert titles() == ["Punkter til behandling", "Personalesag", "Ansættelsessag"]
    moved = meeting.items.get(title="Ansættelsessag")
    for _ in range(2):
        response = staff.post(f"/sekretariat/sager/{moved.pk}/flyt/", {"direction": "up"})
        assert response.status_code == 302
    assert titles() == ["Ansættelsessag", "Punkter til behandling", "Personalesag"]
    assert ImportedDocument.objects.get().item_order == titles()
    path.write_text(
        seed.replace("Drøftet.", "Godkendt.")
        + closed.format("Personalesag")
        + closed.format("Boligsag")
        + closed.format("Ansættelsessag")
    )
    assert import_paths([tmp_path], progress=False).updated == 1
    assert titles() == ["Ansættelsessag", "Punkter til behandling", "Personalesag", "Boligsag"]


def test_items_put_in_order_in_the_meetings_admin_keep_it(
    tmp_path: Path, seeds: list[Path], admin: Client
) -> None:
    seed = next(s for s in seeds if s.name.startswith("000_")).read_text()
    closed = "{} \n Lukket Sag \nSagsgang \nDIR \n"
    path = tmp_path / "referat.txt"
    path.write_text(seed + closed.format("Personalesag"))
    import_paths([tmp_path], progress=False)
    meeting = m.Meeting.objects.get()
    url = f"/admin/meetings/meeting/{meeting.pk}/change/"
    admin_save(admin, url, **{"items-0-order": "9"})  # the first item last
    assert ImportedDocument.objects.get().item_order == ["Personalesag", "Punkter til behandling"]
    admin_save(admin, url)  # saved again as it stands: the order stays
    path.write_text(path.read_text().replace("Drøftet.", "Godkendt."))
    assert import_paths([tmp_path], progress=False).updated == 1
    titles = list(meeting.items.order_by("order").values_list("title", flat=True))
    assert titles == ["Personalesag", "Punkter til behandling"]
