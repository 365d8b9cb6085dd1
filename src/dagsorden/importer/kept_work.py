"""The secretariat's work on imported minutes, kept when the minutes are imported again.

A changed file replaces what it stored before (docs/import.md): its items, and with them their
follow-ups and verdensmål tags. What was done with those since is not the document's to undo:
a follow-up closed (by hand, or by a later meeting's decision) or given a deadline, a
suggested goal confirmed, a follow-up noted by hand. Each is carried over to what the new
reading holds alike: a follow-up's state to the one of the same item title, point title, party
and text (or, where the new reading changed its text, to the one of the same place and party
with most words alike, if most are: an upgraded parser's reading by `import --reread`, a word
corrected); a confirmed goal to the item (or point) of the same title; a follow-up noted by hand
to the item of the same title (its point's, or the item's own when the point is gone). What
the corrected document no longer holds goes with it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import QuerySet

from dagsorden.meetings import models as m

# A follow-up as the document gives it: its item's title, its point's title ('' for the
# item's own), who answers for it, its text with its white space folded.
FollowUpKey = tuple[str, str, str, str]
# A goal on an item or point: the item's title, the point's title ('' for the item), the goal.
GoalKey = tuple[str, str, int]


@dataclass(frozen=True)
class FollowUpState:
    status: str
    due_date: dt.date | None
    closed_by_id: int | None
    closed_point_id: int | None
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class NotedByHand:
    item_title: str
    point_title: str
    responsible_role: str
    verb: str
    text: str
    people: tuple[int, ...]
    state: FollowUpState


@dataclass
class Work:
    follow_ups: dict[FollowUpKey, FollowUpState] = field(default_factory=dict)
    goals: set[GoalKey] = field(default_factory=set)
    by_hand: list[NotedByHand] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.follow_ups or self.goals or self.by_hand)


def _key(item_title: str, point_title: str | None, party: str, text: str) -> FollowUpKey:
    return (item_title, point_title or "", party, " ".join(text.split()))


def work_on(items: QuerySet[m.AgendaItem]) -> Work:
    """What was done with these items' follow-ups and goals that their document does not say:
    read before they are replaced."""
    work = Work()
    actions = m.Action.objects.filter(item__in=items).select_related("item", "point")
    for a in actions.prefetch_related("responsible_people"):
        state = FollowUpState(a.status, a.due_date, a.closed_by_id, a.closed_point_id, a.closed_at)
        if a.added_by_hand:
            people = tuple(p.pk for p in a.responsible_people.all())
            point = a.point.title if a.point else ""
            work.by_hand.append(
                NotedByHand(a.item.title, point, a.responsible_role, a.verb, a.text, people, state)
            )
        elif state != FollowUpState(m.Action.Status.OPEN, None, None, None, None):
            key = _key(a.item.title, a.point.title if a.point else "", a.responsible_role, a.text)
            work.follow_ups[key] = state
    tags = m.SDGTag.objects.filter(confirmed=True).select_related("item", "point__item")
    for tag in tags.filter(item__in=items) | tags.filter(point__item__in=items):
        item = tag.item or tag.point.item  # type: ignore[union-attr]
        work.goals.add((item.title, tag.point.title if tag.point else "", tag.goal_id))
    return work


def carry_over_work(work: Work, item_ids: list[int]) -> None:
    """Give the new reading's follow-ups and goals (of the items item_ids) the work done on
    the old one's."""
    if work.follow_ups:
        _carry_follow_ups(work.follow_ups, item_ids)
    if work.goals:
        _carry_goals(work.goals, item_ids)
    if work.by_hand:
        _note_again(work.by_hand, item_ids)


def _carry_follow_ups(states: dict[FollowUpKey, FollowUpState], item_ids: list[int]) -> None:
    actions = m.Action.objects.filter(item_id__in=item_ids).select_related("item", "point")
    keys = [
        (a, _key(a.item.title, a.point.title if a.point else "", a.responsible_role, a.text))
        for a in actions
    ]
    found = [(a, states[key]) for a, key in keys if key in states]
    # One read otherwise (a newer parser's sentence, a corrected word): in the same place,
    # of the same party, the one of most words alike, if most are.
    left = {key: state for key, state in states.items() if key not in {k for _, k in keys}}
    if left:
        found += _alike([(a, key) for a, key in keys if key not in states], left)
    # A decision or point that closed one may have gone with the old reading.
    decisions, points = _still_there(
        [s.closed_by_id for _, s in found], [s.closed_point_id for _, s in found]
    )
    for action, state in found:
        action.status = state.status
        action.due_date = state.due_date or action.due_date
        action.closed_at = state.closed_at
        action.closed_by_id = state.closed_by_id if state.closed_by_id in decisions else None
        action.closed_point_id = state.closed_point_id if state.closed_point_id in points else None
    m.Action.objects.bulk_update(
        [a for a, _ in found],
        ["status", "due_date", "closed_at", "closed_by", "closed_point"],
    )


_ALIKE = 0.5  # of the two texts' words together, the share both hold


def _alike(
    actions: list[tuple[m.Action, FollowUpKey]], states: dict[FollowUpKey, FollowUpState]
) -> list[tuple[m.Action, FollowUpState]]:
    """The follow-ups whose text the new reading changed, each with its old state: in the
    same item and point, of the same party, the pair of most words in common first."""
    pairs = []
    for action, key in actions:
        words = set(key[3].lower().split())
        for old, state in states.items():
            if old[:3] == key[:3]:
                other = set(old[3].lower().split())
                share = len(words & other) / len(words | other)
                if share >= _ALIKE:
                    pairs.append((share, action.pk, old, action, state))
    out: list[tuple[m.Action, FollowUpState]] = []
    taken_actions: set[int] = set()
    taken_states: set[FollowUpKey] = set()
    for _, pk, old, action, state in sorted(pairs, key=lambda p: (-p[0], p[1])):
        if pk not in taken_actions and old not in taken_states:
            taken_actions.add(pk)
            taken_states.add(old)
            out.append((action, state))
    return out


def _carry_goals(goals: set[GoalKey], item_ids: list[int]) -> None:
    items = {i.title: i for i in m.AgendaItem.objects.filter(pk__in=item_ids)}
    points = {
        (p.item.title, p.title): p
        for p in m.Point.objects.filter(item_id__in=item_ids).select_related("item")
    }
    for item_title, point_title, goal in sorted(goals):
        item = items.get(item_title)
        point = points.get((item_title, point_title)) if point_title else None
        if item is None or (point_title and point is None):
            continue  # gone from the corrected document
        target = {"point": point} if point else {"item": item, "point": None}
        updated = m.SDGTag.objects.filter(goal_id=goal, **target).update(confirmed=True)
        if not updated:
            m.SDGTag.objects.create(goal_id=goal, item=item, point=point, confirmed=True)


def _note_again(noted: list[NotedByHand], item_ids: list[int]) -> None:
    items = {i.title: i for i in m.AgendaItem.objects.filter(pk__in=item_ids)}
    points = {
        (p.item.title, p.title): p
        for p in m.Point.objects.filter(item_id__in=item_ids).select_related("item")
    }
    closing = _still_there(
        [n.state.closed_by_id for n in noted], [n.state.closed_point_id for n in noted]
    )
    for n in noted:
        item = items.get(n.item_title)
        if item is None:
            continue  # gone from the corrected document
        action = m.Action.objects.create(
            item=item,
            point=points.get((n.item_title, n.point_title)),
            responsible_role=n.responsible_role,
            verb=n.verb,
            text=n.text,
            due_date=n.state.due_date,
            status=n.state.status,
            closed_at=n.state.closed_at,
            closed_by_id=n.state.closed_by_id if n.state.closed_by_id in closing[0] else None,
            closed_point_id=(
                n.state.closed_point_id if n.state.closed_point_id in closing[1] else None
            ),
            added_by_hand=True,
        )
        action.responsible_people.set(n.people)


def _still_there(
    decisions: list[int | None], points: list[int | None]
) -> tuple[set[int], set[int]]:
    """Of these decisions and points (that closed follow-ups), those not gone with the old
    reading."""
    return (
        set(
            m.Decision.objects.filter(pk__in=[d for d in decisions if d]).values_list(
                "pk", flat=True
            )
        ),
        set(m.Point.objects.filter(pk__in=[p for p in points if p]).values_list("pk", flat=True)),
    )
