"""The årshjul: the year's recurring topics as a wheel (SVG), a list, a PDF and CSV. Members
see every topic; the public sees the topics marked public. Planned points link to their
meeting only when the visitor may see that meeting."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.dates import MONTHS, MONTHS_3
from django.utils.translation import gettext as _

from dagsorden.core.annual_plan import held_with
from dagsorden.documents.plan_pdf import plan_pdf
from dagsorden.documents.wheel import Entry, wheel_svg
from dagsorden.meetings.access import is_member
from dagsorden.meetings.models import AgendaItem, Body, Point
from dagsorden.meetings.planner import Planned, export_csv, visible_topics, year_plan

from . import data as d
from .views import disposition, respond


def _year(request: HttpRequest) -> int:
    try:
        year = int(request.GET.get("aar") or date.today().year)
    except ValueError:
        raise Http404("intet sådant år") from None
    if not 1900 <= year <= 2200:
        raise Http404("intet sådant år")
    return year


def _plan(request: HttpRequest) -> tuple[int, Body | None, list[Planned]]:
    year = _year(request)
    slug = request.GET.get("organ")
    body = get_object_or_404(Body, slug=slug) if slug else None
    topics = visible_topics(is_member(request.user), body)
    return year, body, year_plan(topics, year)


def _title(year: int, body: Body | None) -> str:
    if body:
        return _("Årshjul %(body)s %(year)s") % {"body": body.name, "year": year}
    return _("Årshjul %(year)s") % {"year": year}


def _placed(request: HttpRequest, plan: list[Planned], year: int) -> dict[tuple[int, str], Any]:
    """Where each planned topic went: (topic id, title) → its meeting, if the visitor may read
    the point. A head's dialogue meeting is found too where it was held without the årshjul
    (an imported meeting: 'Årligt dialogmøde med økonomichef Bettina Andersen')."""
    items = AgendaItem.objects.visible_to(request.user)
    points = Point.objects.filter(
        topic__in={p.topic.pk for p in plan}, item__meeting__date__year=year, item__in=items
    ).select_related("item__meeting__body")
    placed = {(p.topic_id, p.title): p.item.meeting for p in points}
    heads = [p for p in plan if p.head and (p.topic.pk, p.title) not in placed]
    if heads:
        held = list(
            Point.objects.filter(
                kind=Point.Kind.DIALOGUE,
                item__meeting__body__in={p.topic.body_id for p in heads},
                item__meeting__date__year=year,
                item__in=items,
            )
            .select_related("item__meeting__body")
            .order_by("item__meeting__date")
        )
        for p in heads:
            meeting = next(
                (
                    h.item.meeting
                    for h in held
                    if h.item.meeting.body_id == p.topic.body_id and held_with(h.presenter, p.head)
                ),
                None,
            )
            if meeting is not None:
                placed[(p.topic.pk, p.title)] = meeting
    return placed


def plan_page(request: HttpRequest, as_json: bool = False) -> HttpResponse:
    year, body, plan = _plan(request)
    placed = _placed(request, plan, year)
    rows = [
        {
            "month": p.month,
            "month_name": str(MONTHS[p.month]),
            "title": p.title,
            "body": p.topic.body.name,
            "rule": p.topic.get_rule_display(),
            "description": p.topic.description,
            "meeting": placed.get((p.topic.pk, p.title)),
        }
        for p in plan
    ]
    title = _title(year, body)
    data = {
        "year": year,
        "body": d.body_ref(body) if body else None,
        "topics": [
            {
                **{k: v for k, v in r.items() if k != "meeting"},
                "meeting": d.meeting_ref(r["meeting"]) if r["meeting"] else None,
            }
            for r in rows
        ],  # fmt: skip
    }
    context = {
        "title": title,
        "year": year,
        "body": body,
        "rows": rows,
        "svg": _svg(plan, title),
        "bodies": Body.objects.filter(recurring_topics__isnull=False).distinct().order_by("name"),
        "query": _query(year, body),
    }
    return respond(request, as_json, "portal/plan.html", context, data)


def _query(year: int, body: Body | None) -> str:
    return f"?aar={year}" + (f"&organ={body.slug}" if body else "")


def _svg(plan: list[Planned], title: str) -> str:
    desc = _(
        "Et cirkulært årshjul med 12 måneder og %(n)d emner. "
        "Listen ved siden af hjulet har alle emner som tekst."
    ) % {"n": len(plan)}
    return wheel_svg(
        [Entry(p.month, p.title, p.topic.body.name) for p in plan],
        title,
        months=[str(MONTHS_3[m]) for m in range(1, 13)],
        desc=desc,
    )


def plan_svg(request: HttpRequest) -> HttpResponse:
    year, body, plan = _plan(request)
    return HttpResponse(_svg(plan, _title(year, body)), content_type="image/svg+xml")


def plan_document(request: HttpRequest) -> HttpResponse:
    year, body, plan = _plan(request)
    title = _title(year, body)
    months = [
        {
            "name": str(MONTHS[m]).capitalize(),
            "entries": [
                {"title": p.title, "body": p.topic.body.name, "rule": p.topic.get_rule_display()}
                for p in plan
                if p.month == m
            ],
        }
        for m in range(1, 13)
    ]
    response = HttpResponse(
        plan_pdf(title, _svg(plan, title), months), content_type="application/pdf"
    )
    response.headers["Content-Disposition"] = disposition(False, f"aarshjul-{year}.pdf")
    return response


def plan_csv(request: HttpRequest) -> HttpResponse:
    slug = request.GET.get("organ")
    body = get_object_or_404(Body, slug=slug) if slug else None
    topics = visible_topics(is_member(request.user), body).order_by("body__code", "month", "title")
    response = HttpResponse("\ufeff" + export_csv(topics), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = disposition(True, "aarshjul-emner.csv")
    return response
