"""Users and their roles: members (directors) read everything, secretaries prepare meetings,
admins run the system. Roles are Django groups, so object checks stay in one access rule."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from dagsorden.meetings.access import MEMBERS_GROUP

SECRETARIES_GROUP = "secretaries"


def create_user(username: str, password: str, *, email: str = "", role: str = "member") -> Any:
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise ValueError(f"a user named {username!r} exists already")
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
