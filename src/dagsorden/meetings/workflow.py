"""A meeting's life: draft → agenda published → held → minutes approved → published.

Every transition and every correction is written to the audit log in the same transaction.
Approval locks the minutes (guard.py enforces it in the database); after that, a change is a
Correction with a reason, shown as 'rettet' on the public page.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, time
from typing import Any

from django.db import transaction
from django.db.models import Max, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from dagsorden.core.danish import MONTH_NAMES_DA

from .models import (
    Action,
    AgendaItem,
    AuditEntry,
    Body,
    Correction,
    Decision,
    Meeting,
    MeetingTemplate,
    Point,
    Referral,
    RoutingStep,
    StandardText,
)
from .models.access import Access
from .models.standard_text import DEFAULT_PRESENTATION_KEYS, DEFAULT_RECOMMENDATION_KEY
from .standard_texts import POINTS_INTRO

State = Meeting.State

# (from, to) → the action's name in the audit log
TRANSITIONS: dict[tuple[str, str], str] = {
    (State.DRAFT, State.AGENDA_PUBLISHED): "publish_agenda",
    (State.AGENDA_PUBLISHED, State.DRAFT): "withdraw_agenda",
    (State.AGENDA_PUBLISHED, State.HELD): "hold",
    (State.HELD, State.MINUTES_APPROVED): "approve_minutes",
    (State.MINUTES_APPROVED, State.PUBLISHED): "publish_minutes",
}


class WorkflowError(Exception):
    """A step the meeting's state does not allow (the message is for the secretary)."""


def audit(user: Any, action: str, obj: Any, what: dict[str, Any], why: str = "") -> AuditEntry:
    return AuditEntry.objects.create(
        user=user if getattr(user, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=str(obj.pk),
        what=what,
        why=why,
    )


def next_states(meeting: Meeting) -> list[str]:
    return [to for (frm, to) in TRANSITIONS if frm == meeting.state]


@transaction.atomic
def advance(meeting: Meeting, to: str, user: Any) -> Meeting:
    """Move the meeting to state `to`; approval locks the minutes."""
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    action = TRANSITIONS.get((meeting.state, to))
    if action is None:
        raise WorkflowError(
            _("Mødet er '%(now)s' og kan ikke gå til '%(to)s'.")
            % {
                "now": meeting.get_state_display(),
                "to": State(to).label if to in State.values else to,
            }
        )
    if to == State.MINUTES_APPROVED:
        missing = [i.title for i in meeting.items.all() if not _has_decision(i)]
        if missing:
            raise WorkflowError(_("Der mangler en beslutning i: %s") % "; ".join(missing))
        meeting.locked_at = timezone.now()
    before = meeting.state
    meeting.state = to
    meeting.save()
    audit(user, action, meeting, {"state": [before, to]})
    return meeting


def _has_decision(item: AgendaItem) -> bool:
    points = list(item.points.all())
    if points:
        return all(p.decision.strip() for p in points)
    return any(d.text.strip() for d in item.decisions.all())


@transaction.atomic
def correct(
    meeting: Meeting,
    user: Any,
    text: str,
    reason: str,
    item: AgendaItem | None = None,
    point: Point | None = None,
) -> Correction:
    """Correct approved minutes by addition: who, when, what and why, kept for good."""
    if not meeting.locked:
        raise WorkflowError(
            _("Kun godkendte referater rettes ved tilføjelse; ret teksten direkte.")
        )
    if not text.strip() or not reason.strip():
        raise WorkflowError(_("En rettelse skal have både en tekst og en begrundelse."))
    if point is not None:
        item = point.item
    if item is not None and item.meeting_id != meeting.pk:
        raise WorkflowError(_("Punktet hører ikke til dette møde."))
    correction = Correction.objects.create(
        meeting=meeting, item=item, point=point, text=text.strip(), reason=reason.strip(), user=user
    )
    audit(
        user,
        "correct",
        meeting,
        {
            "correction": correction.pk,
            "item": item.pk if item else None,
            "point": point.pk if point else None,
            "text": correction.text,
        },
        why=correction.reason,
    )
    return correction


def unstated(items: QuerySet[AgendaItem]) -> QuerySet[AgendaItem]:
    """Those of items closed only because no one stated their access, in minutes that may
    still change (not approved in dagsorden)."""
    return items.filter(access_stated=False, access=Access.CLOSED, meeting__locked_at__isnull=True)


def settle_unstated(
    items: QuerySet[AgendaItem], user: Any, open_them: bool, why: str = ""
) -> tuple[int, int]:
    """(how many of items stay closed for want of a stated access, how many were opened):
    opened when open_them (the minutes are published as they stand), else counted."""
    if open_them:
        return 0, open_unstated(items, user, why)
    return unstated(items).count(), 0


@transaction.atomic
def open_unstated(items: QuerySet[AgendaItem], user: Any, why: str = "") -> int:
    """Open those of items that are closed only because no one stated their access (another
    system's published minutes, imported): one audit entry a meeting, its search entries made
    again. Approved minutes are left alone (they change by addition only). How many opened."""
    why = why or _("Referatet er offentliggjort; dokumentet angav ikke punkternes adgang.")
    chosen = unstated(items)
    by_meeting: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for pk, meeting_id, title in chosen.order_by("meeting_id", "order").values_list(
        "pk", "meeting_id", "title"
    ):
        by_meeting[meeting_id].append((pk, title))
    from dagsorden.search.indexer import index_meeting  # search builds on this app

    for meeting in Meeting.objects.filter(pk__in=list(by_meeting)):
        opened = by_meeting[meeting.pk]
        AgendaItem.objects.filter(pk__in=[pk for pk, _title in opened]).update(
            access=Access.OPEN, access_stated=True
        )
        what = {"items": [pk for pk, _ in opened], "titles": [t for _, t in opened]}
        audit(user, "open_unstated_items", meeting, what, why)
        index_meeting(meeting.pk)
    return sum(len(opened) for opened in by_meeting.values())


def standard_text(key: str) -> StandardText | None:
    return StandardText.objects.filter(key=key).order_by("-version").first()


@transaction.atomic
def save_standard_text(
    key: str, text: str, user: Any, title: str = "", section: str = ""
) -> StandardText:
    """A new version of a standard text (old agendas keep the words they were made with)."""
    latest = standard_text(key)
    if latest is not None and latest.text == text and (not title or title == latest.title):
        return latest
    new = StandardText.objects.create(
        key=key,
        version=(latest.version + 1) if latest else 1,
        title=title or (latest.title if latest else key),
        section=section or (latest.section if latest else "presentation"),
        text=text,
    )
    audit(user, "standard_text", new, {"key": key, "version": new.version})
    return new


def template_for(body: Body) -> MeetingTemplate:
    """The body's template, or the default one (not saved)."""
    found = MeetingTemplate.objects.filter(body=body).first()
    return found or MeetingTemplate(
        body=body,
        presentation_keys=DEFAULT_PRESENTATION_KEYS,
        recommendation_key=DEFAULT_RECOMMENDATION_KEY,
    )


@transaction.atomic
def create_meeting(
    body: Body,
    when: date,
    user: Any,
    start: time | None = None,
    place: str = "",
    kind: str = Meeting.Kind.ORDINARY,
    carry: list[Point] | None = None,
    actions: list[Action] | None = None,
) -> Meeting:
    """A draft meeting from the body's template: one open item whose presentation is the
    standard texts, with the recommendation, routing to the body, and the points that are due
    back ('behandles igen d. …' on this date) plus those the secretary chose to carry over."""
    if Meeting.objects.filter(body=body, date=when, kind=kind).exists():
        raise WorkflowError(
            _("%(body)s har allerede et møde den %(date)s.")
            % {"body": body.name, "date": f"{when:%d-%m-%Y}"}
        )
    template = template_for(body)
    meeting = Meeting.objects.create(
        body=body,
        date=when,
        kind=kind,
        start=start or template.start,
        place=place or template.place,
        state=State.DRAFT,
    )
    texts = [standard_text(k.strip()) for k in template.presentation_keys.split(",") if k.strip()]
    intro = [t.text for t in texts if t is not None]
    intro.append(POINTS_INTRO.format(body=body.name))
    recommendation = (
        standard_text(template.recommendation_key) if template.recommendation_key else None
    )
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=1,
        title=template.item_title,
        access="open",
        presentation="\n\n".join(intro),
        recommendation=recommendation.text if recommendation else "",
    )
    RoutingStep.objects.create(item=item, body=body, order=0)
    for point in [*returns_due(body, when, kind), *(carry or [])]:
        carry_point(item, point)
    for action in actions or []:
        add_point(
            item,
            title=f"Opfølgning: {action.text[:200]}",
            presentation=action.text,
            follows=action.point,
        )
    from .planner import place_planned

    place_planned(meeting)
    audit(user, "create_meeting", meeting, {"body": body.code, "date": when.isoformat()})
    return meeting


def next_order(rows: Any) -> int:
    """The order after the last of rows (0 for none)."""
    last = rows.aggregate(o=Max("order"))["o"]
    return 0 if last is None else last + 1


def add_point(item: AgendaItem, **fields: Any) -> Point:
    order = next_order(item.points)
    return Point.objects.create(item=item, order=order, **fields)


def carry_point(item: AgendaItem, earlier: Point) -> Point:
    """Put an earlier point on this item's agenda again, linked to where it came from."""
    existing = item.points.filter(follows=earlier).first()
    if existing is not None:
        return existing
    return add_point(
        item,
        title=earlier.title,
        presentation=f"Genoptaget fra {earlier.item.meeting}. {earlier.presentation}".strip(),
        follows=earlier,
    )


def due_at(body: Body, when: date, kind: str = Meeting.Kind.ORDINARY) -> Q:
    """The referrals that come to this body's meeting on this date: 'behandles igen d. …'
    that day, '… i marts' at its first meeting of the month, '… på næste møde' at its first
    meeting after the one that decided it, '… i foråret', '… i uge 45' at its first meeting
    in the period — its first ordinary meeting (a seminar gets only those of its day)."""
    precision = Referral.Precision
    if kind != Meeting.Kind.ORDINARY:
        return Q(precision=precision.DAY, date=when, body=body)
    before = (
        Meeting.objects.deciding()
        .filter(body=body, date__lt=when)
        .order_by("-date")
        .values_list("date", flat=True)
        .first()
    )
    month = when.replace(day=1)
    due = Q(precision=precision.DAY, date=when) | Q(
        precision=precision.NEXT, date__lt=when, date__gte=before or date.min
    )
    if before is None or before < month:
        due |= Q(precision=precision.MONTH, date=month)
    # the period holds this day, and the body met in it before only to decide it, if at all
    due |= Q(precision=precision.PERIOD, date__lte=when, until__gte=when) & (
        Q(date__gt=before) | Q(item__meeting__date__gte=before) if before is not None else Q()
    )
    return due & Q(body=body)


def returns_due(body: Body, when: date, kind: str = Meeting.Kind.ORDINARY) -> list[Point]:
    """Points decided to come back to this body's meeting on this date (due_at)."""
    return [
        r.point
        for r in Referral.objects.filter(
            due_at(body, when, kind), point__isnull=False
        ).select_related("point__item__meeting__body")
        if r.kind in (Referral.Kind.RETURN, Referral.Kind.REFERRAL)
    ]


def open_points(body: Body, before: date) -> dict[str, list[Any]]:
    """What the secretary may carry onto a new agenda: returns whose date passed without a
    meeting taking them up, and open follow-ups from the body's meetings."""
    missed = [
        r.point
        for r in Referral.objects.filter(
            body=body, date__lt=before, point__isnull=False, kind=Referral.Kind.RETURN
        )
        .select_related("point__item__meeting__body")
        .order_by("-date")[:50]
        if not r.point.followed_by.exists()
    ]
    actions = list(
        Action.objects.filter(item__meeting__body=body, status=Action.Status.OPEN)
        .select_related("item__meeting__body", "point")
        .order_by("-item__meeting__date")[:50]
    )
    return {"points": missed, "actions": actions}


@transaction.atomic
def record_return(point: Point, when: date, user: Any, body: Body | None = None) -> Referral:
    """'Punktet behandles igen d. …': noted on the point and placed on that meeting's draft
    when it already exists (a later meeting made from the template picks it up otherwise)."""
    body = body or point.item.meeting.body
    kind = Referral.Kind.RETURN if body == point.item.meeting.body else Referral.Kind.REFERRAL
    referral = Referral.objects.create(
        item=point.item,
        point=point,
        body=body,
        date=when,
        kind=kind,
        text=(
            f"Punktet behandles igen i {body.name} d. {when.day}. {_month(when)}."
            if kind == Referral.Kind.RETURN
            else f"Sagen behandles i {body.name} d. {when.day}. {_month(when)}."
        ),
    )
    target = Meeting.objects.filter(body=body, date=when, state=State.DRAFT).first()
    if target is not None:
        first = target.items.order_by("order").first()
        if first is not None:
            carry_point(first, point)
    audit(
        user, "return", point.item.meeting, {"point": point.pk, "to": [body.code, when.isoformat()]}
    )
    return referral


def _month(when: date) -> str:
    return MONTH_NAMES_DA[when.month - 1]


def set_routing(item: AgendaItem, bodies: list[Body]) -> None:
    """The item's routing: these bodies, in order (the item's screen, or a correction undone)."""
    item.routing_steps.all().delete()
    RoutingStep.objects.bulk_create(
        RoutingStep(item=item, body=b, order=k) for k, b in enumerate(bodies)
    )


def set_decision(item: AgendaItem, text: str) -> None:
    """The decision of the item's meeting's own body: this text, or none when it is empty."""
    meeting = item.meeting
    if text:
        Decision.objects.update_or_create(
            item=item, body=meeting.body, defaults={"date": meeting.date, "text": text}
        )
    else:
        item.decisions.filter(body=meeting.body).delete()
