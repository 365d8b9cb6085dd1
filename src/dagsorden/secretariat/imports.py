"""Minutes imported through the web: the secretariat uploads PDF, Word or text files, or ZIP
archives of them, each file is read and stored as `dagsorden import` stores a file
(importer/run.py), and the page says what became of each. A file that fails leaves nothing; the others are stored all the same. Files
that are no minutes are then matched to the bilag of the minutes uploaded with them, as the
import matches the files beside the minutes in an archive."""

from __future__ import annotations

import uuid
from collections import Counter

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from dagsorden.core import ParseError
from dagsorden.core.archives import files_in
from dagsorden.core.ocr import tesseract as ocr_available
from dagsorden.importer import jobs
from dagsorden.importer.attachment_files import ATTACHMENT_SUFFIXES
from dagsorden.importer.models import ImportedDocument, ImportJob
from dagsorden.importer.run import (
    DOCUMENT_SUFFIXES,
    UPLOAD_SOURCE,
    Uploaded,
)

from .items import clean_name
from .permissions import secretary_required
from .uploads import limited_upload

FIELD = "filer"
SUFFIXES = DOCUMENT_SUFFIXES | ATTACHMENT_SUFFIXES  # the files read from an uploaded archive
# An uploaded archive's files are held in memory together: at most this many times the
# upload's limit (a 50 MiB archive of text or Word files may hold 200 MiB of them).
UNPACKED_BYTES = 4


@limited_upload
@secretary_required
def import_minutes(request: HttpRequest) -> HttpResponse:
    results: list[Uploaded] = []
    error = ""
    if request.method == "POST":
        files = request.FILES.getlist(FIELD)
        if not files:
            error = _("Vælg en eller flere filer.")
        uploads: list[tuple[bytes, str]] = []
        for upload in files:
            with upload:
                data, name = upload.read(), clean_name(upload.name or "", _("dokument"))
            try:
                inside = files_in(data, name, SUFFIXES, UNPACKED_BYTES * settings.MAX_UPLOAD_BYTES)
            except ParseError as exc:  # an archive that cannot be opened, or too large
                results.append(Uploaded(name, "failed", reason=exc.problem))
                continue
            if inside is None:
                uploads.append((data, name))
            else:  # a ZIP archive: its files, each as if uploaded on its own
                uploads += inside[0]
                results += [
                    Uploaded(e.source or name, "failed", reason=e.problem) for e in inside[1]
                ]
        ocr = request.POST.get("ocr") == "1"  # seconds a page: never in the request
        open_unmarked = request.POST.get("open_unmarked") == "1"
        if uploads and (ocr or len(uploads) > jobs.INLINE_FILES):
            job = jobs.create_job(
                uploads, request.user, refused=results, ocr=ocr, open_unmarked=open_unmarked
            )
            jobs.start(job)
            return redirect("secretariat:import_job", job.pk)
        results += jobs.import_uploads(uploads, request.user, open_unmarked=open_unmarked)
    failed = bool(error) or any(r.status == "failed" for r in results)
    context = {
        "results": results,
        "error": error,
        "recent": _recent(),
        "jobs": ImportJob.objects.filter(user=request.user.pk)[:5],
        "field": FIELD,
        "limit_mb": settings.MAX_UPLOAD_BYTES // (1024 * 1024),
        "ocr_available": ocr_available(),
    }
    return render(request, "secretariat/import.html", context, status=400 if failed else 200)


@secretary_required
def import_job(request: HttpRequest, pk: uuid.UUID) -> HttpResponse:
    """A job's page: how far it is, and what became of each file so far."""
    job = get_object_or_404(ImportJob, pk=pk)
    stalled = jobs.stalled(job)
    if request.method == "POST":
        if request.POST.get("action") == "stop":
            jobs.cancel(job)  # ended meanwhile: nothing to stop, its page says how it ended
        elif stalled:  # its process is gone: run it again
            # queued again, its heartbeat now: a second click does not start another
            ImportJob.objects.filter(pk=job.pk).update(
                state=ImportJob.QUEUED, heartbeat=timezone.now()
            )
            jobs.start(job)
        return redirect("secretariat:import_job", job.pk)
    saved = [*job.refused, *(r for r in job.results if r)]
    counts = Counter(r["status"] for r in saved)
    saved.sort(key=lambda r: r["status"] != "failed")  # what needs a look first
    running = job.state in (ImportJob.QUEUED, ImportJob.RUNNING) and not stalled
    context = {
        "job": job,
        "results": jobs.shown_results(saved),
        "done": len(saved),
        "counts": counts,
        "total": len(job.refused) + len(job.names),
        "running": running,
        "stalled": stalled,
        "poll_seconds": jobs.POLL_SECONDS,
    }
    return render(request, "secretariat/import_job.html", context)


def _recent():  # type: ignore[no-untyped-def]
    return (
        ImportedDocument.objects.filter(source__startswith=UPLOAD_SOURCE, meeting__isnull=False)
        .select_related("meeting__body")
        .order_by("-imported", "-id")[:20]
    )
