"""A follow-up given to a role ('Økonomichefen følger op', 'Chef for Kommunaldirektørens
sekretariat tager videre initiativ') is the person's who held that role at the meeting
(meetings/role_holders.py). Run after an import, over the imported items' follow-ups that have
no one linked, so that a role seen first in a later document still finds the follow-ups of
earlier ones.
"""

from __future__ import annotations

from dagsorden.meetings import models as m
from dagsorden.meetings.role_holders import holder, public_periods
from dagsorden.rows import insert_values


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
    held = public_periods()
    links = [
        (action, person)
        for action, role, when in unlinked
        if (person := holder(held, role, when)) is not None
    ]
    insert_values(m.Action.responsible_people.through, ("action_id", "person_id"), links)
    return len(links)
