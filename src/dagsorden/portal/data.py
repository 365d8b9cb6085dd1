"""Plain data for the JSON twins (and the templates), built with the access rule applied:
a closed item is its heading and 'closed', nothing more."""

from __future__ import annotations

from datetime import date
from operator import itemgetter
from typing import Any

from django.urls import reverse
from django.utils.formats import date_format

from dagsorden.meetings.access import is_member
from dagsorden.meetings.cases import elsewhere_of, steps_taken
from dagsorden.meetings.models import (
    Action,
    AgendaItem,
    Attendance,
    Body,
    Correction,
    Meeting,
    Person,
    Point,
    Referral,
)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def day(value: date) -> str:
    """A date as the reader writes it, in the page's language: '6. december 2022', 'Dec. 6,
    2022'."""
    return date_format(value, "DATE_FORMAT")


def body_ref(body: Body) -> dict[str, Any]:
    return {"name": body.name, "code": body.code, "url": reverse("portal:body", args=[body.slug])}


def meeting_url(meeting: Meeting) -> str:
    return reverse("portal:meeting", args=[meeting.body.slug, meeting.date.isoformat()])


def item_url(item: AgendaItem) -> str:
    m = item.meeting
    return reverse("portal:item", args=[m.body.slug, m.date.isoformat(), item.order])


def meeting_ref(meeting: Meeting) -> dict[str, Any]:
    return {
        "body": meeting.body.name,
        "body_code": meeting.body.code,
        "date": iso(meeting.date),
        "url": meeting_url(meeting),
    }


def point_ref(point: Point) -> dict[str, Any]:
    item = point.item
    return {
        "title": point.title,
        "decision": point.decision,
        "meeting": meeting_ref(item.meeting),
        "url": item_url(item) + f"#punkt-{point.order + 1}",
    }


def attendance(a: Attendance) -> dict[str, Any]:
    return {
        "name": a.person.name,
        "title": a.title or None,
        "status": a.status,
        "remark": a.remark or None,
    }


def item(item: AgendaItem, visible: bool, member: bool, decided: bool = True) -> dict[str, Any]:
    """An item as data; `decided`: its decisions may be shown (published minutes)."""
    out: dict[str, Any] = {
        "number": item.number,
        "title": item.title,
        "access": item.access,
        "url": None,
    }
    if not visible:
        return out  # a closed item: its heading only
    out["url"] = item_url(item)
    # an attachment's point, as its place in "points" (the points are fetched already)
    place = {p.pk: k for k, p in enumerate(item.points.all())}
    out.update(
        routing=[s.body.code for s in item.routing_steps.all()],
        presentation=item.presentation,
        recommendation=item.recommendation,
        decisions=[
            {"body": x.body.name, "date": iso(x.date), "text": x.text} for x in item.decisions.all()
        ]
        if decided
        else [],
        decision_lead=item.decision_lead if decided else None,
        points=[
            {
                "number": p.number,
                "title": p.title,
                "kind": p.kind,
                "presenter": p.presenter or None,
                "duration": p.duration,
                "guest": p.guest or None,
                "guest_time": p.guest_time.strftime("%H:%M") if p.guest_time else None,
                "presentation": p.presentation,
                "decision": p.decision if decided else None,
            }
            for p in item.points.all()
        ],
        attachments=[
            {
                "number": a.number,
                "title": a.title,
                "point": place.get(a.point_id) if a.point_id else None,
                "access": a.access,
                "journal_number": (a.journal_number or None)
                if (a.access == "open" or member)
                else None,
                "url": reverse("portal:attachment", args=[a.pk])
                if a.file and (a.access == "open" or member)
                else None,
            }
            for a in item.attachments.all()
        ],
        # Who took no part in it (disqualified, or away): part of the minutes.
        absent=[
            {
                "name": a.person.name,
                "title": a.title or None,
                "kind": a.kind,
                "remark": a.remark or None,
            }
            for a in item.absences.all()
        ]
        if decided
        else [],
    )
    return out


def correction(c: Correction) -> dict[str, Any]:
    return {
        "date": c.created.date().isoformat(),
        "item": c.item.title if c.item else None,
        "point": c.point.title if c.point else None,
        "text": c.text,
        "reason": c.reason,
    }


def person_ref(person: Person) -> dict[str, Any]:
    return {"name": person.name, "url": reverse("portal:person", args=[person.slug])}


def _named(a: Action) -> tuple[list[tuple[int, int, Person]], list[Person]]:
    """The responsible people whose names the text holds, with where (in order, none inside
    another), and those linked but not named in it."""
    text, spans, end = a.responsible_role, [], 0
    people = sorted(a.responsible_people.all(), key=lambda p: p.pk)  # prefetched
    found = sorted(((text.find(p.name), p) for p in people if p.name in text), key=itemgetter(0))
    for at, person in found:
        if at >= end:  # one name inside another's: the first found keeps it
            spans.append((at, at + len(person.name), person))
            end = at + len(person.name)
    named = {p.pk for _, _, p in spans}
    return spans, [p for p in people if p.pk not in named]


def responsible(a: Action, text: str | None = None) -> list[tuple[str, str | None]]:
    """The responsible party as written, cut into (text, url) parts so that each responsible
    person's name links to their page ('Konstitueret velfærdsdirektør [Lene Mehlsen] og
    konstitueret socialchef [Marie-Louise Eskerod Ifversen]'); people linked but not named in
    the text follow it in parentheses. Empty when no one is responsible. text: the party as
    a sentence writes it, if its letters' case is other than the role's."""
    text = a.responsible_role if text is None else text
    spans, others = _named(a)
    parts: list[tuple[str, str | None]] = []
    end = 0
    for start, stop, person in spans:
        parts += [(text[end:start], None), (person.name, person_ref(person)["url"])]
        end = stop
    parts.append((text[end:], None))
    for i, person in enumerate(others):
        parts += [
            (", " if i else " (" if text else "", None),
            (person.name, person_ref(person)["url"]),
        ]
    if others and text:
        parts.append((")", None))
    return [(part, url) for part, url in parts if part]


def in_sentence(a: Action) -> list[tuple[str, str | None]]:
    """The follow-up's sentence with its responsible party's people linked in it ('[Lene
    Mehlsen] … tager videre initiativ.'), where the sentence names the party; else the party,
    then the sentence ('Økonomichefen (Bettina Andersen): Der udarbejdes …')."""
    role, text = a.responsible_role, a.text
    at = text.lower().find(role.lower()) if role else -1
    if at < 0:
        party = responsible(a)
        return [*party, (": ", None), (text, None)] if party else [(text, None)]
    end = at + len(role)
    party = responsible(a, text[at:end])
    return [part for part in [(text[:at], None), *party, (text[end:], None)] if part[0]]


def responsible_people(a: Action) -> list[Person]:
    """In the order the text names them, then the others."""
    spans, others = _named(a)
    return [p for _, _, p in spans] + others


def action(a: Action) -> dict[str, Any]:
    return {
        "responsible": a.responsible_role or None,
        "people": [person_ref(p) for p in responsible_people(a)],
        "verb": a.verb,
        "text": a.text,
        "due": iso(a.deadline),  # ActionQuerySet.with_deadline
        # due at this body's next meeting (its date in 'due' once the meeting is planned)
        "due_next_meeting": a.due_next_body.code if a.due_next_body_id else None,
        "status": a.status,
        "point": a.point.title if a.point else None,
        "item_url": item_url(a.item),
    }


def timeline(
    item: AgendaItem, referrals: list[Referral], incoming: list[Referral], user: Any
) -> list[dict[str, Any]]:
    """The item's path: earlier treatments, this meeting, later ones and referrals, by date."""
    meeting = item.meeting
    events: list[dict[str, Any]] = [
        {
            "date": iso(meeting.date),
            "when": day(meeting.date),
            "body": meeting.body.code,
            "kind": "this",
            "text": item.title,
            "url": item_url(item),
            "link": "item",
        }
    ]
    visible = Meeting.objects.visible_to(user).select_related("body")
    targets = {
        (m.body_id, m.date): m
        for m in visible.filter(date__in=[r.date for r in referrals if r.precision == "day"])
    }
    referred = []  # this item's referrals, linked to their meetings
    for r in referrals:
        # 'i marts', 'på næste møde': looked up one by one (a handful an item at most)
        target = targets.get((r.body_id, r.date)) if r.precision == "day" else r.target_in(visible)
        referred.append(
            {
                "date": iso(r.date),
                "when": r.when if r.precision != "day" else day(r.date),
                "body": r.body.code,
                "kind": r.kind,
                "text": r.text,
                "url": meeting_url(target) if target else None,
                "link": "meeting" if target else None,
            }
        )
    events += referred
    for r in incoming:
        # An item that sent the case here, or one that later looked back on this meeting
        # ('Opfølgning på behandlingen i direktionen d. 23. november').
        later = r.item.meeting.date > meeting.date
        events.append(
            {
                "date": iso(r.item.meeting.date),
                "when": day(r.item.meeting.date),
                "body": r.item.meeting.body.code,
                "kind": "later" if later else "earlier",
                "text": r.text,
                "url": item_url(r.item),
                "link": "item",
            }
        )
    events += _continuations(item, user)
    steps = _case_elsewhere(item, user)
    events += _joined(events, referred, steps)
    events += _routing_ahead(item, referrals, {e["body"] for e, _ in steps})
    # Undated steps of the routing come last, in routing order.
    return sorted(events, key=lambda e: (e["date"] is None, e["date"] or ""))


def grouped(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The timeline as the page shows it: events of one meeting and kind (two points that
    each recall the same earlier treatment) as one, with each of their texts once."""
    out: list[dict[str, Any]] = []
    seen: dict[tuple, dict[str, Any]] = {}
    for e in events:
        key = (e["date"], e["body"], e["kind"], e["url"])
        if key in seen:
            if e["text"] not in seen[key]["texts"]:
                seen[key]["texts"].append(e["text"])
            continue
        seen[key] = {**e, "texts": [e["text"]]}
        out.append(seen[key])
    return out


def _continuations(item: AgendaItem, user: Any) -> list[dict[str, Any]]:
    """Earlier points this item's points take up again, and later ones that take them up."""
    visible = AgendaItem.objects.minutes_visible_to(user)
    points = list(item.points.all())
    earlier = Point.objects.filter(
        pk__in=[p.follows_id for p in points if p.follows_id], item__in=visible
    ).select_related("item__meeting__body")
    later = Point.objects.filter(follows__in=points, item__in=visible).select_related(
        "item__meeting__body"
    )
    return [
        {
            "date": iso(p.item.meeting.date),
            "when": day(p.item.meeting.date),
            "body": p.item.meeting.body.code,
            "kind": kind,
            "text": p.title,
            "url": item_url(p.item),
            "link": "item",
        }
        for kind, found in (("earlier", earlier), ("continued", later))
        for p in found
    ]


def _case_elsewhere(item: AgendaItem, user: Any) -> list[tuple[dict[str, Any], str]]:
    """The items of the other bodies of the route that took the same case up
    (meetings/cases.py), as the visitor may see them listed (a closed one links to its
    meeting unless the visitor may read it), each with its meeting's address."""
    member = is_member(user)

    def readable(other: AgendaItem) -> bool:
        return other.is_open or member

    found = steps_taken(item, elsewhere_of([item], AgendaItem.objects.listed_to(user)))
    return [
        (
            {
                "date": iso(other.meeting.date),
                "when": day(other.meeting.date),
                "body": other.meeting.body.code,
                "kind": "earlier" if other.meeting.date < item.meeting.date else "later",
                "text": other.title,
                "url": item_url(other) if readable(other) else meeting_url(other.meeting),
                "link": "item" if readable(other) else "meeting",
            },
            meeting_url(other.meeting),
        )
        for _, other in found
        if other is not None and other is not item
    ]


def _joined(
    events: list[dict[str, Any]],
    referred: list[dict[str, Any]],
    steps: list[tuple[dict[str, Any], str]],
) -> list[dict[str, Any]]:
    """The steps not in events already. A referral to the meeting where the case was taken
    up (that day, or 'på næste møde' found to be it) links to the item rather than the
    meeting; an earlier item that referred the case to this meeting is there already."""
    new = []
    for step, meeting in steps:
        at = (step["body"], step["date"])
        if any((e["body"], e["date"], e["url"]) == (*at, step["url"]) for e in events):
            continue
        referral = next(
            (
                e
                for e in referred
                if e["body"] == step["body"] and (e["date"] == step["date"] or e["url"] == meeting)
            ),
            None,
        )
        if referral is not None:
            referral["url"], referral["link"] = step["url"], step["link"]
        else:
            new.append(step)
    return new


def _routing_ahead(
    item: AgendaItem, referrals: list[Referral], taken_up: set[str]
) -> list[dict[str, Any]]:
    """The bodies the routing sends the case to after this meeting that no dated referral
    names yet and that have not taken it up in the archive (DIR → MTU → ØK → KB): planned,
    date not known."""
    steps = [s.body for s in item.routing_steps.all()]
    own = item.meeting.body
    ahead = steps[steps.index(own) + 1 :] if own in steps else []
    ahead = [b for b in ahead if b.code not in taken_up]
    dated = {r.body_id for r in referrals}
    return [
        {
            "date": None,
            "when": None,
            "body": b.code,
            "kind": "routing",
            "text": b.name,
            "url": None,
            "link": None,
        }
        for b in ahead
        if b.pk not in dated
    ]


def latest_decisions(user: Any, n: int) -> list[Point]:
    # Look in the latest meetings only: sorting every point of a large archive costs too much.
    recent = list(
        Meeting.objects.minutes_visible_to(user)
        .filter(date__lte=date.today())
        .order_by("-date")
        .values_list("id", flat=True)[:n]
    )
    items = AgendaItem.objects.minutes_visible_to(user).filter(meeting__in=recent)
    return list(
        Point.objects.filter(item__in=items)
        .exclude(decision="")
        .select_related("item__meeting__body")
        .order_by("-item__meeting__date", "item__order", "order")[:n]
    )
