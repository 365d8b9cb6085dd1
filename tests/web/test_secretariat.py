"""The secretariat's screens through the test client: who may use them, preparing a meeting,
points and decisions, uploads (hostile names, size limit), states, corrections, and the
sign-in and session rules for staff."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from dagsorden.accounts.users import create_user
from dagsorden.meetings import models as m

from . import factories as f

PASSWORD = "Langt-kodeord-42"


@pytest.fixture
def secretary(db) -> User:  # type: ignore[no-untyped-def]
    f.body()
    return create_user("sekretaer", PASSWORD, role="secretary")


@pytest.fixture
def staff(client: Client, secretary: User) -> Client:
    client.force_login(secretary)
    return client


def new_meeting(client: Client, when: str = "2026-12-02") -> m.Meeting:
    body = m.Body.objects.get(code="DIR")
    response = client.post(
        "/sekretariat/nyt-moede/",
        {"body": body.pk, "date": when, "start": "09:00", "place": "Rådhuset", "kind": "ordinary"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return m.Meeting.objects.get(date=date.fromisoformat(when))


def test_only_the_secretariat_gets_in(client: Client, secretary: User) -> None:
    assert client.get("/sekretariat/").status_code == 302  # to sign in
    assert client.get("/sekretariat/")["Location"].startswith("/log-ind/")
    member = create_user("direktoer", PASSWORD, role="member")
    client.force_login(member)
    assert client.get("/sekretariat/").status_code == 403
    client.force_login(secretary)
    assert client.get("/sekretariat/").status_code == 200


def test_prepare_a_meeting(staff: Client) -> None:
    meeting = new_meeting(staff)
    item = meeting.items.get()
    page = staff.get(f"/sekretariat/moeder/{meeting.pk}/").content.decode()
    assert "Punkter til behandling" in page and "Offentliggør dagsordenen" in page
    # Points: a presentation slot with presenter, a guest with a time, a standard phrase.
    response = staff.post(
        f"/sekretariat/sager/{item.pk}/underpunkter/",
        {
            "new-title": "Oplæg om klimaplan",
            "new-kind": "presentation",
            "new-presenter": "Teknik- og miljødirektør Anders Jensen",
            "new-duration": "5",
            "new-guest": "Klimakoordinator Mette Holm",
            "new-guest_time": "10:00",
            "new-presentation": "Status på klimaplanen.",
            "new-decision": "",
            "new-phrase": "",
        },
    )
    assert response.status_code == 302
    staff.post(
        f"/sekretariat/sager/{item.pk}/underpunkter/",
        {"new-title": "Budget", "new-kind": "ordinary", "new-presentation": "Budget 2027."},
    )
    first, second = item.points.order_by("order")
    assert (first.kind, first.duration, first.guest_time.hour) == ("presentation", 5, 10)
    staff.post(f"/sekretariat/sager/{item.pk}/underpunkter/{second.pk}/flyt/", {"direction": "up"})
    assert [p.title for p in item.points.order_by("order")] == ["Budget", "Oplæg om klimaplan"]
    staff.post(
        f"/sekretariat/sager/{item.pk}/underpunkter/{second.pk}/",
        {
            f"p{second.pk}-title": "Budget",
            f"p{second.pk}-kind": "ordinary",
            f"p{second.pk}-presentation": "Budget 2027.",
            f"p{second.pk}-decision": "",
            f"p{second.pk}-phrase": "Godkendt.",
            f"p{second.pk}-return_date": "2026-12-16",
        },
    )
    second.refresh_from_db()
    assert second.decision == "Godkendt."
    assert second.referrals.get().date == date(2026, 12, 16)
    okonomi = f.body("ØK", "Økonomiudvalget")
    staff.post(
        f"/sekretariat/sager/{item.pk}/underpunkter/{second.pk}/",
        {
            f"p{second.pk}-title": "Budget",
            f"p{second.pk}-kind": "ordinary",
            f"p{second.pk}-decision": "Godkendt.",
            f"p{second.pk}-return_date": "2026-12-08",
            f"p{second.pk}-return_body": okonomi.pk,
        },
    )
    referral = second.referrals.get(body=okonomi)
    assert (referral.kind, referral.date) == ("referral", date(2026, 12, 8))
    # A second item, closed, with routing through other bodies.
    f.body("ØK", "Økonomiudvalget")
    staff.post(
        f"/sekretariat/moeder/{meeting.pk}/nyt-punkt/",
        {"title": "Personalesag", "access": "closed"},
    )
    closed = meeting.items.get(title="Personalesag")
    response = staff.post(
        f"/sekretariat/sager/{closed.pk}/",
        {
            "title": "Personalesag",
            "access": "closed",
            "routing": "DIR, ØK",
            "presentation": "Fortroligt.",
            "recommendation": "Drøftes.",
            "decision": "Drøftet.",
            "number": "",
            "case_number": "",
        },
    )
    assert response.status_code == 302
    assert [s.body.code for s in closed.routing_steps.all()] == ["DIR", "ØK"]
    assert closed.decisions.get().text == "Drøftet."
    bad = staff.post(
        f"/sekretariat/sager/{closed.pk}/", {"title": "x", "access": "closed", "routing": "XYZ"}
    )
    assert bad.status_code == 200 and "Ukendt organ: XYZ" in bad.content.decode()
    # Attendance.
    staff.post(
        f"/sekretariat/moeder/{meeting.pk}/fremmoede/",
        {
            "name": "Lene Mehlsen",
            "title": "Velfærdsdirektør",
            "status": "afbud",
            "remark": "formand",
        },
    )
    assert meeting.attendance.get().person.name == "Lene Mehlsen"


def test_a_follow_up_may_be_given_to_several_people(staff: Client) -> None:
    meeting = new_meeting(staff)
    item = meeting.items.get()
    staff.post(
        f"/sekretariat/sager/{item.pk}/underpunkter/",
        {"new-title": "Budget", "new-kind": "ordinary"},
    )
    point = item.points.get()
    bettina = m.Person.objects.create(name="Bettina Andersen", slug="bettina-andersen")
    jeppe = m.Person.objects.create(name="Jeppe Thvilum", slug="jeppe-thvilum")
    response = staff.post(
        f"/sekretariat/sager/{item.pk}/underpunkter/{point.pk}/opfoelgning/",
        {
            f"a{point.pk}-responsible_role": "Økonomichefen og Jeppe Thvilum",
            f"a{point.pk}-responsible_people": [bettina.pk, jeppe.pk],
            f"a{point.pk}-text": "Følger op på budgettet.",
            f"a{point.pk}-due_next_body": meeting.body_id,  # due at the next meeting
            f"a{point.pk}-status": "open",
        },
    )
    assert response.status_code == 302
    action = point.actions.get()
    assert set(action.responsible_people.all()) == {bettina, jeppe}
    assert action.added_by_hand  # kept when minutes are imported again
    assert action.due_next_body == meeting.body
    page = staff.get(f"/sekretariat/sager/{item.pk}/").content.decode()
    # who is linked shows beside the role as written
    assert (
        "Økonomichefen og Jeppe Thvilum (Bettina Andersen, Jeppe Thvilum): Følger op på budgettet."
        " (frist næste møde)" in page
    )
    new_meeting(staff, "2026-12-16")  # the body's next meeting dates it, as on the portal
    page = staff.get(f"/sekretariat/sager/{item.pk}/").content.decode()
    assert "Følger op på budgettet. (frist næste møde 16-12-2026)" in page
    for person in (bettina, jeppe):  # on each one's own list
        mine = create_user(f"u{person.pk}", PASSWORD, role="member")
        person.user = mine
        person.save()
        staff.force_login(mine)
        assert "Følger op på budgettet." in staff.get("/opfoelgning/mine/").content.decode()


def test_script_in_a_decision_shows_as_text(staff: Client, client: Client) -> None:
    meeting = new_meeting(staff)
    item = meeting.items.get()
    m.Point.objects.create(item=item, order=0, title="Punkt", decision="<script>alert(1)</script>")
    meeting.state = "published"
    meeting.save()
    page = Client().get(f"/organer/direktionen/moeder/{meeting.date}/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    own = staff.get(f"/sekretariat/sager/{item.pk}/").content.decode()
    assert "<script>alert(1)" not in own


def test_forms_need_the_csrf_token(secretary: User) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(secretary)
    body = m.Body.objects.get(code="DIR")
    response = client.post(
        "/sekretariat/nyt-moede/", {"body": body.pk, "date": "2026-12-02", "kind": "ordinary"}
    )
    assert response.status_code == 403
    assert not m.Meeting.objects.exists()
    page = client.get("/sekretariat/nyt-moede/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    response = client.post(
        "/sekretariat/nyt-moede/",
        {"csrfmiddlewaretoken": token, "body": body.pk, "date": "2026-12-02", "kind": "ordinary"},
    )
    assert response.status_code == 302


HOSTILE_NAMES = [
    "../../etc/passwd",
    "a" * 300 + ".txt",
    "bi\x00l\x07ag\n.txt",
    "\u202egnp.exe",
    "C:\\Windows\\system32\\evil.bat",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_uploads_get_server_made_names(staff: Client, name: str) -> None:
    meeting = new_meeting(staff)
    item = meeting.items.get()
    upload = SimpleUploadedFile(
        "x", b"<html><script>alert(1)</script></html>", content_type="application/pdf"
    )
    upload.name = name
    response = staff.post(
        f"/sekretariat/sager/{item.pk}/bilag/",
        {"bilag-file": upload, "bilag-access": "open", "bilag-title": ""},
    )
    assert response.status_code == 302
    attachment = item.attachments.get()
    stored = Path(attachment.file.path)
    assert stored.is_file() and stored.is_relative_to(Path(settings.MEDIA_ROOT))
    assert re.fullmatch(r"[0-9a-f]{32}", stored.name)
    assert attachment.media_type == "text/html"  # read from the content, not the claimed type
    assert attachment.title and all(c.isprintable() for c in attachment.title)
    assert "\u202e" not in attachment.title and "/" not in attachment.title
    served = staff.get(f"/bilag/{attachment.pk}/")
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Disposition"].startswith("attachment;")  # a page is never shown
    assert served["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert "filename*=utf-8''" in served["Content-Disposition"]


def test_pdf_uploads_open_inline(staff: Client) -> None:
    meeting = new_meeting(staff)
    item = meeting.items.get()
    upload = SimpleUploadedFile("notat.pdf", b"%PDF-1.7\n%%EOF\n", content_type="application/pdf")
    staff.post(
        f"/sekretariat/sager/{item.pk}/bilag/",
        {"bilag-file": upload, "bilag-access": "open", "bilag-title": "Notat"},
    )
    attachment = item.attachments.get()
    assert (attachment.media_type, attachment.number) == ("application/pdf", 1)
    served = staff.get(f"/bilag/{attachment.pk}/")
    assert served["Content-Disposition"].startswith("inline;")
    staff.post(f"/sekretariat/sager/{item.pk}/bilag/{attachment.pk}/adgang/")
    attachment.refresh_from_db()
    assert attachment.access == "closed"


def test_an_uploaded_files_text_is_searched(
    staff: Client, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    upload = SimpleUploadedFile("notat.txt", b"Notat om cykelstiplanen.")
    with django_capture_on_commit_callbacks(execute=True):  # the search follows the commit
        meeting = new_meeting(staff)
        item = meeting.items.get()
        staff.post(
            f"/sekretariat/sager/{item.pk}/bilag/",
            {"bilag-file": upload, "bilag-access": "open", "bilag-title": "Notat"},
        )
    attachment = item.attachments.get()
    assert attachment.file_text.text == "Notat om cykelstiplanen."
    assert attachment.file_text.sha256 == attachment.sha256
    # the meeting is a draft: the secretariat's search finds it, the public's does not
    [hit] = staff.get("/soeg.json", {"q": "cykelstiplanen"}).json()["results"]
    assert hit["kind"] == "attachment" and hit["url"].endswith("#bilag-1")
    staff.logout()
    assert staff.get("/soeg.json", {"q": "cykelstiplanen"}).json()["total"] == 0


def test_an_upload_may_belong_to_a_point_of_its_own_item(staff: Client) -> None:
    meeting = new_meeting(staff)
    item = meeting.items.get()
    point = m.Point.objects.create(item=item, order=0, title="Budget")
    other = m.Point.objects.create(item=new_meeting(staff, "2027-02-03").items.get(), order=0)
    page = staff.get(f"/sekretariat/sager/{item.pk}/").content.decode()
    assert "Hører til punkt" in page and f'value="{point.pk}"' in page
    assert f'value="{other.pk}"' not in page  # another item's points are not offered
    upload = SimpleUploadedFile("notat.pdf", b"%PDF-1.7\n%%EOF\n", content_type="application/pdf")
    staff.post(
        f"/sekretariat/sager/{item.pk}/bilag/",
        {"bilag-file": upload, "bilag-access": "open", "bilag-point": other.pk},
    )
    assert not item.attachments.exists()  # refused: not this item's point
    upload.seek(0)
    staff.post(
        f"/sekretariat/sager/{item.pk}/bilag/",
        {"bilag-file": upload, "bilag-access": "open", "bilag-point": point.pk},
    )
    assert item.attachments.get().point == point


@pytest.mark.parametrize("size", [50_000, 200_000], ids=["while-streaming", "by-length"])
def test_upload_over_the_limit_gets_413_and_leaves_nothing(
    staff: Client, settings, size: int
) -> None:  # type: ignore[no-untyped-def]
    settings.MAX_UPLOAD_BYTES = 10_000
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1_000  # big files stream to temporary files
    meeting = new_meeting(staff)
    item = meeting.items.get()
    media = Path(settings.MEDIA_ROOT)
    before = {p for p in media.rglob("*")} if media.exists() else set()
    upload = SimpleUploadedFile("stor.pdf", b"%PDF-" + b"x" * size)
    response = staff.post(
        f"/sekretariat/sager/{item.pk}/bilag/", {"bilag-file": upload, "bilag-access": "open"}
    )
    assert response.status_code == 413
    assert "højst" in response.content.decode()
    assert not item.attachments.exists()
    after = {p for p in media.rglob("*")} if media.exists() else set()
    assert after == before


def test_states_locking_and_corrections(staff: Client, client: Client) -> None:
    meeting = new_meeting(staff)
    item = meeting.items.get()
    point = m.Point.objects.create(item=item, order=0, title="Budget", presentation="Budget 2027.")
    url = f"/sekretariat/moeder/{meeting.pk}/status/"
    staff.post(url, {"to": "agenda_published"})
    anonymous = Client()
    agenda = anonymous.get(f"/organer/direktionen/moeder/{meeting.date}/").content.decode()
    assert "Budget 2027." in agenda
    staff.post(url, {"to": "held"})
    response = staff.post(url, {"to": "minutes_approved"}, follow=True)
    assert "mangler en beslutning" in response.content.decode()
    point.decision = "Godkendt."
    point.save()
    staff.post(url, {"to": "minutes_approved"})
    meeting.refresh_from_db()
    assert meeting.locked
    # Locked: editing is refused with a message, and nothing changes.
    response = staff.post(
        f"/sekretariat/sager/{item.pk}/underpunkter/{point.pk}/",
        {f"p{point.pk}-title": "Ændret", f"p{point.pk}-kind": "ordinary"},
        follow=True,
    )
    assert "låst" in response.content.decode()
    point.refresh_from_db()
    assert point.title == "Budget"
    staff.post(
        f"/sekretariat/moeder/{meeting.pk}/ret/",
        {"target": f"point-{point.pk}", "text": "Godkendt med en bemærkning.", "reason": "Udeladt"},
    )
    assert m.Correction.objects.get().reason == "Udeladt"
    staff.post(url, {"to": "published"})
    page = anonymous.get(f"/organer/direktionen/moeder/{meeting.date}/").content.decode()
    assert "Godkendt med en bemærkning." in page and "rettet" in page


def test_agenda_documents(staff: Client) -> None:
    meeting = new_meeting(staff)
    base = f"/organer/direktionen/moeder/{meeting.date}"
    pdf = staff.get(f"{base}/dagsorden.pdf")
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    docx = staff.get(f"{base}/dagsorden.docx")
    assert docx.content.startswith(b"PK") and docx["Content-Disposition"].startswith("attachment;")
    # The public gets neither before the agenda is published, and never the Word file.
    assert Client().get(f"{base}/dagsorden.pdf").status_code == 404
    meeting.state = "agenda_published"
    meeting.save()
    assert Client().get(f"{base}/dagsorden.pdf").status_code == 200
    assert Client().get(f"{base}/referat.pdf").status_code == 404
    assert Client().get(f"{base}/dagsorden.docx").status_code == 404


def test_standard_text_screen_adds_versions(staff: Client) -> None:
    response = staff.post(
        "/sekretariat/standardtekster/droeftet/",
        {"title": "Drøftet", "text": "Drøftet og taget til efterretning."},
    )
    assert response.status_code == 302
    assert list(
        m.StandardText.objects.filter(key="droeftet").values_list("version", flat=True)
    ) == [2, 1]
    assert (
        "Drøftet og taget til efterretning."
        in staff.get("/sekretariat/standardtekster/").content.decode()
    )


def test_sign_in_is_rate_limited(client: Client, secretary: User) -> None:
    for _ in range(5):
        response = client.post("/log-ind/", {"username": "sekretaer", "password": "forkert"})
        assert response.status_code == 200
    response = client.post("/log-ind/", {"username": "sekretaer", "password": PASSWORD})
    assert response.status_code == 429 and response["Retry-After"]
    assert "_auth_user_id" not in client.session
    admin = client.post("/admin/login/", {"username": "sekretaer", "password": PASSWORD})
    assert admin.status_code == 429
    # Another user is not blocked by these failures.
    create_user("anden", PASSWORD, role="member")
    assert client.post("/log-ind/", {"username": "anden", "password": PASSWORD}).status_code == 302


def test_staff_sessions_expire(client: Client, secretary: User) -> None:
    assert (
        client.post("/log-ind/", {"username": "sekretaer", "password": PASSWORD}).status_code == 302
    )
    assert client.get("/sekretariat/").status_code == 200
    session = client.session
    session["seen_at"] = (timezone.now() - timedelta(minutes=31)).timestamp()
    session.save()
    assert client.get("/sekretariat/").status_code == 302  # idle too long: signed out
    client.post("/log-ind/", {"username": "sekretaer", "password": PASSWORD})
    session = client.session
    session["signed_in_at"] = (timezone.now() - timedelta(hours=12, minutes=1)).timestamp()
    session.save()
    assert client.get("/sekretariat/").status_code == 302  # too long in all


def test_admin_shows_approved_minutes_read_only(admin_client: Client, secretary: User) -> None:
    from dagsorden.meetings import workflow as w

    meeting = w.create_meeting(m.Body.objects.get(code="DIR"), date(2026, 12, 2), secretary)
    m.Point.objects.create(item=meeting.items.get(), order=0, title="Budget", decision="Godkendt.")
    for state in ("agenda_published", "held", "minutes_approved"):
        w.advance(meeting, state, secretary)
    url = f"/admin/meetings/meeting/{meeting.pk}/change/"
    page = admin_client.get(url)
    assert page.status_code == 200 and 'name="_save"' not in page.content.decode()
    assert admin_client.post(url, {"place": "x"}).status_code == 403
    item_url = f"/admin/meetings/agendaitem/{meeting.items.get().pk}/delete/"
    assert admin_client.post(item_url, {"post": "yes"}).status_code == 403


def test_junk_input_gets_4xx_not_500(staff: Client) -> None:
    meeting = new_meeting(staff)
    item = meeting.items.get()
    point = m.Point.objects.create(item=item, order=0, title="Budget", planned=True)
    assert staff.get("/sekretariat/nyt-moede/?organ=abc").status_code == 200
    assert (
        staff.post(f"/sekretariat/sager/{item.pk}/opfoelgning/1/status/", {"at": "abc"}).status_code
        == 404
    )
    assert (
        staff.post(
            f"/sekretariat/sager/{item.pk}/underpunkter/{point.pk}/plan/", {"move": "x"}
        ).status_code
        == 404
    )
    assert staff.get("/opfoelgning/uge/?uge=junk").status_code == 404
    assert staff.get("/aarshjul/?aar=99999").status_code == 404
    assert staff.get("/opfoelgning/?side=abc&status=zzz").status_code == 200
    assert staff.get("/organer/direktionen/moeder/2026-12-02/noget.pdf").status_code == 404


def test_drafts_and_items_can_be_deleted_published_meetings_not(staff: Client) -> None:
    meeting = new_meeting(staff)
    staff.post(f"/sekretariat/moeder/{meeting.pk}/nyt-punkt/", {"title": "Fejl", "access": "open"})
    wrong = meeting.items.get(title="Fejl")
    staff.post(f"/sekretariat/sager/{wrong.pk}/slet/")
    assert not m.AgendaItem.objects.filter(pk=wrong.pk).exists()
    meeting.state = "agenda_published"
    meeting.save()
    response = staff.post(f"/sekretariat/moeder/{meeting.pk}/slet/", follow=True)
    assert "Kun en kladde kan slettes" in response.content.decode()
    meeting.state = "draft"
    meeting.save()
    staff.post(f"/sekretariat/moeder/{meeting.pk}/slet/")
    assert not m.Meeting.objects.filter(pk=meeting.pk).exists()
    assert m.AuditEntry.objects.filter(action="delete_draft").exists()


# --- minutes imported through the web ------------------------------------------------------


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def test_import_page_is_the_secretariats(client: Client, secretary: User) -> None:
    assert client.get("/sekretariat/importer/")["Location"].startswith("/log-ind/")
    client.force_login(create_user("direktoer", PASSWORD, role="member"))
    assert client.get("/sekretariat/importer/").status_code == 403
    assert client.post("/sekretariat/importer/").status_code == 403
    client.force_login(secretary)
    page = client.get("/sekretariat/importer/").content.decode()
    assert 'type="file" id="id-files" name="filer" multiple' in page
    assert '<label for="id-files">' in page
    assert 'href="/sekretariat/importer/"' in client.get("/sekretariat/").content.decode()


def test_import_minutes_through_the_web(staff: Client, seeds: list[Path]) -> None:
    from dagsorden.importer.models import ImportedDocument

    first = seeds[0].read_bytes()
    response = staff.post(
        "/sekretariat/importer/",
        {"filer": [_upload("Referat.txt", first), _upload("ødelagt.pdf", b"%PDF-1.7\nx\n")]},
    )
    # one failed: the page says so with a 4xx, the other is stored all the same
    assert response.status_code == 400
    page = response.content.decode()
    meeting = m.Meeting.objects.get(date=date(2021, 1, 20))
    assert meeting.state == "published" and meeting.items.count() == 1
    assert f'<a href="/sekretariat/moeder/{meeting.pk}/">Direktionen 20-01-2021</a>' in page
    assert "fejlet" in page and "PDF-filen er afkortet" in page
    (document,) = ImportedDocument.objects.all()
    assert document.source == "upload:DIR:2021-01-20:Referat.txt"
    assert m.AuditEntry.objects.filter(action="import_imported", object_id=meeting.pk).exists()

    # the same file again: nothing changes
    again = staff.post("/sekretariat/importer/", {"filer": _upload("kopi.txt", first)})
    assert again.status_code == 200 and "uændret" in again.content.decode()
    assert ImportedDocument.objects.count() == 1

    # a corrected version under the same name updates what the first stored
    corrected = first.decode("utf-8").replace("Drøftet.", "Drøftet og godkendt.", 1)
    assert corrected.encode() != first
    updated = staff.post(
        "/sekretariat/importer/", {"filer": _upload("Referat.txt", corrected.encode())}
    )
    assert updated.status_code == 200 and "opdateret" in updated.content.decode()
    assert meeting.items.count() == 1 and ImportedDocument.objects.count() == 1
    assert "Drøftet og godkendt." in meeting.items.get().points.first().decision

    # a corrected version under another name is kept beside it, and said
    other_name = staff.post(
        "/sekretariat/importer/",
        {"filer": _upload("Rettet.txt", corrected.replace("godkendt", "tiltrådt").encode())},
    )
    assert other_name.status_code == 200 and "2 udgaver af punktet" in other_name.content.decode()
    # the meeting's page says which file each version came from
    page = staff.get(f"/sekretariat/moeder/{meeting.pk}/").content.decode()
    assert "importeret fra Referat.txt" in page and "importeret fra Rettet.txt" in page
    m.AgendaItem.objects.filter(meeting=meeting).order_by("-pk").first().delete()

    # another meeting's minutes under the same name are a document of their own
    other = staff.post(
        "/sekretariat/importer/", {"filer": _upload("Referat.txt", seeds[1].read_bytes())}
    )
    assert other.status_code == 200
    assert ImportedDocument.objects.count() == 3
    assert meeting.items.count() == 1
    page = staff.get("/sekretariat/importer/").content.decode()
    assert "Direktionen 26-01-2022" in page and "Direktionen 20-01-2021" in page


def test_word_97_minutes_uploaded_together_are_converted_in_one_run(
    staff: Client, seeds: list[Path], tmp_path: Path, libreoffice_runs: list[int]
) -> None:
    """Old minutes uploaded as .doc files: LibreOffice starts once for them all (a second a
    file alone: a few dozen would outlast the request), and the same files again are
    unchanged."""
    import shutil

    from tests.core.test_layouts import in_word, saved_by_libreoffice
    from tests.required import require

    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    docs = saved_by_libreoffice(
        [in_word(seed.read_text()) for seed in seeds], tmp_path, "doc", "MS Word 97"
    )
    uploads = [_upload(f"Referat {k}.doc", doc) for k, doc in enumerate(docs)]
    response = staff.post("/sekretariat/importer/", {"filer": uploads})
    assert response.status_code == 200
    assert libreoffice_runs == [len(seeds)]
    assert m.Meeting.objects.count() == len(seeds)
    again = [_upload(f"Referat {k}.doc", doc) for k, doc in enumerate(docs)]
    response = staff.post("/sekretariat/importer/", {"filer": again})
    assert response.content.decode().count("uændret") >= len(seeds)
    assert m.AgendaItem.objects.count() == len(seeds)


def test_import_without_a_file_is_refused(staff: Client) -> None:
    response = staff.post("/sekretariat/importer/", {})
    assert response.status_code == 400
    assert "Vælg en eller flere filer." in response.content.decode()


def test_import_over_the_limit_gets_413_and_stores_nothing(staff: Client, settings) -> None:  # type: ignore[no-untyped-def]
    settings.MAX_UPLOAD_BYTES = 10_000
    upload = _upload("stort.pdf", b"%PDF-" + b"x" * 20_000)
    response = staff.post("/sekretariat/importer/", {"filer": upload})
    assert response.status_code == 413 and "højst" in response.content.decode()
    assert not m.Meeting.objects.exists()


def test_import_when_the_pdf_reader_cannot_start_says_so(
    staff: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dagsorden.core.errors import ReaderUnavailable
    from dagsorden.importer import run

    def unavailable(data: bytes, name: str, ocr: bool = False):  # type: ignore[no-untyped-def]
        raise ReaderUnavailable("PDF-læseren kunne ikke starte")

    monkeypatch.setattr(run, "_parse_one", unavailable)
    response = staff.post("/sekretariat/importer/", {"filer": _upload("a.pdf", b"%PDF-1.4")})
    assert response.status_code == 400
    assert "PDF-læseren kunne ikke starte" in response.content.decode()


def test_an_imported_bilag_gets_its_file_here(
    staff: Client, seeds: list[Path], tmp_path: Path
) -> None:
    """An imported meeting lists its bilag by title; the secretariat gives each its file."""
    from dagsorden.importer.run import import_paths

    (tmp_path / "referat.txt").write_text(seeds[0].read_text())
    import_paths([tmp_path], progress=False)
    item = m.AgendaItem.objects.get()
    bilag = item.attachments.get(number=2)
    page = staff.get(f"/sekretariat/sager/{item.pk}/").content.decode()
    assert f'action="/sekretariat/sager/{item.pk}/bilag/{bilag.pk}/fil/"' in page
    url = f"/sekretariat/sager/{item.pk}/bilag/{bilag.pk}/fil/"
    with f.committed():
        staff.post(url, {"fil": SimpleUploadedFile("r.txt", b"Resultater om erhvervsklimaet.")})
    bilag.refresh_from_db()
    first = Path(bilag.file.path)
    assert bilag.media_type == "text/plain" and bilag.file_text.text.endswith("erhvervsklimaet.")
    [hit] = Client().get("/soeg.json", {"q": "erhvervsklimaet"}).json()["results"]
    assert hit["url"].endswith("#bilag-2")  # an open bilag of published minutes: public
    with f.committed():
        staff.post(url, {"fil": SimpleUploadedFile("r.txt", b"Rettet udgave.")})
    bilag.refresh_from_db()
    assert bilag.file.read() == b"Rettet udgave." and not first.exists()  # the old one gone
    assert Client().get("/soeg.json", {"q": "erhvervsklimaet"}).json()["total"] == 0
    # no file chosen; not the secretariat; approved minutes: nothing changes
    staff.post(url, {})
    assert Client().post(url, {"fil": SimpleUploadedFile("x.txt", b"x")}).status_code == 302
    item.meeting.locked_at = timezone.now()
    item.meeting.save()
    assert staff.post(url, {"fil": SimpleUploadedFile("x.txt", b"x")}).status_code in (302, 403)
    bilag.refresh_from_db()
    assert bilag.file.read() == b"Rettet udgave."


def test_bilag_uploaded_with_their_minutes_become_their_files(
    staff: Client, seeds: list[Path]
) -> None:
    from tests.pdfmaker import text_to_pdf

    notat = text_to_pdf("Resultater\nEt notat om erhvervsklimaet.\n")
    response = staff.post(
        "/sekretariat/importer/",
        {
            "filer": [
                _upload("Resultater Norddjurs Kommune.pdf", notat),  # before its minutes
                _upload("Referat.txt", seeds[0].read_bytes()),
                _upload("3011528.docx", b"PK\x03\x04 word/ et andet notat"),  # by its number
                _upload("Kaffeliste.pdf", text_to_pdf("Kaffe\nog te.\n")),
            ]
        },
    )
    assert response.status_code == 400  # the coffee list is none of theirs
    page = response.content.decode()
    item = m.AgendaItem.objects.get()
    by_title, by_number = item.attachments.get(number=2), item.attachments.get(number=3)
    assert by_title.file.read() == notat and by_title.file_text.text.endswith("erhvervsklimaet.")
    assert by_number.media_type.endswith("wordprocessingml.document")
    assert "fil til bilag 2, Resultater Norddjurs Kommune.pdf" in page
    assert "fil til bilag 3, Opsamling DI-måling" in page
    assert "Kaffeliste.pdf" in page and "heller ikke et af referaternes bilag" in page
    assert m.AuditEntry.objects.filter(action="attach_file", object_id=item.pk).count() == 2
    # the same again: nothing changes
    again = staff.post(
        "/sekretariat/importer/",
        {
            "filer": [
                _upload("Referat.txt", seeds[0].read_bytes()),
                _upload("Resultater Norddjurs Kommune.pdf", notat),
            ]
        },
    )
    assert again.status_code == 200 and again.content.decode().count("uændret") == 2
    assert m.AuditEntry.objects.filter(action="attach_file").count() == 2
    # alone, a bilag is known by its document number only: its title is looked for among
    # the bilag of the minutes uploaded with it (the item's page gives any bilag its file)
    alone = staff.post("/sekretariat/importer/", {"filer": [_upload("Andet.pdf", notat)]})
    assert alone.status_code == 400 and "heller ikke" not in alone.content.decode()
