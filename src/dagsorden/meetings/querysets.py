"""Querysets that know the access rule: visible_to(user) is the only way the portal reads."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce

from .access import PUBLIC_MEETING_STATES, is_member

ORDINARY = "ordinary"  # Meeting.Kind.ORDINARY (the model imports this module)


class MeetingQuerySet(models.QuerySet):
    def visible_to(self, user: Any) -> MeetingQuerySet:
        if is_member(user):
            return self
        return self.filter(state__in=PUBLIC_MEETING_STATES)

    def deciding(self) -> MeetingQuerySet:
        """The meetings where cases are decided and so come back to ('på næste møde', 'i
        marts'): ordinary ones, not a seminar or a dialogue meeting of the body."""
        return self.filter(kind=ORDINARY)

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


class ActionQuerySet(models.QuerySet):
    def with_deadline(self, meetings: MeetingQuerySet) -> ActionQuerySet:
        """Each follow-up's `deadline`: its date, else, when it is due at a body's next
        meeting, the date of that body's first meeting among these (those the reader may see)
        after the meeting that decided it (an ordinary one: MeetingQuerySet.deciding); None
        while there is none."""
        following = (
            meetings.deciding()
            .filter(body=OuterRef("due_next_body"), date__gt=OuterRef("item__meeting__date"))
            .order_by("date")
            .values("date")[:1]
        )
        return self.annotate(deadline=Coalesce("due_date", Subquery(following)))
