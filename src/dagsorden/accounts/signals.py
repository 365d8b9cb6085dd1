from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.dispatch import receiver
from django.utils import timezone

from .limits import client_address
from .models import LoginFailure


@receiver(user_login_failed, dispatch_uid="dagsorden-login-failed")
def note_failure(sender: Any, credentials: dict[str, Any], request: Any = None, **kw: Any) -> None:
    LoginFailure.objects.create(
        username=str(credentials.get("username", ""))[:150],
        address=client_address(request) if request is not None else None,
    )


@receiver(user_logged_in, dispatch_uid="dagsorden-logged-in")
def note_login(sender: Any, request: Any, user: Any, **kw: Any) -> None:
    # The start of the session's absolute lifetime (sessions.py).
    request.session["signed_in_at"] = timezone.now().timestamp()
    LoginFailure.objects.filter(username=user.get_username()).delete()
