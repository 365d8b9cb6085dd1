"""Minutes imported through the web: the secretariat uploads PDF, Word or text files, each is
read and stored as `dagsorden import` stores a file (importer/run.py), and the page says what
became of each. A file that fails leaves nothing; the others are stored all the same. Files
that are no minutes are then matched to the bilag of the minutes uploaded with them, as the
import matches the files beside the minutes in an archive."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from dagsorden.core import ParseError
from dagsorden.core.batch import with_converted_to_docx
from dagsorden.core.errors import ReaderUnavailable
from dagsorden.importer.models import ImportedDocument
from dagsorden.importer.run import UPLOAD_SOURCE, Uploaded, attach_upload, import_upload
from dagsorden.meetings.workflow import audit

from .items import clean_name
from .permissions import secretary_required
from .uploads import limited_upload

FIELD = "filer"


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
        uploads = []
        for upload in files:
            with upload:
                uploads.append((upload.read(), clean_name(upload.name or "", _("dokument"))))
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
