from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from dagsorden.accounts.users import is_secretary
from dagsorden.meetings.access import is_member


def site(request: HttpRequest) -> dict[str, Any]:
    return {
        "organisation_name": settings.ORGANISATION_NAME,
        "is_member": is_member(request.user),
        "is_secretary": is_secretary(request.user),
    }
