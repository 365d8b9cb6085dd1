"""ZIP archives given to `dagsorden import` or uploaded: their files imported as a folder's
are, known by the archive's path and their names inside it."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from dagsorden.accounts.users import create_user
from dagsorden.cli import main
from dagsorden.core import archives as core_archives
from dagsorden.importer import archives
from dagsorden.importer.models import ImportedDocument
from dagsorden.importer.run import import_paths
from dagsorden.meetings import models as m
from tests.pdfmaker import text_to_pdf

from . import factories as f

pytestmark = pytest.mark.django_db


def make_zip(path: Path | None, entries: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            z.writestr(name, data)
    if path is not None:
        path.write_bytes(out.getvalue())
    return out.getvalue()


@pytest.fixture(autouse=True)
def media(tmp_path: Path, settings) -> Path:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def own_temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder archives are unpacked in, to see that it is left empty."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def seed_entries(seeds: list[Path]) -> list[tuple[str, bytes]]:
    return [(f"2021/{seed.name}", seed.read_bytes()) for seed in seeds]


def test_an_archive_is_imported_as_its_folder_would_be(
    tmp_path: Path, seeds: list[Path], own_temporary: Path
) -> None:
    archive = tmp_path / "Referater.zip"
    bilag = text_to_pdf("Resultater\nEt notat om erhvervsklimaet.\n")
    make_zip(archive, [*seed_entries(seeds), ("2021/Resultater Norddjurs Kommune.pdf", bilag)])
    summary = import_paths([archive], progress=False)
    assert (summary.imported, summary.attached, summary.failed) == (len(seeds), 1, [])
    sources = sorted(ImportedDocument.objects.values_list("source", flat=True))
    assert sources == sorted(
        [f"{archive}/2021/{seed.name}" for seed in seeds]
        + [f"{archive}/2021/Resultater Norddjurs Kommune.pdf"]
    )
    # matched by title with the minutes beside it in the archive's folder
    attachment = m.Attachment.objects.get(title__startswith="Resultater Norddjurs")
    assert attachment.file.read() == bilag
    assert not list(own_temporary.glob("dagsorden-import-*"))  # unpacked, imported, removed

    # the same archive again: nothing changes
    again = import_paths([archive], progress=False)
    assert (again.imported, again.updated, again.unchanged) == (0, 0, len(seeds) + 1)

    # a newer download, one minutes corrected: that meeting is updated in place
    meeting = m.Meeting.objects.get(date="2022-11-30")
    entries = [
        (name, data.replace(b"Ledelsesevaluering", b"Lederevaluering"))
        for name, data in seed_entries(seeds)
    ]
    make_zip(archive, [*entries, ("2021/Resultater Norddjurs Kommune.pdf", bilag)])
    newer = import_paths([archive], progress=False)
    assert (newer.imported, newer.updated) == (0, 1)
    assert m.Meeting.objects.get(date="2022-11-30").pk == meeting.pk
    assert m.Point.objects.filter(title="Lederevaluering.").exists()


def test_the_command_imports_an_archive_and_names_its_files_in_failures(
    tmp_path: Path, seeds: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "Referater.zip"
    make_zip(archive, [*seed_entries(seeds[:1]), ("2021/ødelagt.pdf", b"%PDF-1.7\nx\n")])
    assert main(["import", str(archive)]) == 1
    out, err = capsys.readouterr()
    assert "1 importeret" in out and "1 fejlet" in out
    assert f"fejl: {archive}/2021/ødelagt.pdf: PDF-filen er afkortet" in err
    assert "dagsorden-import-" not in err  # never the temporary folder's name


def test_archives_in_a_folder_and_in_archives_are_opened(tmp_path: Path, seeds: list[Path]) -> None:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    inner = make_zip(None, seed_entries(seeds[1:]))
    make_zip(folder / "2021.zip", [*seed_entries(seeds[:1]), ("ældre/2022.zip", inner)])
    summary = import_paths([folder], progress=False)
    assert (summary.imported, summary.failed) == (len(seeds), [])
    assert ImportedDocument.objects.filter(
        source=f"{folder}/2021.zip/ældre/2022.zip/2021/{seeds[1].name}"
    ).exists()


def test_what_cannot_be_unpacked_fails_by_name_and_the_rest_is_imported(
    tmp_path: Path, seeds: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "arkiv"
    folder.mkdir()
    (folder / "ødelagt.zip").write_bytes(b"PK\x03\x04 cut off")
    make_zip(folder / "ok.zip", seed_entries(seeds[:1]))
    data = make_zip(None, [("låst.txt", b"x"), ("Referat.txt", seeds[1].read_bytes())])
    locked = bytearray(data)
    locked[6] |= 0x1  # the first member's flags, in its local header …
    locked[data.index(b"PK\x01\x02") + 8] |= 0x1  # … and in the directory: encrypted
    (folder / "låst.zip").write_bytes(bytes(locked))
    escaping = make_zip(None, [("../../udenfor.txt", seeds[2].read_bytes())])
    (folder / "ud.zip").write_bytes(escaping)
    summary = import_paths([folder], progress=False)
    assert summary.imported == 3
    failed = dict(summary.failed)
    assert failed[f"{folder}/låst.zip/låst.txt"] == "krypteret i arkivet (kræver adgangskode)"
    assert failed[f"{folder}/ødelagt.zip"].startswith("ødelagt zip-arkiv (")
    assert len(failed) == 2
    # the member that named a place outside is unpacked inside, and known so
    assert ImportedDocument.objects.filter(source=f"{folder}/ud.zip/udenfor.txt").exists()
    assert not (tmp_path / "udenfor.txt").exists()
    assert not any(p.name == "udenfor.txt" for p in Path("/tmp").glob("*.txt"))

    # too deep, or too large for the disk: the archive fails, nothing of it is read
    monkeypatch.setattr(archives, "MAX_DEPTH", 0)
    deep = import_paths([folder / "ok.zip"], progress=False)
    assert deep.failed == [(str(folder / "ok.zip"), "et zip-arkiv i for mange lag af arkiver")]
    monkeypatch.setattr(archives, "MAX_DEPTH", core_archives.MAX_DEPTH)
    monkeypatch.setattr(archives, "SPARE_BYTES", 2**62)
    full = import_paths([folder / "ok.zip"], progress=False)
    ((where, problem),) = full.failed
    assert where == str(folder / "ok.zip")
    assert problem.startswith("pakker ud til 0 MiB, men der er kun 0 MiB fri i ")
    assert problem.endswith("(sæt TMPDIR til en mappe med mere plads, eller pak arkivet ud selv)")


def test_an_archive_beside_minutes_may_be_a_bilags_file(tmp_path: Path, seeds: list[Path]) -> None:
    """A bilag of drawings or data may be a zip: it is unpacked (what it holds is no one's
    minutes, and left alone) and stored as the bilag's file all the same."""
    folder = tmp_path / "2021-01-20"
    folder.mkdir()
    (folder / "Referat.txt").write_bytes(seeds[0].read_bytes())
    drawings = make_zip(folder / "Bilag 1 Årshjul 2021.zip", [("tegning.png", b"\x89PNG")])
    summary = import_paths([tmp_path], progress=False)
    assert (summary.imported, summary.attached, summary.failed) == (1, 1, [])
    bilag = m.Attachment.objects.get(number=1)
    assert bilag.file.read() == drawings and bilag.media_type == "application/zip"


def test_a_dry_run_of_an_archive_stores_nothing(tmp_path: Path, seeds: list[Path]) -> None:
    archive = tmp_path / "Referater.zip"
    make_zip(archive, seed_entries(seeds))
    summary = import_paths([archive], progress=False, dry_run=True)
    assert summary.imported == len(seeds)
    assert not ImportedDocument.objects.exists() and not m.Meeting.objects.exists()


@pytest.fixture
def staff(client: Client) -> Client:
    f.body()
    client.force_login(create_user("sekretaer", "et-langt-kodeord-1234", role="secretary"))
    return client


def _upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/zip")


def test_an_uploaded_archive_is_imported_file_by_file(
    staff: Client, seeds: list[Path], settings
) -> None:  # type: ignore[no-untyped-def]
    bilag = text_to_pdf("Resultater\nEt notat om erhvervsklimaet.\n")
    locked = bytearray(make_zip(None, [("låst.pdf", b"x")]))
    locked[6] |= 0x1
    locked[bytes(locked).index(b"PK\x01\x02") + 8] |= 0x1
    data = make_zip(
        None,
        [
            *seed_entries(seeds),
            ("2021/bilag/Resultater Norddjurs Kommune.pdf", bilag),
            ("2021/låst.zip", bytes(locked)),
        ],
    )
    response = staff.post("/sekretariat/importer/", {"filer": _upload("Referater.zip", data)})
    assert response.status_code == 400  # one failed: said, the rest stored
    page = response.content.decode()
    assert m.Meeting.objects.count() == len(seeds)
    assert f"Referater.zip/2021/{seeds[0].name}" in page
    assert "Referater.zip/2021/låst.zip/låst.pdf" in page
    assert "krypteret i arkivet (kræver adgangskode)" in page
    assert "fil til bilag 2, Resultater Norddjurs Kommune.pdf" in page
    attachment = m.Attachment.objects.get(title__startswith="Resultater Norddjurs")
    assert attachment.file.read() == bilag
    assert attachment.media_type == "application/pdf"

    # the same archive again: each file unchanged
    again = staff.post("/sekretariat/importer/", {"filer": _upload("Referater.zip", data)})
    assert again.content.decode().count("uændret") >= len(seeds)
    assert ImportedDocument.objects.filter(meeting__isnull=False).count() == len(seeds)

    # broken, or unpacking to more than the server holds at once: the archive fails whole
    settings.MAX_UPLOAD_BYTES = len(data)
    big = make_zip(None, [("a.txt", b"a" * 5 * len(data))])
    response = staff.post(
        "/sekretariat/importer/",
        {"filer": [_upload("stort.zip", big), _upload("ødelagt.zip", b"PK\x03\x04 x")]},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "zip-arkivet pakker ud til" in page and "ødelagt zip-arkiv" in page
