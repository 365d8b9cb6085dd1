"""sitemap.xml: bodies, public meetings and open items only."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap

from dagsorden.meetings.models import AgendaItem, Body, Meeting

from . import data as d

PUBLIC = AnonymousUser()


class BodySitemap(Sitemap):
    def items(self):  # type: ignore[no-untyped-def]
        return (
            Body.objects.filter(meetings__in=Meeting.objects.visible_to(PUBLIC))
            .distinct()
            .order_by("name")
        )

    def location(self, item: Body) -> str:
        return d.body_ref(item)["url"]


class MeetingSitemap(Sitemap):
    limit = 5000  # URLs a page; sitemap.xml is an index of the pages

    def items(self):  # type: ignore[no-untyped-def]
        return Meeting.objects.visible_to(PUBLIC).select_related("body").order_by("-date")

    def location(self, item: Meeting) -> str:
        return d.meeting_url(item)

    def lastmod(self, item: Meeting):  # type: ignore[no-untyped-def]
        return item.updated


class ItemSitemap(Sitemap):
    limit = 5000

    def items(self):  # type: ignore[no-untyped-def]
        return (
            AgendaItem.objects.visible_to(PUBLIC)
            .select_related("meeting__body")
            .order_by("-meeting__date", "order")
        )

    def location(self, item: AgendaItem) -> str:
        return d.item_url(item)


SITEMAPS = {"organer": BodySitemap, "moeder": MeetingSitemap, "sager": ItemSitemap}
