"""The follow-up tracker: every action, parsed from minutes or entered by hand, by responsible
and status, overdue ones marked, each linked to its source point and to the point that closed
it. The public sees the follow-ups of published, open items; members see all. A personal view
for a signed-in member, an .ics of due dates, and a weekly summary to print."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import icalendar
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import F, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone

from dagsorden.meetings.access import is_member
from dagsorden.meetings.models import Action, AgendaItem, Body, Meeting

from . import data as d
from .feeds import PUBLIC
from .views import respond

PAGE = 50


def visible_actions(user: Any) -> QuerySet[Action]:
    """The follow-ups the user may read, each with its deadline (a next meeting's date among
    the meetings the user may see)."""
    return (
        Action.objects.filter(item__in=AgendaItem.objects.minutes_visible_to(user))
        .with_deadline(Meeting.objects.visible_to(user))
        .select_related(
            "item__meeting__body", "point", "closed_point__item__meeting__body", "due_next_body"
        )
        .prefetch_related("responsible_people")
    )


def _filtered(request: HttpRequest, actions: QuerySet[Action]) -> tuple[QuerySet[Action], dict]:
    status = request.GET.get("status", "open")
    if status in ("open", "done"):
        actions = actions.filter(status=status)
    body = Body.objects.filter(slug=request.GET.get("organ") or "").first()
    if body is not None:
        actions = actions.filter(item__meeting__body=body)
    q = (request.GET.get("ansvarlig") or "").strip()[:100]
    if q:
        actions = actions.filter(
            Q(responsible_role__icontains=q) | Q(responsible_people__name__icontains=q)
        ).distinct()
    if request.GET.get("overskredet"):
        actions = actions.filter(status="open", deadline__lt=date.today())
    order = (
        [F("deadline").asc(nulls_last=True), "-item__meeting__date", "id"]
        if status == "open"
        else ["-item__meeting__date", "id"]
    )
    filters = {
        "status": status,
        "body": body,
        "q": q,
        "overdue": bool(request.GET.get("overskredet")),
    }
    return actions.order_by(*order), filters


def _rows(actions: list[Action]) -> list[dict[str, Any]]:
    today = date.today()
    return [
        {
            **d.action(a),
            "overdue": a.status == "open" and a.deadline is not None and a.deadline < today,
            "meeting": d.meeting_ref(a.item.meeting),
            "closed_by": d.item_url(a.closed_point.item) if a.closed_point else None,
            "parts": d.responsible(a),
            "obj": a,
        }
        for a in actions
    ]


def _page(
    request: HttpRequest, actions: QuerySet[Action], template: str, extra: dict, as_json: bool
) -> HttpResponse:
    actions, filters = _filtered(request, actions)
    page = Paginator(actions, PAGE).get_page(request.GET.get("side"))
    rows = _rows(list(page.object_list))
    data = {
        "total": page.paginator.count,
        "page": page.number,
        "pages": page.paginator.num_pages,
        "actions": [{k: v for k, v in r.items() if k not in ("obj", "parts")} for r in rows],
    }
    context = {
        "rows": rows,
        "page": page,
        "filters": filters,
        "bodies": Body.objects.filter(meetings__items__actions__isnull=False)
        .distinct()
        .order_by("name"),
        **extra,
    }
    return respond(request, as_json, template, context, data)


def tracker(request: HttpRequest, as_json: bool = False) -> HttpResponse:
    return _page(
        request, visible_actions(request.user), "portal/tracker.html", {"mine": False}, as_json
    )


def mine(request: HttpRequest, as_json: bool = False) -> HttpResponse:
    """A signed-in member's own follow-ups: those of the person linked to the user."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    person = getattr(request.user, "person", None)
    actions = visible_actions(request.user)
    actions = actions.filter(responsible_people=person) if person else actions.none()
    extra = {"mine": True, "person": person}
    return _page(request, actions, "portal/tracker.html", extra, as_json)


def week_bounds(asked: str | None) -> tuple[date, date]:
    """The ISO week asked for ('2026-W48'), else this week: Monday and Sunday."""
    try:
        monday = date.fromisoformat(f"{asked}-1") if asked else None
    except ValueError:
        raise Http404("ingen sådan uge") from None
    if monday is None:
        today = date.today()
        monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


def weekly(request: HttpRequest) -> HttpResponse:
    """The week's summary for the secretariat to print: overdue, due this week, new from this
    week's meetings, closed this week."""
    if not is_member(request.user):
        return redirect_to_login(request.get_full_path())
    monday, sunday = week_bounds(request.GET.get("uge"))
    actions = visible_actions(request.user)
    start = timezone.make_aware(timezone.datetime.combine(monday, timezone.datetime.min.time()))
    sections = [
        ("overdue", actions.filter(status="open", deadline__lt=monday).order_by("deadline")),
        (
            "due",
            actions.filter(status="open", deadline__range=(monday, sunday)).order_by("deadline"),
        ),
        (
            "new",
            actions.filter(item__meeting__date__range=(monday, sunday)).order_by(
                "item__meeting__date"
            ),
        ),
        (
            "closed",
            actions.filter(
                status="done", closed_at__gte=start, closed_at__lt=start + timedelta(days=7)
            ).order_by("closed_at"),
        ),
    ]
    iso = monday.isocalendar()
    context = {
        "monday": monday,
        "sunday": sunday,
        "week": f"{iso.year}-W{iso.week:02d}",
        "previous": _week_code(monday - timedelta(days=7)),
        "next": _week_code(monday + timedelta(days=7)),
        "sections": [(key, _rows(list(qs[:200]))) for key, qs in sections],
    }
    from django.shortcuts import render

    return render(request, "portal/tracker_week.html", context)


def _week_code(day: date) -> str:
    iso = day.isocalendar()
    return f"{iso.year}-W{iso.week:02d}"


def due_calendar(request: HttpRequest) -> HttpResponse:
    """Due dates of open follow-ups as all-day events: the public ones (calendar programs
    fetch without signing in); a signed-in member downloading it gets their own as well."""
    user = request.user if request.user.is_authenticated else PUBLIC
    actions = visible_actions(user).filter(status="open", deadline__isnull=False)
    if is_member(user) and request.GET.get("mine"):
        actions = actions.filter(responsible_people=getattr(user, "person", None))
    cal = icalendar.Calendar()
    cal.add("prodid", "-//dagsorden//da")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Opfølgning — frister")
    host = request.get_host().rsplit(":", 1)[0]
    for a in actions.order_by("deadline")[:2000]:
        event = icalendar.Event()
        event.add("uid", f"action-{a.pk}@{host}")
        event.add("summary", f"Frist: {a.responsible_role or 'opfølgning'}: {a.text[:120]}")
        event.add("dtstart", a.deadline)
        event.add("dtend", a.deadline + timedelta(days=1))
        event.add("url", request.build_absolute_uri(d.item_url(a.item)))
        event.add("dtstamp", timezone.now())
        cal.add_component(event)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response.headers["Content-Disposition"] = 'inline; filename="opfoelgning.ics"'
    return response
