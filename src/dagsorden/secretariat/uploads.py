"""Uploads over the size limit are refused while they stream in (413), so nothing of them is
kept: Django's handlers would otherwise write the whole body to a temporary file first."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.csrf import csrf_exempt, csrf_protect


class TooLarge(Exception):
    pass


class LimitHandler(FileUploadHandler):
    """Counts the bytes of every file in the request and stops at the limit."""

    def __init__(self, request: HttpRequest | None = None, limit: int = 0) -> None:
        super().__init__(request)
        self.limit = limit
        self.seen = 0
        self.exceeded = False

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.seen += len(raw_data)
        if self.seen > self.limit:
            self.exceeded = True
            raise StopUpload(connection_reset=True)
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


def too_large(request: HttpRequest) -> HttpResponse:
    body = render_to_string(
        "secretariat/too_large.html",
        {"limit_mb": settings.MAX_UPLOAD_BYTES // (1024 * 1024)},
        request=request,
    )
    return HttpResponse(body, status=413)


def limited_upload(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Refuse bodies over MAX_UPLOAD_BYTES before they are read (by Content-Length) or while
    they stream (by counting). CSRF is checked after the handler is in place, as Django's
    documentation describes for changing upload handlers."""

    @csrf_exempt
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        limit = settings.MAX_UPLOAD_BYTES
        if request.method == "POST":
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > limit + 64 * 1024:  # the form's other fields and boundaries
                return too_large(request)
            handler = LimitHandler(request, limit)
            request.upload_handlers.insert(0, handler)
            request.POST  # noqa: B018 (parse now, under the limit, before anything else runs)
            if handler.exceeded:
                for f in request.FILES.values():
                    f.close()  # temporary files go with their handles
                return too_large(request)
        return csrf_protect(view)(request, *args, **kwargs)

    return wrapped
