"""Sign-in rate limit: after LIMIT_PER_USER failures for one user name, or LIMIT_PER_ADDRESS
from one address, within WINDOW, further sign-in attempts get 429 until the window passes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

WINDOW = timedelta(minutes=15)
LIMIT_PER_USER = 5
LIMIT_PER_ADDRESS = 20


def client_address(request: HttpRequest) -> str | None:
    # REMOTE_ADDR only: X-Forwarded-For can be forged unless a proxy is trusted; behind one,
    # the proxy should set REMOTE_ADDR (gunicorn's --forwarded-allow-ips).
    return request.META.get("REMOTE_ADDR") or None


def blocked(username: str, address: str | None) -> bool:
    from .models import LoginFailure

    since = timezone.now() - WINDOW
    recent = LoginFailure.objects.filter(when__gte=since)
    if username and recent.filter(username=username).count() >= LIMIT_PER_USER:
        return True
    return bool(address) and recent.filter(address=address).count() >= LIMIT_PER_ADDRESS


class LoginRateLimitMiddleware:
    """Applies to every sign-in form (the site's and the admin's)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.method == "POST" and request.path in self._login_paths():
            username = request.POST.get("username", "")[:150]
            if blocked(username, client_address(request)):
                body = render_to_string("accounts/too_many.html", request=request)
                response = HttpResponse(body, status=429)
                response.headers["Retry-After"] = str(int(WINDOW.total_seconds()))
                return response
        return self.get_response(request)

    @staticmethod
    def _login_paths() -> set[str]:
        return {reverse("login"), reverse("admin:login")}


def purge_old(now: Any = None) -> int:
    from .models import LoginFailure

    cutoff = (now or timezone.now()) - WINDOW * 4
    return LoginFailure.objects.filter(when__lt=cutoff).delete()[0]
