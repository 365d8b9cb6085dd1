"""Signed-in sessions end after IDLE of inactivity and after LIFETIME in all, whatever the
activity (a director's laptop left open in a meeting room)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

IDLE = timedelta(minutes=30)
LIFETIME = timedelta(hours=12)
TOUCH_EVERY = 30  # seconds


class SessionExpiryMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = timezone.now().timestamp()
            started = request.session.get("signed_in_at", now)
            seen = request.session.get("seen_at", now)
            if now - started > LIFETIME.total_seconds() or now - seen > IDLE.total_seconds():
                logout(request)
            elif now - seen > TOUCH_EVERY or "signed_in_at" not in request.session:
                # Not on every request: each touch is a session write.
                request.session["signed_in_at"] = started
                request.session["seen_at"] = now
        return self.get_response(request)
