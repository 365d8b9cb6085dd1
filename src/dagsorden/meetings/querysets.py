"""Querysets that know the access rule: visible_to(user) is the only way the portal reads."""

from __future__ import annotations

from typing import Any

from django.db import models

from .access import PUBLIC_MEETING_STATES, is_member


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, user: Any) -> MeetingQuerySet:
        if is_member(user):
            return self
        return self.filter(state__in=PUBLIC_MEETING_STATES)

    def minutes_visible_to(self, user: Any) -> MeetingQuerySet:
        """Meetings whose decisions the user may read (published minutes for the public)."""
        if is_member(user):
            return self
        return self.filter(state="published")


class ItemQuerySet(models.QuerySet):
    def visible_to(self, user: Any) -> ItemQuerySet:
        """Items whose content the user may read (a closed item's heading is listed separately)."""
        if is_member(user):
            return self
        return self.filter(access="open", meeting__state__in=PUBLIC_MEETING_STATES)

    def minutes_visible_to(self, user: Any) -> ItemQuerySet:
        """Items whose decisions the user may read."""
        if is_member(user):
            return self
        return self.filter(access="open", meeting__state="published")

    def listed_to(self, user: Any) -> ItemQuerySet:
        """Items the user may see listed: closed ones appear by heading only."""
        if is_member(user):
            return self
        return self.filter(meeting__state__in=PUBLIC_MEETING_STATES)


class AttachmentQuerySet(models.QuerySet):
    def visible_to(self, user: Any) -> AttachmentQuerySet:
        if is_member(user):
            return self
        return self.filter(
            access="open", item__access="open", item__meeting__state__in=PUBLIC_MEETING_STATES
        )


class RoleQuerySet(models.QuerySet):
    def visible_to(self, user: Any) -> RoleQuerySet:
        """Roles seen where anyone may read them; members see those of closed items too."""
        if is_member(user):
            return self
        return self.filter(public_start__isnull=False)
