"""A follow-up given to a role ('Økonomichefen følger op', 'Chef for Kommunaldirektørens
sekretariat tager videre initiativ') is the person's who held that role at the meeting.

The minutes name the role, not the person; the archive knows who held it, from the meetings
that named both in public (Role, with the period between the first and last such meeting).
A role's holder is linked only when exactly one person held it then: within that person's
period, or failing that, within half a year of it. Run after an import, over the imported
items' follow-ups that have no one linked, so that a role seen first in a later document
still finds the follow-ups of earlier ones.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from dagsorden.core.people import job_title
from dagsorden.core.text import role_title
from dagsorden.meetings import models as m
from dagsorden.rows import insert_values

NEAR = timedelta(days=183)

Held = list[tuple[date, date, int]]


def link_role_holders() -> int:
    """Link each unlinked imported follow-up to its role's holder; returns how many."""
    unlinked = list(
        m.Action.objects.filter(responsible_people__isnull=True)
        .exclude(responsible_role="")
        .exclude(item__origin="")
        .values_list("pk", "responsible_role", "item__meeting__date")
    )
    if not unlinked:
        return 0
    held: dict[str, Held] = defaultdict(list)
    # Public periods only: a follow-up in an open item must not name someone the public may
    # not know held the role then (seen in a closed item).
    for title, start, end, person in m.Role.objects.filter(
        public_start__isnull=False, public_end__isnull=False
    ).values_list("title", "public_start", "public_end", "person_id"):
        held[title.lower()].append((start, end, person))
    links = [
        (action, person)
        for action, role, when in unlinked
        if (person := holder(held, role, when)) is not None
    ]
    insert_values(m.Action.responsible_people.through, ("action_id", "person_id"), links)
    return len(links)


def holder(held: dict[str, Held], role: str, when: date) -> int | None:
    """The one person who held the role on that day. The role is read as the parser reads a
    title next to a name ('Økonomichefen' → 'økonomichef'), so it meets the stored titles."""
    periods = held.get(role_title(job_title(role.strip())).lower(), [])
    for slack in (timedelta(0), NEAR):
        people = {p for start, end, p in periods if start - slack <= when <= end + slack}
        if people:
            return people.pop() if len(people) == 1 else None
    return None
