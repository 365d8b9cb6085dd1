"""The search page's logic: read the form, ask the backend, build results with snippets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest, QueryDict

from dagsorden.core.paragraphs import unlaid
from dagsorden.meetings.access import is_member
from dagsorden.meetings.models import Body, Role
from dagsorden.search.analysis import WORD_RE, parse_query, snippet
from dagsorden.search.backends import Query, backend
from dagsorden.search.models import SearchEntry

from . import data as d


def _int(value: str | None, low: int, high: int) -> int | None:
    try:
        n = int(value or "")
    except ValueError:
        return None
    return n if low <= n <= high else None


_NOT_IN_JSON = ("snippet_html", "updated")


@dataclass
class SearchResult:
    query: Query
    member: bool
    total: int = 0
    hits: list[dict[str, Any]] = field(default_factory=list)
    bodies: list[Body] = field(default_factory=list)
    people: list[dict[str, Any]] = field(default_factory=list)  # whose names the query holds

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.size))

    def form_query(self) -> str:
        """The query and its body and years, as the search form sends them (for the feed)."""
        q = self.query
        fields = {"q": q.text, "organ": q.body, "fra": q.year_from, "til": q.year_to}
        return urlencode({k: v for k, v in fields.items() if v})

    def data(self) -> dict[str, Any]:
        return {
            "query": self.query.text,
            "total": self.total,
            "page": self.query.page,
            "pages": self.pages,
            "people": self.people,
            "results": [
                {k: v for k, v in h.items() if k not in _NOT_IN_JSON}
                | {"snippet": h["snippet_html"]}
                for h in self.hits
            ],
        }


def read_query(get: QueryDict, member: bool) -> Query:
    """The search form's query, its values checked (what is not understood is left out)."""
    return Query(
        text=(get.get("q") or "").strip()[:200],
        body=(get.get("organ") or None),
        year_from=_int(get.get("fra"), 1900, 2200),
        year_to=_int(get.get("til"), 1900, 2200),
        access=get.get("adgang") if member and get.get("adgang") in ("open", "closed") else None,
        order="date" if get.get("sortering") == "dato" else "relevance",
        page=_int(get.get("side"), 1, 10_000) or 1,
    )


def run_search(request: HttpRequest) -> SearchResult:
    return search(read_query(request.GET, is_member(request.user)), request.user)


def search(query: Query, user: Any, people: bool = True) -> SearchResult:
    """The query's page of results, as the user may see them (with the people it names on
    its first page, unless not wanted)."""
    member = is_member(user)
    # (the bodies that meet: not a committee or council only a referral named)
    bodies = Body.objects.filter(meetings__isnull=False).distinct().order_by("name")
    result = SearchResult(query, member, bodies=list(bodies))
    if not query.text:
        return result
    if query.page == 1 and people:
        result.people = people_named(query.text, user)
    found = backend().search(query, member)
    result.total = found.total
    entries = SearchEntry.objects.select_related(
        "meeting__body", "item__meeting__body", "point", "attachment"
    ).in_bulk(found.ids)
    wanted = parse_query(query.text).wanted
    for entry_id in found.ids:
        e = entries[entry_id]
        url = d.item_url(e.item)
        if e.point_id:
            url += f"#punkt-{e.point.order + 1}"
        elif e.attachment_id:
            url += f"#bilag-{e.attachment.number}"
        result.hits.append(
            {
                "kind": e.kind,
                "title": e.title,
                "item": e.item.title,
                "meeting": d.meeting_ref(e.meeting),
                "date": d.iso(e.date),
                "when": d.day(e.date),
                "url": url,
                # (a few lines of a text: its paragraphs and list marks would only break them)
                "snippet_html": snippet(unlaid(e.text) if e.text else e.title, wanted),
                "updated": e.meeting.updated,
            }
        )
    return result


PEOPLE_SHOWN = 5


def people_named(text: str, user: Any) -> list[dict[str, Any]]:
    """The people a query names: each of its words begins a word of the name or of a title
    they held, in any case ('kim jensen' → Kim T. Jensen, 'holck' → Erik Holck Hansen,
    'kommunaldirektør' → who held that post); only those the reader may see named (from open
    text, for the public), the latest seen first, each with that title."""
    words = [w for w in WORD_RE.findall(text.lower()) if len(w) > 1]  # not an initial's 'T'
    if not words or len(words) > 4:  # no one's name is a sentence
        return []
    member = is_member(user)
    latest: dict[int, tuple[Role, date | None]] = {}
    for role in Role.objects.visible_to(user).select_related("person"):
        said = WORD_RE.findall(f"{role.person.name} {role.title}".lower())
        if not all(any(n.startswith(w) for n in said) for w in words):
            continue
        start, end = role.period(member)
        seen = end or start
        known = latest.get(role.person_id)
        if known is None or (seen and (known[1] is None or seen > known[1])):
            latest[role.person_id] = (role, seen)
    found = sorted(
        latest.values(), key=lambda r: (-(r[1] or date.min).toordinal(), r[0].person.name)
    )
    return [d.person_ref(role.person) | {"title": role.title} for role, _ in found[:PEOPLE_SHOWN]]
