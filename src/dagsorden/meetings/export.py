"""A meeting as core records, with the access rule applied: the public version leaves out
closed content (a closed item is its heading, a closed attachment its title), the full version
is for members. The documents package lays the records out as PDF or DOCX."""

from __future__ import annotations

from typing import Any

from dagsorden.core import records as r
from dagsorden.documents import agenda_docx, render_pdf

from .access import attachment_visible, is_member, item_visible, minutes_visible
from .models import AgendaItem, Attendance, Meeting, Point


def meeting_minutes(meeting: Meeting, member: bool, decisions: bool) -> r.Minutes:
    """The meeting as records; decisions=False: the agenda."""
    decided = decisions and minutes_visible(member, meeting.state)
    items = (
        AgendaItem.objects.filter(meeting=meeting)
        .order_by("order", "id")
        .prefetch_related(
            "points__corrections",
            "decisions__body",
            "attachments",
            "routing_steps__body",
            "corrections",
            "absences__person",
        )
    )
    out = []
    for item in items:
        if not item_visible(member, meeting.state, item.access):
            out.append(r.Item(title=item.title, access="closed", number=item.number))
            continue
        out.append(_item(meeting, item, member, decided))
    absent: tuple[r.Absence, ...] = ()
    if decided:
        absent = tuple(
            r.Absence(
                name=a.person.name, kind=a.status, title=a.title or None, note=a.remark or None
            )
            for a in Attendance.objects.filter(meeting=meeting)
            .exclude(status=Attendance.Status.PRESENT)
            .select_related("person")
        )
    return r.Minutes(
        body=meeting.body.name,
        body_code=meeting.body.code,
        date=meeting.date,
        items=tuple(out),
        absent=absent,
    )


def _item(meeting: Meeting, item: AgendaItem, member: bool, decided: bool) -> r.Item:
    # Points written here are numbered ('1.' before each point and its part of the decision);
    # imported ones keep the marks they came with.
    own = item.origin == ""
    points = [
        _point(p, decided, (k + 1) if own else None, own) for k, p in enumerate(item.points.all())
    ]
    decisions: list[r.Decision] = []
    if decided:
        decisions = [r.Decision(d.body.name, d.date, d.text) for d in item.decisions.all()]
        if any(p.decision for p in points) and not decisions:
            decisions = [r.Decision(meeting.body.name, meeting.date, "")]
        notes = [
            f"Rettet {c.created:%d-%m-%Y}: {c.text}"
            for c in item.corrections.all()
            if not c.point_id
        ]
        if notes and decisions:
            last = decisions[-1]
            decisions[-1] = r.Decision(
                last.body, last.date, "\n\n".join([last.text, *notes]).strip()
            )
    place = {p.pk: k for k, p in enumerate(item.points.all())}
    attachments = tuple(
        r.Attachment(
            number=a.number,
            access="open" if a.access == "open" else "closed",
            title=a.title,
            document_id=a.document_id or None,
            journal_number=a.journal_number or None,
            main_document=a.main_document,
            point_index=place.get(a.point_id) if a.point_id else None,
        )
        if attachment_visible(member, meeting.state, item.access, a.access)
        else r.Attachment(number=a.number, access="closed", title=a.title)
        for a in item.attachments.all()
    )
    return r.Item(
        title=item.title,
        access="open" if item.access == "open" else "closed",
        number=item.number,
        routing=tuple(s.body.code for s in item.routing_steps.all()),
        presentation=item.presentation,
        recommendation=item.recommendation,
        decisions=tuple(decisions),
        points=tuple(points),
        decision_lead=item.decision_lead if decided else "",
        attachments=attachments,
        absent=_absent(item, decisions, points) if decided else (),
    )


def _absent(
    item: AgendaItem, decisions: list[r.Decision], points: list[r.Point]
) -> tuple[r.Absence, ...]:
    """Who took no part in the item and its decision does not name: those listed under it (a
    closed item's own list, not the meeting's attendance), or recorded here."""
    said = " ".join([*(d.text for d in decisions), *(p.decision for p in points)])
    return tuple(
        r.Absence(name=a.person.name, kind=a.kind, title=a.title or None, note=a.remark or None)
        for a in item.absences.all()
        if a.person.name not in said
    )


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?:" else text + "."


def _point(p: Point, decided: bool, number: int | None, own: bool) -> r.Point:
    """The point as the document gives it. One written here says its kind and guest in words;
    an imported one's text says them already (they were read from it)."""
    parts = [] if p.presentation.startswith(p.title) else [_sentence(p.title)]
    if own and p.kind == Point.Kind.PRESENTATION and p.presenter:
        minutes = f" ({p.duration} min.)" if p.duration else ""
        parts.append(f"Oplæg ved {p.presenter}{minutes}.")
    elif own and p.kind == Point.Kind.DIALOGUE and p.presenter and p.presenter not in p.title:
        parts.append(f"Dialogmøde med {p.presenter}.")
    if p.presentation:
        parts.append(_sentence(p.presentation))
    if p.guest and own:
        when = f" kl. {p.guest_time:%H.%M}".replace(".00", "") if p.guest_time else ""
        parts.append(f"{p.guest} deltager i punktet{when}.")
    decision = p.decision if decided else ""
    if decided:
        notes = [f"Rettet {c.created:%d-%m-%Y}: {c.text}" for c in p.corrections.all()]
        decision = " ".join([decision, *notes]).strip()
    return r.Point(
        title=p.title,
        presentation=" ".join(parts),
        decision=decision,
        number=p.number or number,
    )


def document_title(meeting: Meeting, decisions: bool, member: bool) -> str:
    kind = "Referat" if decisions else "Dagsorden"
    version = "fuld udgave" if member else "offentlig udgave"
    return f"{kind}: {meeting.body.name} {meeting.date:%d-%m-%Y} ({version})"


def meeting_pdf(meeting: Meeting, user: Any, decisions: bool, organisation: str = "") -> bytes:
    member = is_member(user)
    return render_pdf(
        meeting_minutes(meeting, member, decisions),
        decisions=decisions,
        title=document_title(meeting, decisions, member),
        organisation=organisation,
    )


def meeting_docx(meeting: Meeting, user: Any, decisions: bool = False) -> bytes:
    member = is_member(user)
    return agenda_docx(
        meeting_minutes(meeting, member, decisions),
        decisions=decisions,
        title=document_title(meeting, decisions, member),
    )
