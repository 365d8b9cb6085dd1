"""Bilag found beside the minutes in an archive are stored as their attachments' files; the
files of attachments are kept when their minutes are imported again."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import docx
import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.test import Client
from django.utils import timezone

from dagsorden.cli import main
from dagsorden.importer.models import ImportedDocument
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m
from dagsorden.portal.data import item_url
from dagsorden.search.file_text import read_unread, unread
from dagsorden.search.indexer import rebuild
from dagsorden.search.models import FileText
from tests.pdfmaker import text_to_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(tmp_path: Path, settings) -> Path:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def stored(media: Path) -> list[Path]:
    return sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []


def pdf(text: str) -> bytes:
    return text_to_pdf(f"{text}\nEt notat, ingen dagsorden.\n")


@pytest.fixture
def archive(tmp_path: Path, seeds: list[Path]) -> Path:
    """A meeting's folder as an archive holds it: the minutes and their bilag as files,
    named by their titles or their document numbers, and files that are neither."""
    folder = tmp_path / "arkiv" / "2021-01-20"
    folder.mkdir(parents=True)
    shutil.copy(seeds[0], folder / "Referat.txt")
    (folder / "Resultater Norddjurs Kommune.pdf").write_bytes(pdf("Resultater"))
    (folder / "3011528.pdf").write_bytes(pdf("Opsamling DI-måling"))
    (folder / "Bilag 1 Årshjul 2021.xlsx").write_bytes(b"PK\x03\x04 xl/ regneark")
    (folder / "Kaffeliste.xlsx").write_bytes(b"PK\x03\x04 xl/ ikke et bilag")
    (folder / "Andet notat.pdf").write_bytes(pdf("Andet"))
    return tmp_path / "arkiv"


def attachment(number: int, date: str = "2021-01-20") -> m.Attachment:
    return m.Attachment.objects.get(item__meeting__date=date, number=number)


def test_bilag_beside_the_minutes_become_their_attachments_files(
    archive: Path, media: Path, client: Client
) -> None:
    summary = import_paths([archive], progress=False)
    assert (summary.imported, summary.attached) == (1, 3)
    # a document that is neither minutes nor a bilag is reported, as before; other files not
    assert summary.failed == [
        (str(archive / "2021-01-20" / "Andet notat.pdf"), summary.failed[0][1])
    ]
    assert summary.failed[0][1].startswith("intet dagsordenspunkt fundet")
    assert summary.failed[0][1].endswith(
        "heller ikke et af referaternes bilag (intet bilag ved "
        "siden af hedder sådan eller har dets dokumentnummer)"
    )
    assert "3 bilagsfiler tilknyttet" in summary.line()
    by_title = attachment(2)  # 'Resultater Norddjurs Kommune.pdf'
    by_number = attachment(3)  # document 3011528
    by_listing = attachment(1)  # 'Bilag 1 Årshjul 2021'
    assert by_title.media_type == by_number.media_type == "application/pdf"
    assert by_listing.media_type.endswith("spreadsheetml.sheet")
    assert not attachment(4).file and not attachment(5).file and not attachment(6).file
    assert len(stored(media)) == 3
    response = client.get(f"/bilag/{by_title.pk}/")
    assert response.status_code == 200
    assert (
        b"".join(response.streaming_content)
        == (archive / "2021-01-20" / "Resultater Norddjurs Kommune.pdf").read_bytes()
    )
    # the attachment, not the archive's file name, names the file on disk
    assert all("Resultater" not in p.name for p in stored(media))
    # and it goes out under its title, with its type's extension where the title has none,
    # and its link says what it opens where the title does not
    served = client.get(f"/bilag/{by_listing.pk}/")
    assert "filename*=utf-8''%C3%85rshjul%202021.xlsx" in served["Content-Disposition"]
    page = client.get(item_url(by_listing.item)).content.decode()
    assert (
        f'<a href="/bilag/{by_listing.pk}/">Årshjul 2021</a> <span class="meta-inline">(XLSX)</span>'
        in page
    )
    assert f'<a href="/bilag/{by_title.pk}/">Resultater Norddjurs Kommune.pdf</a> (8727/21)' in page


def test_importing_the_archive_again_changes_no_file(archive: Path, media: Path) -> None:
    import_paths([archive], progress=False)
    files = stored(media)
    summary = import_paths([archive], progress=False)
    assert (summary.imported, summary.unchanged, summary.attached) == (0, 4, 0)
    assert stored(media) == files
    assert ImportedDocument.objects.filter(kind="bilag").count() == 3


def test_a_changed_bilag_replaces_its_file(
    archive: Path, media: Path, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    import_paths([archive], progress=False)
    before = attachment(2).file.name
    corrected = pdf("Rettet")
    (archive / "2021-01-20" / "Resultater Norddjurs Kommune.pdf").write_bytes(corrected)
    with django_capture_on_commit_callbacks(execute=True):
        summary = import_paths([archive], progress=False)
    assert summary.attached == 1
    after = attachment(2)
    assert after.file.name != before and after.file.read() == corrected
    assert len(stored(media)) == 3  # the old file is gone with the commit


def test_minutes_imported_again_keep_their_attachments_files(
    archive: Path, media: Path, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    import_paths([archive], progress=False)
    files = {n: attachment(n).file.name for n in (1, 2, 3)}
    minutes = archive / "2021-01-20" / "Referat.txt"
    minutes.write_text(minutes.read_text().replace("Drøftet.", "Drøftet og godkendt."))
    with django_capture_on_commit_callbacks(execute=True):
        summary = import_paths([archive], progress=False)
    assert (summary.updated, summary.unchanged, summary.attached) == (1, 3, 0)
    assert {n: attachment(n).file.name for n in (1, 2, 3)} == files
    assert len(stored(media)) == 3
    # and the archive's files still know their attachments: a third import changes nothing
    summary = import_paths([archive], progress=False)
    assert (summary.updated, summary.unchanged, summary.attached) == (0, 4, 0)


def test_an_attachment_gone_from_corrected_minutes_takes_its_file_along(
    archive: Path, media: Path, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    import_paths([archive], progress=False)
    minutes = archive / "2021-01-20" / "Referat.txt"
    text = minutes.read_text()
    minutes.write_text(text[: text.index("3 - ")] + text[text.index("4 - ") :])
    with django_capture_on_commit_callbacks(execute=True):
        import_paths([archive], progress=False)
    assert not m.Attachment.objects.filter(document_id="3011528").exists()
    assert len(stored(media)) == 2


def test_bilag_in_a_folder_of_their_own_below_the_minutes(
    tmp_path: Path, seeds: list[Path]
) -> None:
    meeting = tmp_path / "arkiv" / "2021" / "20-01-2021"
    (meeting / "Bilag").mkdir(parents=True)
    shutil.copy(seeds[0], meeting / "Referat.txt")
    (meeting / "Bilag" / "Opsamling på dialogmøde med DI.pdf").write_bytes(pdf("Opsamling"))
    summary = import_paths([tmp_path / "arkiv"], progress=False)
    assert (summary.attached, summary.failed) == (1, [])
    assert attachment(4).file


def test_a_title_in_another_meetings_folder_is_not_taken(tmp_path: Path, seeds: list[Path]) -> None:
    for folder, seed in (("a", seeds[0]), ("b", seeds[1])):
        (tmp_path / folder).mkdir()
        shutil.copy(seed, tmp_path / folder / "Referat.txt")
    (tmp_path / "b" / "Årshjul 2021.pdf").write_bytes(pdf("Årshjul"))
    summary = import_paths([tmp_path], progress=False)
    assert summary.attached == 0 and len(summary.failed) == 1
    assert not attachment(1).file


def test_one_title_of_two_documents_in_one_folder_is_reported(
    tmp_path: Path, seeds: list[Path]
) -> None:
    text = seeds[2].read_text()
    (tmp_path / "Referat 30-11-2022.txt").write_text(text)
    (tmp_path / "Referat 07-12-2022.txt").write_text(text.replace("30-11-2022", "07-12-2022"))
    # a closed bilag has no document number: one title of two meetings may be two documents
    (tmp_path / "Forslag til revsionspunkter og procesforløb.pdf").write_bytes(pdf("Forslag"))
    # and the same document number in both is one document, the file of both
    (tmp_path / "Årshjul 2022.pptx").write_bytes(b"PK\x03\x04 ppt/ slides")
    summary = import_paths([tmp_path], progress=False)
    assert summary.attached == 1
    [(path, reason)] = summary.failed
    assert path.endswith("Forslag til revsionspunkter og procesforløb.pdf")
    assert reason.startswith("passer til 2 bilag, ikke ét: bilag 1 i ")
    assert attachment(7, "2022-11-30").sha256 == attachment(7, "2022-12-07").sha256 != ""


def test_the_same_bilag_in_each_meetings_folder_is_each_ones(
    tmp_path: Path, seeds: list[Path]
) -> None:
    text = seeds[2].read_text()
    for date in ("30-11-2022", "07-12-2022"):
        (tmp_path / date).mkdir()
        (tmp_path / date / "Referat.txt").write_text(text.replace("30-11-2022", date))
        (tmp_path / date / "1 - Forslag til revsionspunkter og procesforløb.pdf").write_bytes(
            pdf("Forslag")
        )
    summary = import_paths([tmp_path], progress=False)
    assert (summary.imported, summary.attached, summary.failed) == (2, 2, [])
    assert attachment(1, "2022-11-30").file and attachment(1, "2022-12-07").file


def test_a_closed_bilags_file_is_the_members_only(
    tmp_path: Path, seeds: list[Path], client: Client
) -> None:
    shutil.copy(seeds[2], tmp_path / "Referat.txt")
    (tmp_path / "Kommissorium for understøttelse af Skovskolen.pdf").write_bytes(pdf("Lukket"))
    assert import_paths([tmp_path], progress=False).attached == 1
    closed = attachment(3, "2022-11-30")
    assert closed.access == "closed" and closed.file
    assert client.get(f"/bilag/{closed.pk}/").status_code == 404
    assert "/bilag/" not in client.get(item_url(closed.item)).content.decode()
    (tmp_path / "Kim T - DIR OPLÆG 2022.pdf").write_bytes(pdf("Oplæg"))
    assert import_paths([tmp_path], progress=False).attached == 1
    page = client.get(item_url(closed.item)).content.decode()
    assert page.count("/bilag/") == 1 and f"/bilag/{attachment(6, '2022-11-30').pk}/" in page
    user = User.objects.create_user("medlem")
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    assert client.get(f"/bilag/{closed.pk}/").status_code == 200


def test_a_file_put_there_another_way_is_not_replaced(archive: Path, media: Path) -> None:
    (archive / "2021-01-20" / "Resultater Norddjurs Kommune.pdf").unlink()
    import_paths([archive], progress=False)
    uploaded = attachment(2)
    theirs = pdf("Sekretariatets")
    uploaded.file.save("resultater.pdf", ContentFile(theirs))
    (archive / "2021-01-20" / "Resultater Norddjurs Kommune.pdf").write_bytes(pdf("Arkivets"))
    summary = import_paths([archive], progress=False)
    assert summary.attached == 0
    reasons = dict(summary.failed)
    assert reasons[str(archive / "2021-01-20" / "Resultater Norddjurs Kommune.pdf")] == (
        "bilag 2 i Direktionen 20-01-2021 har allerede en anden fil"
    )
    assert attachment(2).file.read() == theirs


def test_approved_minutes_get_no_file(archive: Path, media: Path) -> None:
    (archive / "2021-01-20" / "3011528.pdf").rename(archive / "later.bin")
    import_paths([archive], progress=False)
    m.Meeting.objects.filter(date="2021-01-20").update(locked_at=timezone.now())
    (archive / "later.bin").rename(archive / "2021-01-20" / "3011528.pdf")
    summary = import_paths([archive], progress=False)
    assert summary.attached == 0
    reasons = dict(summary.failed)
    assert reasons[str(archive / "2021-01-20" / "3011528.pdf")] == (
        "bilag 3 i Direktionen 20-01-2021: referatet er godkendt og låst"
    )
    assert not attachment(3).file


def test_a_dry_run_writes_no_file(archive: Path, media: Path) -> None:
    summary = import_paths([archive], progress=False, dry_run=True)
    assert summary.attached == 3
    assert stored(media) == [] and not m.Attachment.objects.exists()


def test_the_agendas_bilag_files_go_to_the_minutes_that_supersede_it(
    tmp_path: Path, seeds: list[Path], media: Path, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    minutes = seeds[0].read_text()
    start = minutes.index("Beslutning i Direktionen")
    (tmp_path / "Dagsorden.txt").write_text(minutes[:start] + minutes[minutes.index("Bilag:") :])
    (tmp_path / "3011525.pdf").write_bytes(pdf("Årshjul"))
    assert import_paths([tmp_path], progress=False).attached == 1
    agenda_file = attachment(1).file.name
    (tmp_path / "Referat.txt").write_text(minutes)
    with django_capture_on_commit_callbacks(execute=True):
        summary = import_paths([tmp_path], progress=False)
    assert (summary.imported, summary.unchanged, summary.attached) == (1, 2, 0)
    [item] = m.AgendaItem.objects.all()
    assert item.origin.endswith("Referat.txt")
    assert attachment(1).file.name == agenda_file and len(stored(media)) == 1


def test_a_folder_name_that_is_not_utf8_holds_its_bilag(tmp_path: Path, seeds: list[Path]) -> None:
    folder = os.path.join(os.fsencode(tmp_path), b"m\xf8de")  # Latin-1, from a Windows share
    os.mkdir(folder)
    with open(os.path.join(folder, b"Referat.txt"), "wb") as f:
        f.write(seeds[0].read_bytes())
    with open(os.path.join(folder, "Årshjul 2021.pdf".encode("latin-1")), "wb") as f:
        f.write(pdf("Årshjul"))
    summary = import_paths([tmp_path], progress=False)
    assert (summary.imported, summary.attached, summary.failed) == (1, 1, [])
    assert attachment(1).file


def found(client: Client, words: str) -> list[dict]:
    return client.get("/soeg.json", {"q": words}).json()["results"]


def test_the_text_of_a_bilag_is_searched_as_its_access_allows(
    tmp_path: Path, seeds: list[Path], client: Client
) -> None:
    shutil.copy(seeds[2], tmp_path / "Referat.txt")
    (tmp_path / "Kim T - DIR OPLÆG 2022.pdf").write_bytes(pdf("Vejvedligeholdelsesplanen"))
    (tmp_path / "Kommissorium for understøttelse af Skovskolen.pdf").write_bytes(
        pdf("Skovskolebudgettet")
    )
    assert import_paths([tmp_path], progress=False).attached == 2
    [hit] = found(client, "vejvedligeholdelsesplanen")
    assert hit["kind"] == "attachment" and hit["url"].endswith("#bilag-6")
    assert "<mark>Vejvedligeholdelsesplanen</mark>" in hit["snippet"]
    assert found(client, "skovskolebudgettet") == []  # a closed bilag's text
    user = User.objects.create_user("medlem")
    user.groups.add(Group.objects.create(name="members"))
    client.force_login(user)
    assert len(found(client, "skovskolebudgettet")) == 1


def test_a_bilags_text_stays_searchable_when_its_minutes_change(
    archive: Path, client: Client
) -> None:
    import_paths([archive], progress=False)
    assert len(found(client, "ingen dagsorden")) == 2  # the two PDFs' texts
    minutes = archive / "2021-01-20" / "Referat.txt"
    minutes.write_text(minutes.read_text().replace("Drøftet.", "Drøftet og godkendt."))
    assert import_paths([archive], progress=False).updated == 1
    assert len(found(client, "ingen dagsorden")) == 2


def test_minutes_superseding_their_agenda_make_its_bilags_text_theirs(
    tmp_path: Path, seeds: list[Path], client: Client
) -> None:
    minutes = seeds[0].read_text()
    start = minutes.index("Beslutning i Direktionen")
    (tmp_path / "Dagsorden.txt").write_text(minutes[:start] + minutes[minutes.index("Bilag:") :])
    (tmp_path / "3011525.pdf").write_bytes(pdf("Årshjulsplanlægningen"))
    import_paths([tmp_path], progress=False)
    (tmp_path / "Referat.txt").write_text(minutes)
    import_paths([tmp_path], progress=False)
    [hit] = found(client, "årshjulsplanlægningen")
    assert hit["url"].endswith("#bilag-1")


def test_reindex_reads_the_texts_of_files_stored_before(archive: Path, client: Client) -> None:
    import_paths([archive], progress=False)
    FileText.objects.all().delete()
    rebuild()
    assert found(client, "ingen dagsorden") == []
    assert main(["reindex"]) == 0
    assert FileText.objects.count() == 3  # two PDFs read, a spreadsheet's empty text kept
    assert len(found(client, "ingen dagsorden")) == 2
    assert read_unread(unread()) == 0  # all read now


def test_reindex_with_ocr_reads_scanned_bilag(
    tmp_path: Path, seeds: list[Path], client: Client
) -> None:
    """A scanned bilag stored without text: 'dagsorden reindex --ocr' reads it, so that its
    words are found; without --ocr it is left as it is."""
    from dagsorden.core import ocr
    from tests.pdfmaker import scanned
    from tests.required import require

    require(f"Tesseract with Danish ({ocr.INSTALL})", ocr.tesseract() is not None)
    shutil.copy(seeds[0], tmp_path / "Referat.txt")
    notat = "Resultater\nEt notat om erhvervsklimaet i kommunen.\n"
    (tmp_path / "Resultater Norddjurs Kommune.pdf").write_bytes(scanned(text_to_pdf(notat)))
    summary = import_paths([tmp_path], progress=False)
    assert summary.attached == 1
    assert FileText.objects.get().text == "" and found(client, "erhvervsklimaet") == []
    assert main(["reindex"]) == 0
    assert FileText.objects.get().text == ""
    assert main(["reindex", "--ocr"]) == 0
    assert "erhvervsklimaet" in FileText.objects.get().text
    [hit] = found(client, "erhvervsklimaet")
    assert hit["url"].endswith("#bilag-2")


@pytest.mark.parametrize(("parallel", "kept"), [(False, True), (True, True), (True, False)])
def test_a_bilag_read_as_no_minutes_is_not_read_again_for_its_text(
    archive: Path, monkeypatch: pytest.MonkeyPatch, parallel: bool, kept: bool
) -> None:
    """The text a PDF bilag gave when it was read as minutes (in this process, or in the
    parsing process, whose answer crosses a pipe) is its text for the search; beyond the
    memory kept for such texts it is read again, to the same text."""
    from dagsorden.importer import attachment_files, run

    read_again: list[bytes] = []
    read_text = attachment_files.read_text

    def counted(data: bytes) -> str | None:
        read_again.append(data)
        return read_text(data)

    monkeypatch.setattr(attachment_files, "read_text", counted)
    if parallel:
        monkeypatch.setattr(run, "PARALLEL_FROM", 1)
    if not kept:
        monkeypatch.setattr(run, "KEPT_TEXTS", 0)
    assert import_paths([archive], progress=False).attached == 3
    texts = dict(FileText.objects.values_list("attachment__number", "text"))
    assert texts == {
        1: "",  # the spreadsheet: nothing read
        2: "Resultater Et notat, ingen dagsorden.",
        3: "Opsamling DI-måling Et notat, ingen dagsorden.",
    }
    # the spreadsheet was never read as minutes; the PDFs only when their texts were not kept
    assert len(read_again) == (1 if kept else 3)


def test_oparl_gives_an_open_files_text_on_its_own_page(archive: Path, client: Client) -> None:
    import_paths([archive], progress=False)
    pk = attachment(2).pk
    page = client.get(f"/oparl/v1.1/file/{pk}/").json()
    assert "Resultater" in page["text"] and page["mimeType"] == "application/pdf"
    files = client.get(f"/oparl/v1.1/body/{m.Organisation.objects.get().pk}/file/").json()
    assert len(files["data"]) == 3 and all("text" not in f for f in files["data"])
    assert sorted(f["fileName"] for f in files["data"]) == [
        "Opsamling DI-måling.pdf",
        "Resultater Norddjurs Kommune.pdf",
        "Årshjul 2021.xlsx",
    ]


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("Indstilling - koncernstrategisk ledelsesudvikling 4. udgave (002).pdf", 4),
        ("Indstilling_-_koncernstrategisk_ledelsesudvikling_4._udgave_(002).docx", 4),
        ("INDSTILLING - KONCERNSTRATEGISK LEDELSESUDVIKLING 4. UDGAVE (002).PDF", 4),
        ("Bilag 5 - Gennemsnit af den samlede score for ledelsestemaerne.pdf", 5),
        ("05_Gennemsnit af den samlede score for ledelsestemaerne.pdf", 5),
        ("Udviklingsproces på Socialområdet tids- og procesplan.pdf", 2),
        ("Årshjul 2022.pdf", 7),  # listed as a presentation, kept as a PDF
        ("3381600.pdf", 7),
    ],
)
def test_a_files_name_as_archives_write_it(
    tmp_path: Path, seeds: list[Path], name: str, number: int
) -> None:
    shutil.copy(seeds[2], tmp_path / "Referat.txt")
    (tmp_path / name).write_bytes(pdf("Bilag"))
    assert import_paths([tmp_path], progress=False).attached == 1
    assert attachment(number, "2022-11-30").file


@pytest.mark.parametrize(
    "name",
    ["Udviklingsproces.pdf", "Bilag 4.pdf", "Årshjul 2021.pdf", "2022.pdf", "3381601.pdf"],
)
def test_a_name_that_is_no_bilags_is_none(tmp_path: Path, seeds: list[Path], name: str) -> None:
    shutil.copy(seeds[2], tmp_path / "Referat.txt")
    (tmp_path / name).write_bytes(pdf("Bilag"))
    summary = import_paths([tmp_path], progress=False)
    assert summary.attached == 0 and [p for p, _ in summary.failed] == [str(tmp_path / name)]


def test_minutes_and_bilag_in_word_97_are_read_and_served_as_such(
    tmp_path: Path, seeds: list[Path], client: Client, libreoffice_runs: list[int]
) -> None:
    """An archive's older meetings are Word 97–2003 files: the minutes are read (through
    LibreOffice), a bilag's .doc is matched by its document number, its words are searched
    and it goes out as a .doc (its kind read from the file, not its name); read again for
    the search ('dagsorden reindex'), the bilag are converted in one LibreOffice run."""
    from tests.core.test_layouts import in_word, saved_by_libreoffice
    from tests.required import require

    require("LibreOffice (apt-get install libreoffice-writer-nogui)", bool(shutil.which("soffice")))
    note = docx.Document()
    note.add_paragraph("Opsamling DI-måling")
    note.add_paragraph("Et notat om målingen af erhvervsklimaet i Norddjurs.")
    written = io.BytesIO()
    note.save(written)
    (tmp_path / "lo").mkdir()
    other = docx.Document()
    other.add_paragraph("Opsamling på dialogmøde med DI: erhvervskontakten styrkes.")
    written_other = io.BytesIO()
    other.save(written_other)
    minutes_doc, note_doc, other_doc = saved_by_libreoffice(
        [in_word(seeds[0].read_text()), written.getvalue(), written_other.getvalue()],
        tmp_path / "lo",
        "doc",
        "MS Word 97",
    )
    folder = tmp_path / "arkiv" / "2021-01-20"
    folder.mkdir(parents=True)
    (folder / "Referat.doc").write_bytes(minutes_doc)
    (folder / "3011528.doc").write_bytes(note_doc)
    (folder / "3011529.doc").write_bytes(other_doc)
    summary = import_paths([tmp_path / "arkiv"], progress=False)
    assert (summary.imported, summary.attached, summary.failed) == (1, 2, [])
    assert ImportedDocument.objects.get(source__endswith="Referat.doc").kind == "doc"
    bilag = attachment(3)  # 'Opsamling DI-måling', document 3011528
    assert bilag.media_type == "application/msword"
    assert "erhvervsklimaet" in FileText.objects.get(attachment=bilag).text
    served = client.get(f"/bilag/{bilag.pk}/")
    assert served["Content-Disposition"].endswith("Opsamling%20DI-m%C3%A5ling.doc")
    FileText.objects.all().delete()
    libreoffice_runs.clear()
    assert read_unread(unread()) == 2
    assert libreoffice_runs == [2]
    assert "erhvervsklimaet" in FileText.objects.get(attachment=bilag).text
    assert "erhvervskontakten" in FileText.objects.get(attachment=attachment(4)).text


@pytest.mark.parametrize(
    ("stream", "media_type"),
    [
        ("WordDocument", "application/msword"),
        ("Workbook", "application/vnd.ms-excel"),
        ("PowerPoint Document", "application/vnd.ms-powerpoint"),
        ("EncryptedPackage", "application/x-ole-storage"),  # a DOCX with a password
    ],
)
@pytest.mark.parametrize("at", [100, (1 << 16) - 7, 300_000])  # in the first chunk, across two
def test_an_office_97_files_kind_is_read_from_its_streams_name(
    stream: str, media_type: str, at: int
) -> None:
    """An Office 97–2003 file is a compound file whatever it holds; the name of its main
    stream (in its directory, anywhere in the file) tells a Word document from the others."""
    from dagsorden.meetings.files import digest_and_type, media_type_of

    data = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(400_000))
    name = stream.encode("utf-16-le")
    data[at : at + len(name)] = name
    assert digest_and_type(io.BytesIO(bytes(data)))[1] == media_type
    assert media_type_of(bytes(data)) == media_type


def test_rtf_and_opendocument_are_told_by_their_content_and_go_out_as_such() -> None:
    """RTF is text to look at, but its markup is no text to search or to read as minutes;
    an OpenDocument file is a zip whose first entry names its kind."""
    import zipfile

    from dagsorden.meetings.files import download_name, media_type_of

    assert media_type_of(b"{\\rtf1\\ansi Notat om budget}") == "application/rtf"
    assert download_name("Notat om budget", "application/rtf") == "Notat om budget.rtf"
    for kind, extension in (("text", "odt"), ("spreadsheet", "ods")):
        written = io.BytesIO()
        with zipfile.ZipFile(written, "w") as z:
            media_type = f"application/vnd.oasis.opendocument.{kind}"
            z.writestr(zipfile.ZipInfo("mimetype"), media_type)  # stored, as the standard says
            z.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)
        assert media_type_of(written.getvalue()) == media_type
        assert download_name("Notat", media_type) == f"Notat.{extension}"
