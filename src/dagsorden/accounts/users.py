"""Creating users with a role."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from dagsorden.core.language import gettext as _
from dagsorden.meetings.access import MEMBERS_GROUP

SECRETARIES_GROUP = "secretaries"


def is_secretary(user: Any) -> bool:
    """May prepare and edit meetings: the secretariat (and administrators)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=SECRETARIES_GROUP).exists()


def create_user(username: str, password: str, *, email: str = "", role: str = "member") -> Any:
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise ValueError(_("der findes allerede en bruger ved navn %(name)r") % {"name": username})
    user = User(username=username, email=email)
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise ValueError(" ".join(exc.messages)) from None
    with transaction.atomic():
        user.set_password(password)
        user.is_staff = role in ("secretary", "admin")
        user.is_superuser = role == "admin"
        user.save()
        user.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
        if role == "secretary":
            user.groups.add(Group.objects.get_or_create(name=SECRETARIES_GROUP)[0])
    return user
