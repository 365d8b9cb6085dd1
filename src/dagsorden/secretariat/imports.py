"""Minutes imported through the web: the secretariat uploads PDF, Word or text files, or ZIP
archives of them, each file is read and stored as `dagsorden import` stores a file
(importer/run.py), and the page says what became of each. A file that fails leaves nothing; the others are stored all the same. Files
that are no minutes are then matched to the bilag of the minutes uploaded with them, as the
import matches the files beside the minutes in an archive."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from dagsorden.core import ParseError
from dagsorden.core.archives import files_in
from dagsorden.core.batch import with_converted_to_docx
from dagsorden.core.errors import ReaderUnavailable
from dagsorden.importer.attachment_files import ATTACHMENT_SUFFIXES
from dagsorden.importer.models import ImportedDocument
from dagsorden.importer.run import (
    DOCUMENT_SUFFIXES,
    UPLOAD_SOURCE,
    Uploaded,
    attach_upload,
    import_upload,
)
from dagsorden.meetings.workflow import audit

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
        failed: dict[int, bytes] = {}  # what is no minutes, tried as bilag after the rest
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
        # files for LibreOffice (.doc, RTF, .odt) converted in one run: one alone takes a second
        readable = with_converted_to_docx(uploads)
        for (data, name), ready in zip(uploads, readable, strict=True):
            converted = ready if isinstance(ready, ParseError) else ready[0]
            try:
                result = import_upload(name, data, None if converted is data else converted)
            except ReaderUnavailable as exc:  # the PDF reader's process could not start
                result = Uploaded(name, "failed", reason=str(exc))
            if result.status == "failed":
                failed[len(results)] = data
            results.append(result)
            if result.status in ("imported", "updated"):
                audit(request.user, f"import_{result.status}", result.meeting, {"file": name})
        meetings = [r.meeting for r in results if r.meeting is not None]
        for at, data in failed.items():
            result = results[at] = attach_upload(results[at], data, meetings)
            if result.status == "attached":
                for attachment in result.attachments:
                    what = {"file": result.name, "bilag": attachment.number}
                    audit(request.user, "attach_file", attachment.item, what)
    failed = bool(error) or any(r.status == "failed" for r in results)
    recent = (
        ImportedDocument.objects.filter(source__startswith=UPLOAD_SOURCE, meeting__isnull=False)
        .select_related("meeting__body")
        .order_by("-imported", "-id")[:20]
    )
    context = {
        "results": results,
        "error": error,
        "recent": recent,
        "field": FIELD,
        "limit_mb": settings.MAX_UPLOAD_BYTES // (1024 * 1024),
    }
    return render(request, "secretariat/import.html", context, status=400 if failed else 200)
