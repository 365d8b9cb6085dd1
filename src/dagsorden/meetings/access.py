"""Who may see what: the one rule, as pure functions (tested as a truth table).

A member (signed in and in the 'members' group, or staff) sees everything. Anyone else sees
an item or attachment only when it is marked open and its meeting is published. Anything
whose access is unknown is closed (fail closed).
"""

from __future__ import annotations

from typing import Any

MEMBERS_GROUP = "members"
PUBLIC_MEETING_STATES = frozenset({"agenda_published", "held", "minutes_approved", "published"})


def is_member(user: Any) -> bool:
    """Signed-in members of the board and staff see closed content."""
    if (
        user is None
        or not getattr(user, "is_authenticated", False)
        or not getattr(user, "is_active", False)
    ):
        return False
    if user.is_superuser or user.is_staff:
        return True
    return user.groups.filter(name=MEMBERS_GROUP).exists()


def meeting_visible(member: bool, state: str | None) -> bool:
    return member or state in PUBLIC_MEETING_STATES


def minutes_visible(member: bool, state: str | None) -> bool:
    """May what the meeting decided (decisions, attendance, follow-ups) be shown? To the
    public only once the minutes are published: a published agenda shows the open items."""
    return member or state == "published"


def item_visible(member: bool, meeting_state: str | None, access: str | None) -> bool:
    """May the item's content (presentation, points, decisions) be shown?"""
    return member or (meeting_visible(False, meeting_state) and access == "open")


def attachment_visible(
    member: bool, meeting_state: str | None, item_access: str | None, access: str | None
) -> bool:
    """May the attachment's file be served? Both it and its item must be open to the public."""
    return member or (item_visible(False, meeting_state, item_access) and access == "open")


def public_entry_sql(entry: str) -> str:
    """The public rule above as an SQL condition on a search entry row (columns item_id and
    attachment_id): its item open in a published meeting, and its attachment, if any, open.
    The database keeps the entries' public flag equal to it (search/migrations/0002)."""
    states = ", ".join(f"'{s}'" for s in sorted(PUBLIC_MEETING_STATES))
    # Only this module's constants go into the SQL.
    return (
        "(EXISTS (SELECT 1 FROM meetings_agendaitem i JOIN meetings_meeting m ON m.id = i.meeting_id "  # noqa: S608
        f"WHERE i.id = {entry}.item_id AND i.access = 'open' AND m.state IN ({states})) "
        f"AND ({entry}.attachment_id IS NULL OR EXISTS (SELECT 1 FROM meetings_attachment a "
        f"WHERE a.id = {entry}.attachment_id AND a.access = 'open')))"
    )
