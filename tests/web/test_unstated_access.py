"""Another system's published minutes name no item's access: imported, those items are
closed (fail closed), told apart from items marked closed, and opened in one step where the
minutes were published as they stand: by `dagsorden import --open-unmarked`, or by the
secretariat on the meeting's page. Each opening is logged and reaches the search."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from dagsorden.accounts.users import create_user
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m

from ..core.test_other_systems import CLOSED_ONLY_MARKED, ECONOMY

pytestmark = pytest.mark.django_db

# A word of the first item's case presentation: public once the item is open.
WORD = "forelægges"
MIXED = ECONOMY[: ECONOMY.rindex("3. Salg af grund")] + CLOSED_ONLY_MARKED


@pytest.fixture
def minutes(tmp_path: Path) -> Path:
    path = tmp_path / "okonomiudvalget-2020-03-12.txt"
    path.write_text(MIXED, encoding="utf-8")
    return path


def _accesses() -> list[tuple[int | None, str, bool]]:
    items = m.AgendaItem.objects.order_by("order")
    return [(i.number, i.access, i.access_stated) for i in items]


def _public_search(client: Client) -> int:
    client.logout()
    return client.get("/soeg.json", {"q": WORD}).json()["total"]


def test_items_no_line_marks_are_closed_and_counted(minutes: Path, client: Client) -> None:
    summary = import_paths([minutes], progress=False)
    assert (summary.imported, summary.unstated, summary.opened) == (1, 3, 0)
    # The item marked 'Lukket punkt' is closed by the document's word; the others for want of one.
    assert _accesses() == [
        (1, "closed", False),
        (2, "closed", False),
        (3, "closed", True),
        (4, "closed", False),
    ]
    meeting = m.Meeting.objects.get()
    page = client.get(
        reverse("portal:meeting", args=[meeting.body.slug, meeting.date.isoformat()])
    ).content.decode()
    assert "Godkendelse af dagsorden" in page and WORD not in page
    assert _public_search(client) == 0


def test_import_open_unmarked_opens_them_also_when_the_file_is_unchanged(
    minutes: Path, client: Client
) -> None:
    import_paths([minutes], progress=False)
    dry = import_paths([minutes], progress=False, open_unmarked=True, dry_run=True)
    assert (dry.unchanged, dry.opened) == (1, 3)
    assert [a for _n, a, _s in _accesses()] == ["closed"] * 4  # the dry run kept nothing
    summary = import_paths([minutes], progress=False, open_unmarked=True)
    assert (summary.imported, summary.unchanged, summary.opened) == (0, 1, 3)
    assert _accesses() == [
        (1, "open", True),
        (2, "open", True),
        (3, "closed", True),  # marked closed: stays so
        (4, "open", True),
    ]
    entry = m.AuditEntry.objects.get(action="open_unstated_items")
    assert entry.user is None and "--open-unmarked" in entry.why
    assert entry.what["titles"] == ["Godkendelse af dagsorden", *entry.what["titles"][1:]]
    assert len(entry.what["items"]) == 3
    assert _public_search(client) == 1
    again = import_paths([minutes], progress=False, open_unmarked=True)
    assert (again.unchanged, again.opened, again.unstated) == (1, 0, 0)
    assert m.AuditEntry.objects.filter(action="open_unstated_items").count() == 1


def test_a_new_import_with_open_unmarked_stores_them_open(minutes: Path) -> None:
    summary = import_paths([minutes], progress=False, open_unmarked=True)
    assert (summary.imported, summary.opened, summary.unstated) == (1, 3, 0)
    assert [a for _n, a, _s in _accesses()] == ["open", "open", "closed", "open"]


@pytest.fixture
def secretary(db) -> User:  # type: ignore[no-untyped-def]
    return create_user("sekretaer", "Langt-kodeord-42", role="secretary")


def test_the_secretariat_opens_them_on_the_meetings_page(
    minutes: Path, client: Client, secretary: User
) -> None:
    import_paths([minutes], progress=False)
    meeting = m.Meeting.objects.get()
    url = reverse("secretariat:meeting", args=[meeting.pk])
    opening = reverse("secretariat:open-unstated", args=[meeting.pk])
    member = create_user("direktoer", "Langt-kodeord-42", role="member")
    client.force_login(member)
    assert client.post(opening).status_code == 403
    client.force_login(secretary)
    page = client.get(url).content.decode()
    assert "3 punkter er lukkede, fordi det importerede dokument ikke angav deres adgang" in page
    assert "Åbn de 3 punkter" in page and "(adgang ikke angivet)" in page
    assert client.get(opening).status_code == 405  # a change is a POST
    response = client.post(opening, follow=True)
    assert "3 punkter er åbnet." in response.content.decode()
    assert [a for _n, a, _s in _accesses()] == ["open", "open", "closed", "open"]
    entry = m.AuditEntry.objects.get(action="open_unstated_items")
    assert entry.user == secretary and entry.object_id == str(meeting.pk)
    assert "Åbn de" not in client.get(url).content.decode()
    assert _public_search(client) == 1


def test_approved_minutes_are_not_opened(minutes: Path, client: Client, secretary: User) -> None:
    import_paths([minutes], progress=False)
    meeting = m.Meeting.objects.get()
    m.Meeting.objects.filter(pk=meeting.pk).update(locked_at=timezone.now())
    client.force_login(secretary)
    client.post(reverse("secretariat:open-unstated", args=[meeting.pk]))
    assert [a for _n, a, _s in _accesses()] == ["closed"] * 4
    assert import_paths([minutes], progress=False, open_unmarked=True).opened == 0
    assert not m.AuditEntry.objects.filter(action="open_unstated_items").exists()


def test_saving_an_item_states_its_access(minutes: Path, client: Client, secretary: User) -> None:
    import_paths([minutes], progress=False)
    item = m.AgendaItem.objects.get(number=4)
    client.force_login(secretary)
    url = reverse("secretariat:item", args=[item.pk])
    assert "Det importerede dokument angav ikke punktets adgang" in client.get(url).content.decode()
    response = client.post(url, {"title": item.title, "access": "closed", "routing": ""})
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.access, item.access_stated) == ("closed", True)
    assert "Det importerede dokument angav" not in client.get(url).content.decode()


def test_the_secretariat_reads_it_in_english(
    minutes: Path, client: Client, secretary: User
) -> None:
    import_paths([minutes], progress=False)
    meeting = m.Meeting.objects.get()
    client.force_login(secretary)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get(reverse("secretariat:meeting", args=[meeting.pk])).content.decode()
    assert "3 items are closed because the imported document did not state their access" in page
    assert "Open the 3 items" in page and "(access not stated)" in page
    response = client.post(reverse("secretariat:open-unstated", args=[meeting.pk]), follow=True)
    assert "3 items opened." in response.content.decode()


def _upload(minutes: Path) -> SimpleUploadedFile:
    return SimpleUploadedFile(minutes.name, minutes.read_bytes())


def test_an_upload_says_so_and_links_to_the_meeting(
    minutes: Path, client: Client, secretary: User
) -> None:
    client.force_login(secretary)
    page = client.post("/sekretariat/importer/", {"filer": [_upload(minutes)]}).content.decode()
    meeting = m.Meeting.objects.get()
    assert "3 punkter er lukkede, fordi dokumentet ikke angiver deres adgang" in page
    assert f'href="/sekretariat/moeder/{meeting.pk}/#uden-adgang"' in page
    assert [a for _n, a, _s in _accesses()] == ["closed"] * 4


def test_an_upload_of_published_minutes_opens_them(
    minutes: Path, client: Client, secretary: User
) -> None:
    client.force_login(secretary)
    form = {"filer": [_upload(minutes)], "open_unmarked": "1"}
    page = client.post("/sekretariat/importer/", form).content.decode()
    assert "3 punkter uden angivet adgang er åbnet" in page
    assert [a for _n, a, _s in _accesses()] == ["open", "open", "closed", "open"]
    assert m.AuditEntry.objects.get(action="open_unstated_items").user == secretary


def test_an_import_job_of_published_minutes_opens_them(
    minutes: Path, client: Client, secretary: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dagsorden.importer import jobs

    monkeypatch.setattr(jobs, "start", lambda job: None)
    monkeypatch.setattr(jobs, "INLINE_FILES", 0)
    client.force_login(secretary)
    form = {"filer": [_upload(minutes)], "open_unmarked": "1"}
    response = client.post("/sekretariat/importer/", form)
    job = jobs.run_job(response["Location"].rstrip("/").rsplit("/", 1)[1])
    assert job.open_unmarked and job.results[0]["opened"] == 3
    assert [a for _n, a, _s in _accesses()] == ["open", "open", "closed", "open"]
    assert (
        "3 punkter uden angivet adgang er åbnet"
        in client.get(response["Location"]).content.decode()
    )
