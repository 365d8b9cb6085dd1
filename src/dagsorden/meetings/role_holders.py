"""Who held a role on a day, from the archive: minutes often name the role alone
('Økonomichefen følger op', '5 minutters oplæg v. velfærdsdirektøren').

The archive knows who held a role from the meetings that named both in public (Role, with the
period between the first and last such meeting). A role's holder is the one person who held
it then (an acting holder too): within that person's period, or failing that, within half a
year of it; no one when two did. Public periods only: a follow-up or a point in an open item
must not name someone the public may not know held the role then (seen in a closed item).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from dagsorden.core.people import job_title
from dagsorden.core.text import ACTING_WORDS, role_title

from .models import Role

NEAR = timedelta(days=183)

Held = dict[str, list[tuple[date, date, int]]]  # role title (lower case) → periods and person


def public_periods() -> Held:
    """Each role's public periods and their people (the table is small: one row a person and
    title)."""
    held: Held = defaultdict(list)
    for title, start, end, person in Role.objects.filter(
        public_start__isnull=False, public_end__isnull=False
    ).values_list("title", "public_start", "public_end", "person_id"):
        held[title.lower()].append((start, end, person))
    return held


def holder(held: Held, role: str, when: date) -> int | None:
    """The one person who held the role on that day. The role is read as the parser reads a
    title next to a name ('Økonomichefen' → 'økonomichef'), so it meets the stored titles; a
    name beside it ('Økonomichef Bettina Andersen') makes it no role alone, and no one."""
    title = as_role(role)
    # An acting holder holds the post: 'velfærdsdirektøren' is the konstitueret one's then.
    periods = held.get(title, []) + [
        period for word in ACTING_WORDS for period in held.get(f"{word} {title}", [])
    ]
    for slack in (timedelta(0), NEAR):
        people = {p for start, end, p in periods if start - slack <= when <= end + slack}
        if people:
            return people.pop() if len(people) == 1 else None
    return None


def as_role(written: str) -> str:
    """A role as written in a sentence, as the title a Role stores (lower case)."""
    return role_title(job_title(written.strip())).lower()
