from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse

from dagsorden.accounts.users import is_secretary


def secretary_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Signed in and in the secretariat; others are sent to sign in (or refused, 403)."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_secretary(request.user):
            raise PermissionDenied("kun for sekretariatet")
        return view(request, *args, **kwargs)

    return wrapped


def as_id(value: str | None) -> int | None:
    """A primary key from a form or query value; None for anything else (no 500 on junk)."""
    return int(value) if value and value.isdigit() and len(value) < 19 else None
