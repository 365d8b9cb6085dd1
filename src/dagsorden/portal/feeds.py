"""Atom feeds of published minutes and iCalendar files of meetings, per body and overall.
They are public documents, built for an anonymous visitor whoever asks: a feed reader or a
calendar may share them, so they never carry closed content."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.text import slugify

from dagsorden.meetings.models import AgendaItem, Body, Meeting

from . import data as d
from .search import SearchResult, read_query, search

PUBLIC = AnonymousUser()
TZ = ZoneInfo("Europe/Copenhagen")
# A calendar holds the meetings of the past year and the next three.
CALENDAR_PAST_DAYS = 400
CALENDAR_FUTURE_DAYS = 3 * 366


class MinutesFeed(Feed):
    feed_type = Atom1Feed
    link = "/"

    def title(self, obj: Body | None = None) -> str:
        org = settings.ORGANISATION_NAME
        return f"{org}: referater fra {obj.name}" if obj else f"{org}: referater"

    def subtitle(self, obj: Body | None = None) -> str:
        return "Nye offentliggjorte referater"

    def items(self, obj: Body | None = None) -> list[Meeting]:
        meetings = (
            Meeting.objects.visible_to(PUBLIC).filter(state="published").select_related("body")
        )
        if obj is not None:
            meetings = meetings.filter(body=obj)
        return list(meetings.order_by("-date")[:50])

    def item_title(self, item: Meeting) -> str:
        return f"{item.body.name} {item.date:%d-%m-%Y}"

    def item_description(self, item: Meeting) -> str:
        titles = [i.title for i in AgendaItem.objects.visible_to(PUBLIC).filter(meeting=item)]
        return "; ".join(titles) or "Ingen åbne punkter."

    def item_link(self, item: Meeting) -> str:
        return d.meeting_url(item)

    def item_pubdate(self, item: Meeting) -> datetime:
        return datetime.combine(item.date, time(12), tzinfo=TZ)

    def item_updateddate(self, item: Meeting) -> datetime:
        return item.updated


class SearchFeed(Feed):
    """A search's newest public results (`/soeg.atom?q=skovskolen`, with the search form's
    body and years): a feed reader shows what new minutes say of a subject."""

    feed_type = Atom1Feed
    size = 50

    def get_object(self, request: HttpRequest) -> SearchResult:  # type: ignore[override]
        query = read_query(request.GET, member=False)
        if not query.text:
            raise Http404("ingen søgning: ?q=…")
        result = search(replace(query, order="date", page=1, size=self.size), PUBLIC, people=False)
        for hit in result.hits:  # an entry's id: its address, a decision's made its own
            own = f"#{slugify(hit['title'])}" if hit["kind"] == "decision" else ""
            hit["guid"] = request.build_absolute_uri(hit["url"]) + own
        return result

    def feed_url(self, obj: SearchResult) -> str:
        return f"/soeg.atom?{obj.form_query()}"

    def title(self, obj: SearchResult) -> str:
        return f"{settings.ORGANISATION_NAME}: søgning efter »{obj.query.text}«"

    def subtitle(self, obj: SearchResult) -> str:
        return "De nyeste offentlige resultater"

    def link(self, obj: SearchResult) -> str:
        return f"/soeg/?{obj.form_query()}&sortering=dato"

    def items(self, obj: SearchResult) -> list[dict[str, Any]]:
        return obj.hits

    def item_title(self, item: dict[str, Any]) -> str:
        return str(item["title"])

    def item_description(self, item: dict[str, Any]) -> str:
        meta = f"{item['meeting']['body']}, {item['when']}"
        if item["title"] != item["item"]:
            meta += f" · {item['item']}"
        return f"<p>{html.escape(meta)}</p><p>{item['snippet_html']}</p>"

    def item_link(self, item: dict[str, Any]) -> str:
        return str(item["url"])

    def item_guid(self, item: dict[str, Any]) -> str:
        return str(item["guid"])

    def item_pubdate(self, item: dict[str, Any]) -> datetime:
        return datetime.combine(date.fromisoformat(item["date"]), time(12), tzinfo=TZ)

    def item_updateddate(self, item: dict[str, Any]) -> datetime:
        return item["updated"]


class BodyMinutesFeed(MinutesFeed):
    def get_object(self, request: HttpRequest, slug: str) -> Body:  # type: ignore[override]
        return get_object_or_404(Body, slug=slug)

    def link(self, obj: Body) -> str:  # type: ignore[override]
        return d.body_ref(obj)["url"]


def body_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    """The body's public meetings as an .ics calendar (Europe/Copenhagen)."""
    body = get_object_or_404(Body, slug=slug)
    cal = icalendar.Calendar()
    cal.add("prodid", "-//dagsorden//da")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{body.name} — møder")
    cal.add("x-wr-timezone", "Europe/Copenhagen")
    host = request.get_host().rsplit(":", 1)[0]  # a stable UID whatever port served it
    since = date.today() - timedelta(days=CALENDAR_PAST_DAYS)
    for meeting in (
        Meeting.objects.visible_to(PUBLIC).filter(body=body, date__gte=since).order_by("date")
    ):
        event = icalendar.Event()
        event.add("uid", f"meeting-{meeting.pk}@{host}")
        event.add("summary", f"{body.name}: {meeting.get_kind_display()}")
        if meeting.start:
            event.add("dtstart", datetime.combine(meeting.date, meeting.start, tzinfo=TZ))
            if meeting.end:
                event.add("dtend", datetime.combine(meeting.date, meeting.end, tzinfo=TZ))
        else:
            event.add("dtstart", meeting.date)
        if meeting.place:
            event.add("location", meeting.place)
        event.add("url", request.build_absolute_uri(d.meeting_url(meeting)))
        event.add("dtstamp", meeting.updated)
        cal.add_component(event)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response.headers["Content-Disposition"] = f'inline; filename="{body.slug}.ics"'
    return response
