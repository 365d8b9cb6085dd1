"""Public pages. They read only through visible_to()/listed_to(): closed content never
reaches a visitor who is not a member, and a hidden meeting answers 404 like a missing one."""

from __future__ import annotations

from datetime import date

from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from dagsorden.meetings.access import is_member, item_visible
from dagsorden.meetings.models import AgendaItem, Attendance, Body, Meeting


def home(request: HttpRequest) -> HttpResponse:
    meetings = Meeting.objects.visible_to(request.user).select_related("body")
    today = date.today()
    return render(
        request,
        "portal/home.html",
        {
            "upcoming": meetings.filter(date__gte=today).order_by("date")[:10],
            "latest": meetings.filter(date__lt=today).order_by("-date")[:20],
            "bodies": Body.objects.annotate(n=Count("meetings")).filter(n__gt=0).order_by("name"),
        },
    )


def body_page(request: HttpRequest, slug: str) -> HttpResponse:
    body = get_object_or_404(Body, slug=slug)
    meetings = Meeting.objects.visible_to(request.user).filter(body=body).order_by("-date")
    years: dict[int, list[Meeting]] = {}
    for meeting in meetings:
        years.setdefault(meeting.date.year, []).append(meeting)
    return render(
        request, "portal/body.html", {"body": body, "years": sorted(years.items(), reverse=True)}
    )


def meeting_page(request: HttpRequest, slug: str, day: str) -> HttpResponse:
    try:
        when = date.fromisoformat(day)
    except ValueError:
        raise Http404("ingen sådan dato") from None
    meeting = get_object_or_404(
        Meeting.objects.visible_to(request.user).select_related("body"), body__slug=slug, date=when
    )
    member = is_member(request.user)
    items = (
        AgendaItem.objects.listed_to(request.user)
        .filter(meeting=meeting)
        .prefetch_related("points", "attachments", "decisions__body", "routing_steps__body")
    )
    shown = [(item, item_visible(member, meeting.state, item.access)) for item in items]
    attendance = Attendance.objects.filter(meeting=meeting).select_related("person")
    response = render(
        request,
        "portal/meeting.html",
        {"meeting": meeting, "items": shown, "attendance": attendance, "member": member},
    )
    return response
