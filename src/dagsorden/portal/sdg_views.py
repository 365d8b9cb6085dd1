"""Verdensmål pages: the 17 goals, each goal's items and points, and a yearly report per body
(HTML and CSV). The public sees confirmed tags on content it may see; members also see the
suggestions that wait for the secretariat."""

from __future__ import annotations

import csv
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from dagsorden.meetings.access import is_member
from dagsorden.meetings.models import AgendaItem, Body, SDGGoal, SDGTag

from . import data as d
from .views import respond


def _tags(request: HttpRequest) -> QuerySet[SDGTag]:
    tags = SDGTag.objects.filter(item__in=AgendaItem.objects.visible_to(request.user))
    return tags if is_member(request.user) else tags.filter(confirmed=True)


def _tag_data(tag: SDGTag) -> dict[str, Any]:
    item = tag.item
    title = tag.point.title if tag.point else item.title
    url = d.item_url(item) + (f"#punkt-{tag.point.order + 1}" if tag.point else "")
    return {
        "title": title,
        "meeting": d.meeting_ref(item.meeting),
        "url": url,
        "confirmed": tag.confirmed,
    }


def goals(request: HttpRequest, as_json: bool = False) -> HttpResponse:
    counts = dict(_tags(request).values_list("goal").annotate(n=Count("id")))
    rows = [(g, counts.get(g.id, 0)) for g in SDGGoal.objects.order_by("number")]
    data = {
        "goals": [
            {"number": g.number, "name": g.name_da, "name_en": g.name_en, "count": n}
            for g, n in rows
        ]
    }
    tagged = sum(n for _, n in rows)
    return respond(
        request, as_json, "portal/sdg_goals.html", {"rows": rows, "tagged": tagged}, data
    )


def goal(request: HttpRequest, number: int, as_json: bool = False) -> HttpResponse:
    g = get_object_or_404(SDGGoal, number=number)
    tags = list(
        _tags(request)
        .filter(goal=g)
        .select_related("item__meeting__body", "point")
        .order_by("-item__meeting__date")[:200]
    )
    data = {
        "number": g.number,
        "name": g.name_da,
        "name_en": g.name_en,
        "tagged": [_tag_data(t) for t in tags],
    }
    return respond(request, as_json, "portal/sdg_goal.html", {"goal": g, "tags": tags}, data)


def report(request: HttpRequest, slug: str, year: int, as_csv: bool = False) -> HttpResponse:
    """Per body and year: how many items and points each goal was tagged on, and which."""
    body = get_object_or_404(Body, slug=slug)
    if not 1900 <= year <= 2200:
        raise Http404("intet sådant år")
    tags = list(
        _tags(request)
        .filter(Q(item__meeting__body=body) & Q(item__meeting__date__year=year))
        .select_related("goal", "item__meeting__body", "point")
        .order_by("goal__number", "item__meeting__date")
    )
    by_goal: dict[int, list[SDGTag]] = {}
    for t in tags:
        by_goal.setdefault(t.goal.number, []).append(t)
    goals_all = list(SDGGoal.objects.order_by("number"))
    if as_csv:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.headers["Content-Disposition"] = (
            f'attachment; filename="verdensmaal-{body.slug}-{year}.csv"'
        )
        writer = csv.writer(response)
        writer.writerow(["verdensmål", "navn", "dato", "punkt", "adresse", "bekræftet"])
        for t in tags:
            row = _tag_data(t)
            writer.writerow(
                [
                    t.goal.number,
                    t.goal.name_da,
                    row["meeting"]["date"],
                    row["title"],
                    request.build_absolute_uri(row["url"]),
                    "ja" if t.confirmed else "nej",
                ]
            )
        return response
    rows = [(g, by_goal.get(g.number, [])) for g in goals_all]
    data = {
        "body": d.body_ref(body),
        "year": year,
        "goals": [
            {
                "number": g.number,
                "name": g.name_da,
                "count": len(ts),
                "tagged": [_tag_data(t) for t in ts],
            }
            for g, ts in rows
        ],
    }
    return respond(
        request, False, "portal/sdg_report.html", {"body": body, "year": year, "rows": rows}, data
    )
