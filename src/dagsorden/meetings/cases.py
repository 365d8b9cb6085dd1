"""One case (*sag*) through the bodies of its route: the agenda items that take it up.

The archive has no case identity of its own. Two items are one case by their case numbers
(*sagsnummer*) where both have one, else by their heading (not one that every meeting has:
*Eventuelt*, *Godkendelse af dagsorden*); and only across the bodies of the
item's route (Sagsgang), within ROUTE_DAYS of each other. A closed item's case number is not
public, so a closed item is joined by its heading alone: the link must not tell the public
what its number would. Used by the OParl API (a case is one Paper) and the item's page (the
case's path through the bodies).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import Prefetch, Q, QuerySet

from dagsorden.core.danish import is_standing_heading

from .models import AgendaItem, RoutingStep

ROUTE_DAYS = 365  # how far apart two bodies may take up one case and be found the same

# Items of other bodies by ('title', heading, body) and ('case', case number, body)
Elsewhere = dict[tuple[str, str, int], list[AgendaItem]]


def route_of(item: AgendaItem) -> list[int]:
    """The bodies of the item's route (Sagsgang), in order; its own meeting's body first when
    the route leaves it out (the body prepares the case for those named)."""
    route = [step.body_id for step in item.routing_steps.all()]
    own = item.meeting.body_id
    return route if own in route else [own, *route]


def case_number(item: AgendaItem) -> str:
    """The number that joins the item to its case: none for a closed item (module doc)."""
    return item.case_number if item.access == "open" else ""


def elsewhere_of(items: Iterable[AgendaItem], candidates: QuerySet[AgendaItem]) -> Elsewhere:
    """Items of candidates that may be the case of one of items, in a meeting of another body
    of its route, in date order. One query for them all."""
    routes = [
        (item, body_id)
        for item in items
        for body_id in route_of(item)
        if body_id != item.meeting.body_id
    ]
    out: Elsewhere = defaultdict(list)
    if not routes:
        return out
    titles = {item.title for item, _ in routes if not is_standing_heading(item.title)}
    numbers = {number for item, _ in routes if (number := case_number(item))}
    found = (
        candidates.filter(
            Q(title__in=titles) | Q(case_number__in=numbers, access="open"),
            meeting__body_id__in={body_id for _, body_id in routes},
        )
        .select_related("meeting__body")
        .prefetch_related(Prefetch("routing_steps", RoutingStep.objects.order_by("order", "id")))
        .order_by("meeting__date", "id")
    )
    for other in found:
        body_id = other.meeting.body_id
        out["title", other.title, body_id].append(other)
        if number := case_number(other):
            out["case", number, body_id].append(other)
    return out


def cases_at(item: AgendaItem, body_id: int, elsewhere: Elsewhere) -> list[AgendaItem]:
    """The items of elsewhere at that body that are item's case, in date order."""
    by_title = (
        [] if is_standing_heading(item.title) else elsewhere.get(("title", item.title, body_id), [])
    )
    number = case_number(item)
    if not number:
        return by_title
    by_number = elsewhere.get(("case", number, body_id), [])
    unnumbered = [other for other in by_title if not case_number(other)]
    if not unnumbered:
        return by_number
    return sorted([*by_number, *unnumbered], key=lambda other: (other.meeting.date, other.pk))


def taken_up(item: AgendaItem, others: list[AgendaItem], before: bool) -> AgendaItem | None:
    """Of others (item's case at another body), the one nearest before item's meeting
    (before) or after it, within ROUTE_DAYS."""
    day = item.meeting.date
    near = [
        other
        for other in others
        if (other.meeting.date < day if before else other.meeting.date > day)
        and abs((other.meeting.date - day).days) <= ROUTE_DAYS
    ]
    if not near:
        return None
    return near[-1] if before else near[0]


def steps_taken(item: AgendaItem, elsewhere: Elsewhere) -> list[tuple[int, AgendaItem | None]]:
    """Each body of item's route with the item that took the case up there (item itself for
    its own body), or None where elsewhere holds none."""
    route = route_of(item)
    own = route.index(item.meeting.body_id)
    return [
        (
            body_id,
            item
            if n == own
            else taken_up(item, cases_at(item, body_id, elsewhere), before=n < own),
        )
        for n, body_id in enumerate(route)
    ]
