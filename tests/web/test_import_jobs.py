"""Uploads of many files imported as a job in the background, and the job's page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from dagsorden.accounts.users import create_user
from dagsorden.importer import jobs
from dagsorden.importer.models import ImportJob
from dagsorden.meetings import models as m

from . import factories as f

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client: Client) -> Client:
    f.body()
    client.force_login(create_user("sekretaer", "et-langt-kodeord-1234", role="secretary"))
    return client


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Jobs 'started': recorded, to be run by the test (a process of its own would not see
    the test's database)."""
    runs: list[str] = []
    monkeypatch.setattr(jobs, "start", lambda job: runs.append(str(job.pk)))
    monkeypatch.setattr(jobs, "INLINE_FILES", 2)
    return runs


def uploads(seeds: list[Path]) -> list[SimpleUploadedFile]:
    return [SimpleUploadedFile(seed.name, seed.read_bytes()) for seed in seeds] + [
        SimpleUploadedFile("ødelagt.pdf", b"%PDF-1.7\nx\n")
    ]


def two_jobs(staff: Client, seeds: list[Path], started: list[str]) -> list[str]:
    """The seeds uploaded twice: two jobs, started (not run)."""
    for _ in range(2):
        staff.post("/sekretariat/importer/", {"filer": uploads(seeds)})
    return started


def test_many_files_are_imported_by_a_job_whose_page_says_how_far_it_is(
    staff: Client, seeds: list[Path], started: list[str], settings
) -> None:  # type: ignore[no-untyped-def]
    response = staff.post("/sekretariat/importer/", {"filer": uploads(seeds)})
    (pk,) = started
    assert response.status_code == 302 and response["Location"] == f"/sekretariat/importer/{pk}/"
    assert not m.Meeting.objects.exists()  # nothing in the request
    job = ImportJob.objects.get()
    stored = sorted(p.name for p in (Path(settings.DATA_DIR) / "imports" / pk).iterdir())
    assert stored == ["000000", "000001", "000002", "000003"]

    page = staff.get(response["Location"]).content.decode()
    assert "Importen er i gang." in page and "0 af 4 filer færdige" in page
    # it brings itself up to date with script, and has a link to do so without
    assert "portal/import-job.js" in page and 'data-every="10"' in page
    assert '<a href="">Opdatér</a>' in page and "refresh" not in page.replace("job-refresh", "")

    job = jobs.run_job(pk)
    assert job.state == ImportJob.DONE and job.finished is not None
    assert m.Meeting.objects.count() == len(seeds)
    assert not (Path(settings.DATA_DIR) / "imports" / pk).exists()  # the files read, gone
    page = staff.get(response["Location"]).content.decode()
    assert "Færdig." in page and "4 af 4 filer færdige" in page
    assert "import-job.js" not in page and "Opdatér" not in page
    assert page.count("importeret") >= len(seeds)
    assert "ødelagt.pdf" in page and "PDF-filen er afkortet" in page
    assert "3 importeret, 0 opdateret, 0 uændret, 0 bilagsfiler tilknyttet, 1 fejlet" in page
    # the failed one first
    assert page.index("ødelagt.pdf") < page.index(seeds[0].name)
    meeting = m.Meeting.objects.get(date="2021-01-20")
    assert f'<a href="/sekretariat/moeder/{meeting.pk}/">Direktionen 20-01-2021</a>' in page
    assert m.AuditEntry.objects.filter(action="import_imported").count() == len(seeds)
    # the import page lists the job
    listing = staff.get("/sekretariat/importer/").content.decode()
    assert f'href="/sekretariat/importer/{pk}/"' in listing and "4 filer, færdig" in listing
    # run again, it does nothing: it is done
    assert jobs.run_job(pk).results == job.results


def test_a_job_says_what_became_of_its_files_in_the_language_of_whoever_started_it(
    staff: Client, seeds: list[Path], started: list[str]
) -> None:
    staff.cookies["django_language"] = "en"
    staff.post("/sekretariat/importer/", {"filer": uploads(seeds)})
    (pk,) = started
    assert ImportJob.objects.get().language == "en"
    jobs.run_job(pk)  # run by a process that knows nothing of the request
    page = staff.get(f"/sekretariat/importer/{pk}/").content.decode()
    assert "ødelagt.pdf" in page and "the PDF is truncated (no end-of-file marker)" in page
    assert "afkortet" not in page


def test_a_job_whose_process_died_is_said_and_may_be_run_again(
    staff: Client, seeds: list[Path], started: list[str]
) -> None:
    staff.post("/sekretariat/importer/", {"filer": uploads(seeds)})
    (pk,) = started
    # another process has it, and writes its heartbeat: left alone
    ImportJob.objects.filter(pk=pk).update(state=ImportJob.RUNNING, heartbeat=timezone.now())
    assert jobs.run_job(pk).state == ImportJob.RUNNING and not m.Meeting.objects.exists()
    assert staff.post(f"/sekretariat/importer/{pk}/").status_code == 302
    assert started == [pk]  # not started again while alive
    # silent for longer than a file can take: its process is gone
    ImportJob.objects.filter(pk=pk).update(heartbeat=timezone.now() - timedelta(minutes=6))
    page = staff.get(f"/sekretariat/importer/{pk}/").content.decode()
    assert "Importen er gået i stå" in page and "Kør importen igen" in page
    assert staff.post(f"/sekretariat/importer/{pk}/").status_code == 302
    assert started == [pk, pk]
    assert jobs.run_job(pk).state == ImportJob.DONE
    assert m.Meeting.objects.count() == len(seeds)


def test_a_job_stopped_while_it_runs_ends_before_its_next_file(
    staff: Client, seeds: list[Path], started: list[str], settings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    broken, *minutes = reversed(uploads(seeds))  # a file that fails, first
    staff.post("/sekretariat/importer/", {"filer": [broken, *reversed(minutes)]})
    (pk,) = started
    page = staff.get(f"/sekretariat/importer/{pk}/").content.decode()
    assert "Stop importen" in page
    imported = jobs.import_upload

    def clicked_meanwhile(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        # the user stops it while the second file is read
        if name == seeds[1].name:
            assert staff.post(f"/sekretariat/importer/{pk}/", {"action": "stop"}).status_code == 302
        return imported(name, *args, **kwargs)

    monkeypatch.setattr(jobs, "import_upload", clicked_meanwhile)
    job = jobs.run_job(pk)
    assert job.state == ImportJob.CANCELLED and job.finished is not None
    # the file being read when stopped is stored whole; the one that failed is said
    assert m.Meeting.objects.count() == 2
    assert [r["status"] for r in job.results if r] == ["failed", "imported", "imported"]
    assert not (Path(settings.DATA_DIR) / "imports" / pk).exists()
    page = staff.get(f"/sekretariat/importer/{pk}/").content.decode()
    assert "Importen blev stoppet" in page and "3 af 4 filer færdige" in page
    assert "Stop importen" not in page and "import-job.js" not in page
    assert "4 filer, stoppet" in staff.get("/sekretariat/importer/").content.decode()
    # stopping it again, or running it again, does nothing
    assert not jobs.cancel(job) and jobs.run_job(pk).state == ImportJob.CANCELLED


def test_a_job_stopped_before_its_process_began_or_after_it_died_leaves_no_files(
    staff: Client, seeds: list[Path], started: list[str], settings
) -> None:  # type: ignore[no-untyped-def]
    imports = Path(settings.DATA_DIR) / "imports"
    waiting, dead = two_jobs(staff, seeds, started)
    staff.post(f"/sekretariat/importer/{waiting}/", {"action": "stop"})
    assert (imports / waiting).exists()  # its process may be starting: it removes them
    assert jobs.run_job(waiting).state == ImportJob.CANCELLED and not (imports / waiting).exists()
    ImportJob.objects.filter(pk=dead).update(
        state=ImportJob.RUNNING, heartbeat=timezone.now() - timedelta(minutes=6)
    )
    assert "Stop importen" in staff.get(f"/sekretariat/importer/{dead}/").content.decode()
    staff.post(f"/sekretariat/importer/{dead}/", {"action": "stop"})
    assert not (imports / dead).exists()  # no process is left to remove them
    assert not m.Meeting.objects.exists()


def test_a_job_stalled_for_a_day_is_given_up_and_its_files_removed(
    staff: Client, seeds: list[Path], started: list[str], settings
) -> None:  # type: ignore[no-untyped-def]
    imports = Path(settings.DATA_DIR) / "imports"
    old, recent = two_jobs(staff, seeds, started)
    a_day = timezone.now() - jobs.GIVE_UP - timedelta(minutes=1)
    ImportJob.objects.filter(pk=old).update(state=ImportJob.RUNNING, heartbeat=a_day)
    # a long job, begun a day ago, still going
    ImportJob.objects.filter(pk=recent).update(
        created=a_day, state=ImportJob.RUNNING, heartbeat=timezone.now()
    )
    staff.post("/sekretariat/importer/", {"filer": uploads(seeds)})  # a new job looks
    assert ImportJob.objects.get(pk=old).state == ImportJob.FAILED and not (imports / old).exists()
    assert (
        ImportJob.objects.get(pk=recent).state == ImportJob.RUNNING and (imports / recent).exists()
    )
    page = staff.get(f"/sekretariat/importer/{old}/").content.decode()
    assert "ikke kørt igen inden for et døgn" in page and "Kør importen igen" not in page
    staff.cookies["django_language"] = "en"
    english = staff.get(f"/sekretariat/importer/{old}/").content.decode()
    assert "was not run again within a day" in english


def test_an_archive_of_many_files_goes_to_a_job_with_what_could_not_be_unpacked(
    staff: Client, seeds: list[Path], started: list[str]
) -> None:
    from tests.web.test_archives import make_zip

    entries = [(seed.name, seed.read_bytes()) for seed in seeds]
    data = bytearray(make_zip(None, [("låst.txt", b"x"), *entries]))
    data[6] |= 0x1
    data[bytes(data).index(b"PK\x01\x02") + 8] |= 0x1
    response = staff.post(
        "/sekretariat/importer/", {"filer": SimpleUploadedFile("R.zip", bytes(data))}
    )
    (pk,) = started
    assert response.status_code == 302
    jobs.run_job(pk)
    page = staff.get(f"/sekretariat/importer/{pk}/").content.decode()
    assert "R.zip/låst.txt" in page and "krypteret i arkivet" in page
    assert "4 af 4 filer færdige" in page
    assert m.Meeting.objects.count() == len(seeds)


def test_a_jobs_page_is_the_secretariats(client: Client, seeds: list[Path]) -> None:
    job = jobs.create_job([(seeds[0].read_bytes(), "Referat.txt")], None)
    url = f"/sekretariat/importer/{job.pk}/"
    assert client.get(url)["Location"].startswith("/log-ind/")
    client.force_login(create_user("direktoer", "et-langt-kodeord-1234", role="member"))
    assert client.get(url).status_code == 403
    assert client.get(
        "/sekretariat/importer/00000000-0000-0000-0000-000000000000/"
    ).status_code in (
        403,
        404,
    )


def test_scans_uploaded_with_ocr_asked_for_are_read_in_a_job(
    staff: Client, seeds: list[Path], started: list[str]
) -> None:
    from dagsorden.core import ocr
    from tests.pdfmaker import scanned, text_to_pdf
    from tests.required import require

    require(f"Tesseract with Danish ({ocr.INSTALL})", ocr.tesseract() is not None)
    page = staff.get("/sekretariat/importer/").content.decode()
    assert '<input type="checkbox" id="id-ocr" name="ocr" value="1"' in page
    assert "Tager nogle sekunder pr. side" in page
    scan = SimpleUploadedFile("skannet.pdf", scanned(text_to_pdf(seeds[1].read_text())))
    # one file, yet a job: OCR takes seconds a page, never in the request
    response = staff.post("/sekretariat/importer/", {"filer": scan, "ocr": "1"})
    (pk,) = started
    assert response.status_code == 302 and ImportJob.objects.get().ocr
    assert jobs.run_job(pk).state == ImportJob.DONE
    assert m.Meeting.objects.get().date.isoformat() == "2022-01-26"
    assert (
        "Indscannede PDF-filer læses med OCR." in staff.get(response["Location"]).content.decode()
    )


def test_without_tesseract_ocr_cannot_be_asked_for(
    staff: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dagsorden.secretariat import imports

    monkeypatch.setattr(imports, "ocr_available", lambda: None)
    page = staff.get("/sekretariat/importer/").content.decode()
    assert 'name="ocr" value="1" aria-describedby="ocr-help" disabled>' in page
    assert "Serveren har ikke Tesseract" in page
