"""What the parser may have misread in a document is said when it is imported (the command
line's warnings, the web import's results), kept with the document, and shown on the
meeting's page in the secretariat until a secretary has checked it."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from dagsorden import cli
from dagsorden.accounts.users import create_user
from dagsorden.importer.models import ImportedDocument
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m

from ..core.test_doubts import NUMBERED

pytestmark = pytest.mark.django_db

DOUBT = "»Punkter til behandling«: underpunkt 2 fik ingen del af beslutningen"
PASSED_OVER = NUMBERED.format(third=3, decision="1. Drøftet.\n3. Godt.")
WHOLE = NUMBERED.format(third=3, decision="1. Drøftet.\n2. Taget til efterretning.\n3. Godt.")


@pytest.fixture
def secretary(db) -> User:  # type: ignore[no-untyped-def]
    return create_user("sekretaer", "Langt-kodeord-42", role="secretary")


def test_the_import_says_it_and_keeps_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "maj.txt").write_text(PASSED_OVER)
    assert cli.main(["import", str(tmp_path)]) == 0  # stored: a warning, no failure
    _, err = capsys.readouterr()
    assert f"advarsel: {tmp_path / 'maj.txt'}: {DOUBT}" in err
    assert ImportedDocument.objects.get().doubts == DOUBT
    # Unchanged: not read again, not said again; corrected: nothing left in doubt.
    assert import_paths([tmp_path], progress=False).warnings == []
    (tmp_path / "maj.txt").write_text(WHOLE)
    summary = import_paths([tmp_path], progress=False)
    assert (summary.updated, summary.warnings) == (1, [])
    assert ImportedDocument.objects.get().doubts == ""


def test_the_web_import_says_it(client: Client, secretary: User) -> None:
    client.force_login(secretary)
    upload = SimpleUploadedFile("maj.txt", PASSED_OVER.encode(), content_type="text/plain")
    page = client.post("/sekretariat/importer/", {"filer": upload}).content.decode()
    assert f"importeret<br><strong>advarsel:</strong> maj.txt: {DOUBT}</td>" in page


ENGLISH = "“Punkter til behandling”: point 2 got no part of the decision"


def test_each_reader_is_told_in_their_language(
    tmp_path: Path, client: Client, secretary: User
) -> None:
    (tmp_path / "maj.txt").write_text(PASSED_OVER)
    import_paths([tmp_path], progress=False)  # on the command line, in Danish
    url = reverse("secretariat:meeting", args=[m.Meeting.objects.get().pk])
    item = m.AgendaItem.objects.get()
    client.force_login(secretary)
    said = f'<li>maj.txt: <a href="#sag-{item.pk}">{{}}</a></li>'  # a link to the item named
    page = client.get(url).content.decode()
    assert said.format(DOUBT) in page and f'<li id="sag-{item.pk}">' in page
    client.cookies["django_language"] = "en"
    assert said.format(ENGLISH) in client.get(url).content.decode()
    # Imported through the English pages: said in English, kept in Danish for the admin.
    upload = SimpleUploadedFile("maj.txt", PASSED_OVER.replace("2023", "2024").encode())
    empty = SimpleUploadedFile("tom.txt", b"")
    page = client.post("/sekretariat/importer/", {"filer": [upload, empty]}).content.decode()
    assert f"imported<br><strong>warning:</strong> maj.txt: {ENGLISH}</td>" in page
    assert '<td>tom.txt</td><td><strong class="errors">failed:</strong> the file is empty' in page
    assert {d.doubts for d in ImportedDocument.objects.all()} == {DOUBT}


def test_the_meetings_page_shows_it_until_checked(
    tmp_path: Path, client: Client, secretary: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "maj.txt").write_text(PASSED_OVER)
    import_paths([tmp_path], progress=False)
    meeting = m.Meeting.objects.get()
    url = reverse("secretariat:meeting", args=[meeting.pk])
    checked = reverse("secretariat:doubts-checked", args=[meeting.pk])
    client.force_login(create_user("direktoer", "Langt-kodeord-42", role="member"))
    assert client.post(checked).status_code == 403
    client.force_login(secretary)
    listed = f'<a href="{url}#kontrol">Direktionen 10-05-2023</a>'
    assert listed in client.get("/sekretariat/").content.decode()
    monkeypatch.setattr("dagsorden.secretariat.views.TO_CHECK_SHOWN", 0)  # a long list, cut
    assert "De seneste 0 af 1." in client.get("/sekretariat/").content.decode()
    monkeypatch.undo()
    page = client.get(url).content.decode()
    assert "Kontrollér indlæsningen" in page
    assert f'maj.txt: <a href="#sag-{m.AgendaItem.objects.get().pk}">{DOUBT}</a></li>' in page
    # Kept before they were kept as data too: as written, with no link.
    ImportedDocument.objects.update(doubts_data=[])
    assert f"<li>maj.txt: {DOUBT}</li>" in client.get(url).content.decode()
    assert client.get(checked).status_code == 405  # a change is a POST
    response = client.post(checked, follow=True)
    assert "Indlæsningen er markeret som kontrolleret." in response.content.decode()
    assert "Kontrollér indlæsningen" not in client.get(url).content.decode()
    assert "Importerede møder at kontrollere" not in client.get("/sekretariat/").content.decode()
    entry = m.AuditEntry.objects.get(action="import_checked")
    assert entry.user == secretary and entry.what == {"documents": 1}
    # Nothing in doubt: no panel.
    assert ImportedDocument.objects.get().doubts == ""


def test_the_administration_lists_the_documents_not_checked(
    tmp_path: Path, admin_client: Client
) -> None:
    (tmp_path / "maj.txt").write_text(PASSED_OVER)
    (tmp_path / "juni.txt").write_text(WHOLE.replace("10-05-2023", "14-06-2023"))
    import_paths([tmp_path], progress=False)
    url = "/admin/importer/importeddocument/"
    page = admin_client.get(url, {"doubts__isempty": "0"}).content.decode()
    assert "maj.txt" in page and "juni.txt" not in page
    assert "juni.txt" in admin_client.get(url, {"doubts__isempty": "1"}).content.decode()
    document = ImportedDocument.objects.get(source__endswith="maj.txt")
    detail = admin_client.get(f"{url}{document.pk}/change/").content.decode()
    assert "underpunkt 2 fik ingen del af beslutningen" in detail


def test_doubts_of_an_item_deleted_by_hand_are_dropped(
    tmp_path: Path, client: Client, secretary: User
) -> None:
    """Nothing is left to check of an item the secretariat deleted, now or when the document
    is imported again."""
    (tmp_path / "maj.txt").write_text(PASSED_OVER)
    import_paths([tmp_path], progress=False)
    meeting = m.Meeting.objects.get()
    client.force_login(secretary)
    assert DOUBT in client.get(f"/sekretariat/moeder/{meeting.pk}/").content.decode()
    item = meeting.items.get(title="Punkter til behandling")
    assert client.post(f"/sekretariat/sager/{item.pk}/slet/").status_code == 302
    document = ImportedDocument.objects.get()
    assert (document.doubts, document.doubts_data) == ("", [])
    assert (
        "Kontrollér indlæsningen"
        not in client.get(f"/sekretariat/moeder/{meeting.pk}/").content.decode()
    )
    (tmp_path / "maj.txt").write_text(PASSED_OVER.replace("Godt.", "Fint."))
    summary = import_paths([tmp_path], progress=False)
    assert (summary.updated, summary.warnings) == (1, [])
    assert ImportedDocument.objects.get().doubts == ""
