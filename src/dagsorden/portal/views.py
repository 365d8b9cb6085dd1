"""Public pages. They read only through visible_to()/listed_to() and the access functions:
closed content never reaches a visitor who is not a member, and a hidden meeting, item or
attachment answers 404 exactly like a missing one. Every page has a JSON twin (the same URL
ending in .json, or Accept: application/json) built from the same data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from dagsorden.core.text import lower_first
from dagsorden.meetings import export
from dagsorden.meetings.access import attachment_visible, is_member, item_visible, minutes_visible
from dagsorden.meetings.files import download_name
from dagsorden.meetings.models import (
    Action,
    AgendaItem,
    Attachment,
    Attendance,
    Body,
    ItemAbsence,
    Meeting,
    Person,
    Point,
    Referral,
)
from dagsorden.meetings.role_holders import holder, public_periods
from dagsorden.meetings.workflow import due_at

from . import data as d
from .search import run_search


def wants_json(request: HttpRequest, as_json: bool) -> bool:
    accept = request.headers.get("Accept", "")
    return as_json or (accept.startswith("application/json"))


def respond(
    request: HttpRequest,
    as_json: bool,
    template: str,
    context: dict[str, Any],
    data: dict[str, Any],
) -> HttpResponse:
    if wants_json(request, as_json):
        response: HttpResponse = JsonResponse(
            data, json_dumps_params={"ensure_ascii": False, "indent": 1}
        )
    else:
        response = render(request, template, context)
    response.headers["Vary"] = "Accept, Cookie, Accept-Language"
    return response


def home(request: HttpRequest, as_json: bool = False) -> HttpResponse:
    meetings = Meeting.objects.visible_to(request.user).select_related("body")
    today = date.today()
    upcoming = list(meetings.filter(date__gte=today).order_by("date")[:10])
    latest = list(meetings.filter(date__lt=today).order_by("-date")[:10])
    decisions = d.latest_decisions(request.user, 10)
    bodies = list(Body.objects.annotate(n=Count("meetings")).filter(n__gt=0).order_by("name"))
    data = {
        "upcoming": [d.meeting_ref(m) for m in upcoming],
        "latest": [d.meeting_ref(m) for m in latest],
        "decisions": [d.point_ref(p) for p in decisions],
        "bodies": [d.body_ref(b) for b in bodies],
    }
    context = {"upcoming": upcoming, "latest": latest, "decisions": decisions, "bodies": bodies}
    return respond(request, as_json, "portal/home.html", context, data)


def body_page(request: HttpRequest, slug: str, as_json: bool = False) -> HttpResponse:
    """A body's meetings, one year at a time (?aar=YYYY, default the latest), with the years."""
    body = get_object_or_404(Body, slug=slug)
    meetings = Meeting.objects.visible_to(request.user).filter(body=body)
    counts = dict(
        meetings.annotate(year=ExtractYear("date"))
        .values_list("year")
        .annotate(n=Count("id"))
        .order_by("-year")
    )
    year = _year(request.GET.get("aar"), counts)
    shown = list(meetings.filter(date__year=year).order_by("-date")) if year else []
    member = is_member(request.user)
    # Each meeting's items, a closed one by its heading only, an open one with its points:
    # a year's agendas to read down at a glance.
    items: dict[int, list[tuple[AgendaItem, bool, list[Point]]]] = {m.pk: [] for m in shown}
    listed = AgendaItem.objects.listed_to(request.user).filter(meeting__in=shown)
    for item in listed.select_related("meeting").prefetch_related("points"):
        visible = item_visible(member, item.meeting.state, item.access)
        items[item.meeting_id].append((item, visible, list(item.points.all()) if visible else []))
    data = {
        **d.body_ref(body),
        "years": {str(y): n for y, n in counts.items()},
        "year": year,
        "meetings": [d.meeting_ref(m) for m in shown],
    }
    context = {
        "body": body,
        "years": counts,
        "year": year,
        "meetings": [(m, items[m.pk]) for m in shown],
    }
    return respond(request, as_json, "portal/body.html", context, data)


def _year(asked: str | None, counts: dict[int, int]) -> int | None:
    try:
        year = int(asked or "")
    except ValueError:
        year = None
    if year in counts:
        return year
    return next(iter(counts), None)


def _meeting(request: HttpRequest, slug: str, day: str) -> Meeting:
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise Http404("ingen sådan dato") from None
    return get_object_or_404(
        Meeting.objects.visible_to(request.user).select_related("body"), body__slug=slug, date=when
    )


def meeting_page(request: HttpRequest, slug: str, day: str, as_json: bool = False) -> HttpResponse:
    meeting = _meeting(request, slug, day)
    member = is_member(request.user)
    items = (
        AgendaItem.objects.listed_to(request.user)
        .filter(meeting=meeting)
        .prefetch_related(
            "points__attachments",
            "attachments",
            "decisions__body",
            "routing_steps__body",
            "absences__person",
        )
    )
    shown = [(item, item_visible(member, meeting.state, item.access)) for item in items]
    decided = minutes_visible(member, meeting.state)
    attendance = (
        list(Attendance.objects.filter(meeting=meeting).select_related("person")) if decided else []
    )
    corrections = list(meeting.corrections.select_related("item", "point")) if decided else []
    corrections = [c for c in corrections if c.item is None or dict(shown).get(c.item)]
    data = {
        **d.meeting_ref(meeting),
        "kind": meeting.kind,
        "state": meeting.state,
        "attendance": [d.attendance(a) for a in attendance],
        "items": [d.item(i, visible, member, decided) for i, visible in shown],
        "corrections": [d.correction(c) for c in corrections],
    }
    context = {
        "meeting": meeting,
        "items": shown,
        "attendance": attendance,
        "member": member,
        "decided": decided,
        "corrections": corrections,
    }
    return respond(request, as_json, "portal/meeting.html", context, data)


def item_page(
    request: HttpRequest, slug: str, day: str, order: int, as_json: bool = False
) -> HttpResponse:
    meeting = _meeting(request, slug, day)
    member = is_member(request.user)
    item = get_object_or_404(
        AgendaItem.objects.visible_to(request.user).prefetch_related(
            "points__attachments", "absences__person"
        ),
        meeting=meeting,
        order=order,
    )
    decided = minutes_visible(member, meeting.state)
    referrals = (
        list(item.referrals.select_related("body", "point").order_by("date")) if decided else []
    )
    incoming = list(
        Referral.objects.filter(due_at(meeting.body, meeting.date, meeting.kind))
        .exclude(item__meeting=meeting)
        .filter(item__in=AgendaItem.objects.minutes_visible_to(request.user))
        .select_related("item__meeting__body")
    )
    actions = (
        list(
            item.actions.with_deadline(Meeting.objects.visible_to(request.user))
            .select_related("point", "due_next_body")
            .prefetch_related("responsible_people")
        )
        if decided
        else []
    )
    corrections = list(item.corrections.select_related("point")) if decided else []
    places = {p.pk: (n, p.number or n) for n, p in enumerate(item.points.all(), 1)}
    timeline = d.timeline(item, referrals, incoming, request.user)
    data = {
        **d.item(item, True, member, decided),
        "meeting": d.meeting_ref(meeting),
        "timeline": timeline,
        "actions": [d.action(a) for a in actions],
        "corrections": [d.correction(c) for c in corrections],
    }
    context = {
        "meeting": meeting,
        "item": item,
        "timeline": d.grouped(timeline),
        # each with its point: the anchor's number on the page, and the number it shows
        "actions": [
            {"obj": a, "parts": d.in_sentence(a), "point": places.get(a.point_id)} for a in actions
        ],
        "member": member,
        "decided": decided,
        "corrections": corrections,
    }
    return respond(request, as_json, "portal/item.html", context, data)


def person_page(request: HttpRequest, slug: str, as_json: bool = False) -> HttpResponse:
    person = get_object_or_404(Person, slug=slug)
    member = is_member(request.user)
    # each role with the period this reader may see (the public's: from open text only)
    roles = sorted(
        (
            {"title": r.title, "acting": r.acting, "start": start, "end": end}
            for r in person.roles.visible_to(request.user)
            for start, end in [r.period(member)]
        ),
        key=lambda r: (r["start"] is None, r["start"] or date.min, r["title"]),
    )
    visible_meetings = Meeting.objects.minutes_visible_to(request.user)
    attendance_all = Attendance.objects.filter(person=person, meeting__in=visible_meetings)
    attendance = list(
        attendance_all.select_related("meeting__body").order_by("-meeting__date")[:PERSON_LIST]
    )
    actions_all = Action.objects.filter(
        responsible_people=person, item__in=AgendaItem.objects.minutes_visible_to(request.user)
    )
    actions = list(
        actions_all.with_deadline(Meeting.objects.visible_to(request.user))
        .select_related("item__meeting__body", "point", "due_next_body")
        .order_by("-item__meeting__date")[:PERSON_LIST]
    )
    # Items the person took no part in (disqualified, or away), of minutes the user may read.
    absences_all = ItemAbsence.objects.filter(
        person=person, item__in=AgendaItem.objects.minutes_visible_to(request.user)
    )
    absences = list(
        absences_all.select_related("item__meeting__body").order_by("-item__meeting__date")[
            :PERSON_LIST
        ]
    )
    appearances_all = _appearances(person, request.user)
    appearances = appearances_all[:PERSON_LIST]
    totals = {
        "attendance": attendance_all.count(),
        "actions": actions_all.count(),
        "absences": absences_all.count(),
        "appearances": len(appearances_all),
    }
    if not any(totals.values()) and not roles:
        # Known only from what the user may not read (a closed item, a draft): who it names
        # is closed too, so the page answers as for no one.
        raise Http404("ingen sådan person")
    data = {
        "name": person.name,
        "url": reverse("portal:person", args=[person.slug]),
        "roles": [
            {
                "title": r["title"],
                "acting": r["acting"],
                "from": d.iso(r["start"]),
                "to": d.iso(r["end"]),
            }
            for r in roles
        ],
        "attendance": [
            {**d.meeting_ref(a.meeting), "status": a.status, "remark": a.remark} for a in attendance
        ],
        "actions": [d.action(a) for a in actions],
        "item_absences": [
            {
                **d.meeting_ref(a.item.meeting),
                "item": a.item.title,
                "item_url": d.item_url(a.item),
                "kind": a.kind,
                "remark": a.remark or None,
            }
            for a in absences
        ],
        "appearances": [
            {
                **d.meeting_ref(a.point.item.meeting),
                "item": a.point.item.title,
                "item_url": d.item_url(a.point.item),
                "point": a.point.title,
                "as": a.role,
                "as_role": a.via or None,
                "time": a.point.guest_time.strftime("%H:%M")
                if a.role == "guest" and a.point.guest_time
                else None,
            }
            for a in appearances
        ],
    }
    data["totals"] = totals
    context = {
        "person": person,
        "roles": roles,
        "attendance": attendance,
        "actions": actions,
        "absences": absences,
        "appearances": appearances,
        "totals": totals,
    }
    return respond(request, as_json, "portal/person.html", context, data)


@dataclass(frozen=True, slots=True)
class Appearance:
    point: Point
    role: str  # 'dialogue', 'presentation' (whom the point is with), or 'guest'
    via: str = ""  # the role the minutes name instead of the person ('velfærdsdirektøren')

    @property
    def label(self) -> str:
        if self.role == "guest":
            return _("Gæst i punktet")
        return str(Point.Kind(self.role).label)


def _appearances(person: Person, user: Any) -> list[Appearance]:
    """The points whose dialogue meeting was with the person, that the person presented, or
    that the person took part in as a guest, newest first, in minutes the user may read (a
    guest may be read from the decision). By name, or by a role the person alone held then
    ('5 minutters oplæg v. velfærdsdirektøren')."""
    wanted = Q(presenter__contains=person.name) | Q(guest__contains=person.name)
    keys = _role_keys(person)
    for key in keys:
        wanted |= Q(presenter__contains=key) | Q(guest__contains=key)
    points = (
        Point.objects.filter(wanted, item__in=AgendaItem.objects.minutes_visible_to(user))
        .select_related("item__meeting__body")
        .order_by("-item__meeting__date", "item__order", "order")
    )
    held = public_periods() if keys else {}
    # The name as a whole: not 'Anne Holm' in 'Lise-Anne Holm'.
    whole = re.compile(rf"(?<![\w-]){re.escape(person.name)}(?!\w)")

    def found(text: str, when: date) -> str | None:
        if whole.search(text):
            return ""
        return next(
            (
                lower_first(part)  # said in a running line: '(som økonomichefen)'
                for part in _LISTED_RE.split(text)
                if holder(held, part, when) == person.pk
            ),
            None,
        )

    out = []
    for p in points:
        when = p.item.meeting.date
        if p.kind != Point.Kind.ORDINARY and (via := found(p.presenter, when)) is not None:
            out.append(Appearance(p, p.kind, via))
        elif p.guest and (via := found(p.guest, when)) is not None:
            out.append(Appearance(p, "guest", via))
    return out


# Between the people of a list: 'økonomichefen og HR-chefen', 'A, B og C'.
_LISTED_RE = re.compile(r"\s*(?:,\s*(?:og\s+)?|\s+og\s+)")


def _role_keys(person: Person) -> set[str]:
    """What a point naming one of the person's public roles must contain: the title's last
    word, less its first letter (a sentence's capital or not: 'konomichef' is in
    'Økonomichefen'); a database compares other letters than a-z by case."""
    titles = person.roles.filter(public_start__isnull=False).values_list("title", flat=True)
    return {word[1:] for title in titles if len(word := title.split()[-1]) > 4}


PERSON_LIST = 100  # the latest absences and follow-ups shown on a person's page


def search_page(request: HttpRequest, as_json: bool = False) -> HttpResponse:
    result = run_search(request)
    return respond(request, as_json, "portal/search.html", {"s": result}, result.data())


def attachment_file(request: HttpRequest, pk: int) -> HttpResponse:
    """Every attachment file goes out through here, after the access check."""
    attachment = Attachment.objects.select_related("item__meeting").filter(pk=pk).first()
    member = is_member(request.user)
    if (
        attachment is None
        or not attachment.file
        or not attachment_visible(
            member, attachment.item.meeting.state, attachment.item.access, attachment.access
        )
    ):
        raise Http404("intet sådant bilag")
    media_type = attachment.media_type or "application/octet-stream"
    response = FileResponse(attachment.file.open("rb"), content_type=media_type)
    name = download_name(attachment.title, media_type)
    inline = media_type == "application/pdf"
    response.headers["Content-Disposition"] = disposition(not inline, name)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    if attachment.access != "open" or attachment.item.access != "open":
        response.headers["Cache-Control"] = "private, no-store"
    return response


def disposition(as_attachment: bool, name: str) -> str:
    """Content-Disposition with an ASCII fallback and the exact name as filename* (RFC 6266),
    always both: some clients read only one of them."""
    plain = content_disposition_header(as_attachment, name) or ""
    if "filename*=" in plain:
        fallback = "".join(
            c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name
        )
        plain = f"{plain.split(';')[0]}; filename=\"{fallback}\"; filename*=utf-8''{quote(name)}"
    else:
        plain += f"; filename*=utf-8''{quote(name)}"
    return plain


DOCUMENT_KINDS = {"dagsorden": False, "referat": True}  # URL word → with decisions


def meeting_document(
    request: HttpRequest, slug: str, day: str, kind: str, fmt: str = "pdf"
) -> HttpResponse:
    """The agenda or minutes as PDF (or the agenda as DOCX for members): the public version
    for visitors, the full one for members. Minutes exist for the public once published."""
    meeting = _meeting(request, slug, day)
    member = is_member(request.user)
    if kind not in DOCUMENT_KINDS or (fmt == "docx" and not member):
        raise Http404("intet sådant dokument")
    decisions = DOCUMENT_KINDS[kind]
    if decisions and not minutes_visible(member, meeting.state):
        raise Http404("referatet er ikke offentliggjort")
    name = f"{kind}-{meeting.body.code}-{meeting.date:%Y-%m-%d}.{fmt}"
    if fmt == "docx":
        content = export.meeting_docx(meeting, request.user, decisions)
        media_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        content = export.meeting_pdf(
            meeting, request.user, decisions, organisation=settings.ORGANISATION_NAME
        )
        media_type = "application/pdf"
    response = HttpResponse(content, content_type=media_type)
    response.headers["Content-Disposition"] = disposition(fmt != "pdf", name)
    return response
