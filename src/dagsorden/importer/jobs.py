"""Files uploaded through the web, imported as `dagsorden import` imports a file: at once in
the request when they are few, else as a job in a process of its own, so that an archive of
a thousand old Word files does not meet the web server's 60-second limit on a request.

A job's files wait in DATA_DIR/imports/<job>/ until it has read them; the job writes what
became of each file as it goes, and the page of the job shows it. A job whose process died
(the server restarted) falls silent, and may be run again: importing is idempotent, so what
it stored stands and the rest comes in."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, NoReturn

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language, gettext_noop

from dagsorden.core import ParseError
from dagsorden.core.batch import with_converted_to_docx
from dagsorden.core.errors import ReaderUnavailable
from dagsorden.core.language import speaking
from dagsorden.meetings.models import AgendaItem, Meeting
from dagsorden.meetings.workflow import audit, settle_unstated

from .models import ImportJob
from .run import Uploaded, attach_upload, import_upload

# Up to this many files are imported in the request (a few seconds at most: a PDF takes
# milliseconds, LibreOffice about a second to start); more go to a job.
INLINE_FILES = 20
# A running job writes a heartbeat after each file; one file takes a minute at most (the
# readers' time limits), so a job silent for this long has lost its process.
SILENT = timedelta(minutes=5)
# How often a job's page brings itself up to date while the job runs (with script).
POLL_SECONDS = 10
# A stalled job nobody ran again for this long is given up and its files removed.
GIVE_UP = timedelta(days=1)
# Kept in Danish, as the other errors are, and translated where it is shown.
GAVE_UP = gettext_noop(
    "Importen gik i stå og blev ikke kørt igen inden for et døgn; de filer, den ventede "
    "med, er slettet."
)


class Stopped(Exception):
    """The job was stopped by a user between two files."""


def import_uploads(
    uploads: list[tuple[bytes, str]],
    user: Any,
    done: Callable[[int, Uploaded], None] | None = None,
    ocr: bool = False,
    stop: Callable[[], bool] | None = None,
    open_unmarked: bool = False,
) -> list[Uploaded]:
    """Import each (data, name) on its own, whole or not at all; then those that are no
    minutes as the files of the bilag the others list. done(k, result) is told of each file
    as its result is known (a bilag's file when its match is, after the rest). ocr: scanned
    PDFs are read by OCR (seconds a page: for a job, never a request). stop() is asked
    before each file; Stopped when it says so (what was imported stands). open_unmarked:
    the minutes were published as they stand, so their meetings' items that no document
    marks are opened (as on the meeting's screen)."""
    results: list[Uploaded] = []
    failed: dict[int, bytes] = {}  # what is no minutes, tried as bilag after the rest
    # Files for LibreOffice (.doc, RTF, .odt) are converted in one run: one alone takes a second.
    readable = with_converted_to_docx(uploads)
    for (data, name), ready in zip(uploads, readable, strict=True):
        if stop is not None and stop():
            _stopped(failed, results, done)
        converted = ready if isinstance(ready, ParseError) else ready[0]
        try:
            result = import_upload(name, data, None if converted is data else converted, ocr)
        except ReaderUnavailable as exc:  # the PDF reader's process could not start
            result = Uploaded(name, "failed", reason=str(exc))
        if result.meeting is not None:
            _unstated(result, user, open_unmarked)
        if result.status == "failed":
            failed[len(results)] = data
        elif done is not None:
            done(len(results), result)
        results.append(result)
        if result.status in ("imported", "updated"):
            audit(user, f"import_{result.status}", result.meeting, {"file": name})
    meetings = [r.meeting for r in results if r.meeting is not None]
    for at, data in failed.items():
        if stop is not None and stop():
            _stopped({k: v for k, v in failed.items() if k >= at}, results, done)
        result = results[at] = attach_upload(results[at], data, meetings)
        if result.status == "attached":
            for attachment in result.attachments:
                what = {"file": result.name, "bilag": attachment.number}
                audit(user, "attach_file", attachment.item, what)
        if done is not None:
            done(at, result)
    return results


def _unstated(result: Uploaded, user: Any, open_them: bool) -> None:
    """Count its meeting's items closed for want of a stated access, or open them."""
    items = AgendaItem.objects.filter(meeting=result.meeting)
    result.unstated, result.opened = settle_unstated(items, user, open_them)


def _stopped(
    failed: dict[int, bytes],
    results: list[Uploaded],
    done: Callable[[int, Uploaded], None] | None,
) -> NoReturn:
    """Stop, telling of the files that failed and were to be tried as bilag: they stay failed."""
    if done is not None:
        for at in failed:
            done(at, results[at])
    raise Stopped


def as_saved(result: Uploaded) -> dict[str, Any]:
    """A file's result as a job keeps it (JSON)."""
    return {
        "name": result.name,
        "status": result.status,
        "reason": result.reason,
        "warnings": result.warnings,
        "meeting": result.meeting.pk if result.meeting else None,
        "attachments": [{"number": a.number, "title": a.title} for a in result.attachments],
        "unstated": result.unstated,
        "opened": result.opened,
    }


@dataclass
class Shown:
    """A file's result on the page: the meeting looked up again (it may be gone since)."""

    name: str
    status: str
    reason: str
    warnings: list[str]
    meeting: Meeting | None
    attachments: list[dict[str, Any]]
    unstated: int = 0
    opened: int = 0


def shown_results(saved: list[dict[str, Any]]) -> list[Shown]:
    meetings = Meeting.objects.select_related("body").in_bulk(
        {r["meeting"] for r in saved if r["meeting"]}
    )
    return [Shown(**{**r, "meeting": meetings.get(r["meeting"])}) for r in saved]


def folder(job: ImportJob) -> Path:
    return Path(settings.DATA_DIR) / "imports" / str(job.pk)


def create_job(
    uploads: list[tuple[bytes, str]],
    user: Any,
    refused: Sequence[Uploaded] = (),
    ocr: bool = False,
    open_unmarked: bool = False,
) -> ImportJob:
    """A job for these files, kept on disk until it has read them; refused: the files of
    archives among the upload that could not be unpacked, said on the job's page; ocr:
    scanned PDFs read by OCR."""
    give_up_stalled()
    job = ImportJob.objects.create(
        user=user if getattr(user, "is_authenticated", False) else None,
        names=[name for _, name in uploads],
        refused=[as_saved(r) for r in refused],
        ocr=ocr,
        open_unmarked=open_unmarked,
        language=get_language() or settings.LANGUAGE_CODE,
    )
    where = folder(job)
    where.mkdir(parents=True)
    for k, (data, _name) in enumerate(uploads):
        (where / f"{k:06d}").write_bytes(data)
    return job


def start(job: ImportJob) -> None:
    """Run the job in a process of its own (`dagsorden import-job`), left to run when the
    request ends; a thread waits for it, so that it leaves no zombie behind."""
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "dagsorden", "import-job", str(job.pk)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not stopped by a Ctrl-C meant for the server
        )
    except OSError as exc:  # no process to be had (the system's limit): said on its page
        ImportJob.objects.filter(pk=job.pk).update(
            state=ImportJob.FAILED, finished=timezone.now(), error=str(exc)
        )
        return
    threading.Thread(target=process.wait, daemon=True).start()


def cancel(job: ImportJob) -> bool:
    """Stop the job: its process stops before its next file, and what it stored before
    stands. A job whose process is gone (stalled) has its files removed here; one whose
    process has yet to start, when it starts. False when it had ended already."""
    was_stalled = stalled(job)
    if not ImportJob.objects.filter(
        pk=job.pk, state__in=[ImportJob.QUEUED, ImportJob.RUNNING]
    ).update(state=ImportJob.CANCELLED, finished=timezone.now()):
        return False
    if was_stalled:
        shutil.rmtree(folder(job), ignore_errors=True)
    return True


def give_up_stalled() -> int:
    """Jobs silent for a day are given up (failed) and their waiting files removed, so that
    a job nobody ran again does not keep its upload on the disk for ever. How many."""
    now = timezone.now()
    silent = Q(heartbeat__lt=now - GIVE_UP) | Q(heartbeat__isnull=True, created__lt=now - GIVE_UP)
    given_up = 0
    for job in ImportJob.objects.filter(silent, state__in=[ImportJob.QUEUED, ImportJob.RUNNING]):
        if ImportJob.objects.filter(silent, pk=job.pk, state=job.state).update(
            state=ImportJob.FAILED, finished=now, error=GAVE_UP
        ):
            shutil.rmtree(folder(job), ignore_errors=True)
            given_up += 1
    return given_up


def stalled(job: ImportJob) -> bool:
    """Whether the job's process is gone before it finished (a restart)."""
    last = job.heartbeat or job.created
    return job.state in (ImportJob.QUEUED, ImportJob.RUNNING) and (timezone.now() - last > SILENT)


def run_job(pk: str) -> ImportJob:
    """Run the job, if no other process runs it; what became of each file is written as it
    goes. A job run again after its process died imports its files again: those it stored
    are unchanged, the rest come in."""
    now = timezone.now()
    claimed = ImportJob.objects.filter(pk=pk, state__in=[ImportJob.QUEUED, ImportJob.RUNNING])
    if not (
        claimed.filter(state=ImportJob.QUEUED).update(state=ImportJob.RUNNING, heartbeat=now)
        or claimed.filter(heartbeat__lt=now - SILENT).update(heartbeat=now)
    ):
        job = ImportJob.objects.get(pk=pk)  # done, stopped, or another process has it
        if job.state == ImportJob.CANCELLED:  # stopped before it began: nobody else will
            shutil.rmtree(folder(job), ignore_errors=True)
        return job
    job = ImportJob.objects.get(pk=pk)
    where = folder(job)
    saved: list[dict[str, Any] | None] = [None] * len(job.names)

    def done(k: int, result: Uploaded) -> None:
        saved[k] = as_saved(result)
        ImportJob.objects.filter(pk=pk).update(results=saved, heartbeat=timezone.now())

    def stop() -> bool:
        return ImportJob.objects.filter(pk=pk, state=ImportJob.CANCELLED).exists()

    try:
        uploads = [((where / f"{k:06d}").read_bytes(), name) for k, name in enumerate(job.names)]
        with speaking(job.language):  # the results read by whoever started it
            import_uploads(uploads, job.user, done, job.ocr, stop, job.open_unmarked)
    except Stopped:
        pass  # as the user asked; the files done so far are shown
    except Exception as exc:  # said on the job's page; the files are uploaded again
        if stop():  # its files were taken away as it was stopped
            return ImportJob.objects.get(pk=pk)
        ImportJob.objects.filter(pk=pk).update(
            state=ImportJob.FAILED,
            finished=timezone.now(),
            error="".join(traceback.format_exception_only(exc)).strip(),
        )
        raise
    else:
        ImportJob.objects.filter(pk=pk).exclude(state=ImportJob.CANCELLED).update(
            state=ImportJob.DONE, results=saved, finished=timezone.now()
        )
    finally:
        shutil.rmtree(where, ignore_errors=True)
    return ImportJob.objects.get(pk=pk)
