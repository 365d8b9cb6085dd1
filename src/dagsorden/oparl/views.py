"""The OParl 1.1 API: read-only, open data, always the public's view (as the feeds are).

Lists are paged (`page`, `limit` up to 500) with OParl's data / pagination / links; the
meeting, agenda item, paper and file lists take created_since, created_until, modified_since and
modified_until (ISO 8601), read from the meeting's own times. Organizations, people and
memberships carry no times, so on those lists the filters select nothing out: a client
asking for changes gets them all, never fewer.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import (
    DateField,
    Exists,
    Func,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.lookups import Exact
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from dagsorden.core.danish import STANDING_HEADING_PATTERN
from dagsorden.meetings.access import minutes_visible
from dagsorden.meetings.cases import (
    ROUTE_DAYS,
    Elsewhere,
    cases_at,
    elsewhere_of,
    route_of,
    steps_taken,
    taken_up,
)
from dagsorden.meetings.models import (
    Action,
    AgendaItem,
    Attachment,
    Attendance,
    Body,
    ItemAbsence,
    Meeting,
    Organisation,
    Person,
    Role,
    RoutingStep,
)
from dagsorden.portal.feeds import PUBLIC

from . import objects as o

PAGE, MAX_PAGE = 100, 500
FILTERS = {
    "created_since": "created__gte",
    "created_until": "created__lte",
    "modified_since": "updated__gte",
    "modified_until": "updated__lte",
}


class BadRequest(Exception):
    pass


def _json(data: Any, status: int = 200) -> HttpResponse:
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=1),
        content_type="application/json; charset=utf-8",
        status=status,
    )
    response["Access-Control-Allow-Origin"] = "*"  # open data, for clients in a browser
    return response


def endpoint(view: Callable[..., Any]) -> Callable[..., HttpResponse]:
    """A view that returns data: as JSON, a 404 or a 400 with a reason, GET and HEAD only."""

    @require_safe
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        try:
            return _json(view(request, *args, **kwargs))
        except Http404:
            return _json({"error": "not found"}, 404)
        except BadRequest as exc:
            return _json({"error": str(exc)}, 400)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


# --- what the public may see --------------------------------------------------------------


def _meetings(org: Organisation) -> QuerySet[Meeting]:
    return (
        Meeting.objects.visible_to(PUBLIC)
        .filter(body__organisation=org)
        .select_related("body")
        .order_by("date", "id")
    )


def _items(org: Organisation) -> QuerySet[AgendaItem]:
    return (
        AgendaItem.objects.listed_to(PUBLIC)
        .filter(meeting__body__organisation=org)
        .select_related("meeting__body")
        .order_by("meeting__date", "meeting_id", "order")
    )


def _files() -> QuerySet[Attachment]:
    return Attachment.objects.visible_to(PUBLIC).exclude(file="").select_related("item__meeting")


def _roles() -> QuerySet[Role]:
    return Role.objects.visible_to(PUBLIC)


def _people() -> QuerySet[Person]:
    """People the public may know: a title seen in public, an absence in published minutes,
    a follow-up of an item the public may read, or who took no part in such an item.
    (People are not stored per municipality: every Body lists them all; an installation
    serves one.)"""
    person = OuterRef("pk")
    responsible = Action.responsible_people.through.objects.filter(
        person=person, action__item__in=AgendaItem.objects.minutes_visible_to(PUBLIC)
    )
    return Person.objects.filter(
        Exists(Role.objects.visible_to(PUBLIC).filter(person=person))
        | Exists(
            Attendance.objects.filter(
                person=person, meeting__in=Meeting.objects.minutes_visible_to(PUBLIC)
            )
        )
        | Exists(responsible)
        | Exists(
            ItemAbsence.objects.filter(
                person=person, item__in=AgendaItem.objects.minutes_visible_to(PUBLIC)
            )
        )
    ).order_by("name", "id")


def _home() -> Organisation:
    """The municipality people belong to (people are not stored per municipality)."""
    org = Organisation.objects.order_by("id").first()
    if org is None:
        raise Http404
    return org


def _org(pk: int) -> Organisation:
    org = Organisation.objects.filter(pk=pk).first()
    if org is None:
        raise Http404
    return org


def _url(request: HttpRequest) -> o.Url:
    return request.build_absolute_uri


def _resolution(item: AgendaItem) -> str | None:
    if not (item.is_open and minutes_visible(False, item.meeting.state)):
        return None
    texts = [dec.text for dec in item.decisions.all() if dec.text]
    if not texts:
        texts = [f"{p.title} {p.decision}" for p in item.points.all() if p.decision]
    return "\n\n".join(texts) or None


def _open_files(item: AgendaItem) -> list[Attachment]:
    return [a for a in item.attachments.all() if a.file and a.access == "open"]


def _items_out(request: HttpRequest, items: Iterable[AgendaItem]) -> list[dict[str, Any]]:
    """Agenda items (their meetings read), the papers their cases are found in one query."""
    items = list(items)
    elsewhere = _elsewhere(items)
    return [
        o.agenda_item(
            _url(request),
            item,
            _resolution(item),
            _open_files(item),
            _paper_of(item, elsewhere) if item.is_open else None,
        )
        for item in items
    ]


def _with_contents(items: QuerySet[AgendaItem]) -> QuerySet[AgendaItem]:
    return items.prefetch_related(
        "decisions",
        "points",
        Prefetch("attachments", Attachment.objects.order_by("number")),
        Prefetch("routing_steps", RoutingStep.objects.order_by("order", "id")),
    )


# --- papers: an open agenda item as the case it presents, its route as consultations -------


def _elsewhere(items: list[AgendaItem]) -> Elsewhere:
    """Where the open items' cases may have been taken up, as the public may see it."""
    return elsewhere_of([i for i in items if i.is_open], AgendaItem.objects.listed_to(PUBLIC))


def _paper_of(item: AgendaItem, elsewhere: Elsewhere) -> tuple[int, int]:
    """The paper an open item's case is, and the item's step in its route: the open item
    where an earlier step of the route took the case up (the earliest such step), else the
    item itself. (The same test as _continues(), which leaves such items out of the papers.)"""
    route = route_of(item)
    own = route.index(item.meeting.body_id)
    for body_id in route[:own]:
        others = [o for o in cases_at(item, body_id, elsewhere) if o.access == "open"]
        first = taken_up(item, others, before=True)
        if first is not None:
            # the step as the first item's paper counts them (its route may be written apart)
            steps, here = route_of(first), item.meeting.body_id
            return first.pk, (steps.index(here) if here in steps else own) + 1
    return item.pk, own + 1


class _RouteDaysBefore(Func):
    """The day ROUTE_DAYS before a date, in the database's own terms."""

    arity = 1
    output_field = DateField()

    def as_sqlite(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        template = f"date(%(expressions)s, '-{ROUTE_DAYS} days')"
        return self.as_sql(compiler, connection, template=template, **extra)

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        template = f"(%(expressions)s - {ROUTE_DAYS})"  # date − integer: a date
        return self.as_sql(compiler, connection, template=template, **extra)


def _continues() -> Exists:
    """Whether an open item continues a case that an earlier step of its route took up: an
    open item of the same case (meetings/cases.py) in a meeting of a body before its own in
    its route, at most ROUTE_DAYS before it (taken_up). Such an item is a consultation of that item's
    paper, not a paper of its own: a case that went from ØK to KB is one paper."""
    own_step = RoutingStep.objects.filter(
        item=OuterRef(OuterRef("pk")), body=OuterRef(OuterRef("meeting__body"))
    ).values("order")[:1]
    # The same case in SQL: the same case number, or the same heading where either has none
    # and it is not one every meeting has (both items are open here, so their case numbers
    # count)
    unnumbered = Q(case_number="") | Q(Exact(OuterRef("case_number"), Value("")))
    titled = Q(title=OuterRef("title")) & ~Q(title__iregex=STANDING_HEADING_PATTERN)
    same_case = (titled & unnumbered) | (
        ~Q(case_number="") & Q(case_number=OuterRef("case_number"))
    )
    return Exists(
        AgendaItem.objects.listed_to(PUBLIC).filter(
            same_case,
            access="open",
            meeting__date__lt=OuterRef("meeting__date"),
            meeting__date__gte=_RouteDaysBefore(OuterRef("meeting__date")),
            meeting__body__routingstep__item=OuterRef("pk"),
            meeting__body__routingstep__order__lt=Subquery(own_step),
        )
    )


def _consultations(
    request: HttpRequest, item: AgendaItem, elsewhere: Elsewhere
) -> list[dict[str, Any]]:
    steps = steps_taken(item, elsewhere)
    return [
        o.consultation(_url(request), item, n, body_id, taken, n == len(steps))
        for n, (body_id, taken) in enumerate(steps, 1)
    ]


def _papers_out(request: HttpRequest, items: Iterable[AgendaItem]) -> list[dict[str, Any]]:
    items = list(items)
    elsewhere = _elsewhere(items)
    out = []
    for item in items:
        files = _open_files(item)
        main = next((a for a in files if a.main_document), None)
        rest = [a for a in files if a is not main]
        out.append(
            o.paper(_url(request), item, _consultations(request, item, elsewhere), main, rest)
        )
    return out


def _papers(org: Organisation | None = None) -> QuerySet[AgendaItem]:
    items = AgendaItem.objects.listed_to(PUBLIC).filter(~_continues(), access="open")
    if org is not None:
        items = items.filter(meeting__body__organisation=org)
    return _with_contents(
        items.select_related("meeting__body").order_by("meeting__date", "meeting_id", "order")
    )


def _meetings_out(request: HttpRequest, meetings: Iterable[Meeting]) -> list[dict[str, Any]]:
    """Meetings with their agenda items embedded: the items of them all read at once."""
    meetings = list(meetings)
    items: dict[int, list[AgendaItem]] = {m.pk: [] for m in meetings}
    listed = AgendaItem.objects.listed_to(PUBLIC).filter(meeting__in=meetings)
    for item in _with_contents(listed).order_by("order", "id"):
        items[item.meeting_id].append(item)
    for meeting in meetings:
        for item in items[meeting.pk]:
            item.meeting = meeting
    embedded = iter(_items_out(request, (i for meeting in meetings for i in items[meeting.pk])))
    return [
        o.meeting(_url(request), meeting, [next(embedded) for _ in items[meeting.pk]])
        for meeting in meetings
    ]


# --- lists ----------------------------------------------------------------------------------


def _since(request: HttpRequest, qs: QuerySet, prefix: str = "") -> QuerySet:
    for param, lookup in FILTERS.items():
        raw = request.GET.get(param)
        if raw is None:
            continue
        try:
            moment = datetime.fromisoformat(raw.strip().replace(" ", "+"))
        except ValueError:
            raise BadRequest(f"{param}: not an ISO 8601 date and time: {raw[:40]!r}") from None
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        qs = qs.filter(**{prefix + lookup: moment})
    return qs


def _paged(
    request: HttpRequest, qs: QuerySet, render: Callable[[Iterable[Any]], list[dict[str, Any]]]
) -> dict[str, Any]:
    try:
        limit = min(max(int(request.GET.get("limit", PAGE)), 1), MAX_PAGE)
        number = int(request.GET.get("page", 1))
    except ValueError:
        raise BadRequest("page and limit are whole numbers") from None
    paginator = Paginator(qs, limit)
    if number < 1 or (number > paginator.num_pages):
        raise Http404
    page = paginator.page(number)
    kept = {k: v for k, v in request.GET.items() if k != "page"}

    def at(n: int) -> str:
        return request.build_absolute_uri(f"{request.path}?{urlencode({**kept, 'page': n})}")

    links = {"first": at(1), "last": at(paginator.num_pages), "self": at(number)}
    if page.has_previous():
        links["prev"] = at(number - 1)
    if page.has_next():
        links["next"] = at(number + 1)
    return {
        "data": render(page.object_list),
        "pagination": {
            "totalElements": paginator.count,
            "elementsPerPage": limit,
            "currentPage": number,
            "totalPages": paginator.num_pages,
        },
        "links": links,
    }


# --- the endpoints ---------------------------------------------------------------------------


@endpoint
def system(request: HttpRequest) -> dict[str, Any]:
    return o.system(_url(request), f"{settings.ORGANISATION_NAME} · dagsorden")


@endpoint
def bodies(request: HttpRequest) -> dict[str, Any]:
    url = _url(request)
    return _paged(
        request, Organisation.objects.order_by("id"), lambda orgs: [o.body(url, x) for x in orgs]
    )


@endpoint
def body(request: HttpRequest, pk: int) -> dict[str, Any]:
    return o.body(_url(request), _org(pk))


def _memberships(bodies: Iterable[Body]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {b.pk: [] for b in bodies}
    for pk, body_id in _roles().filter(body__in=list(out)).values_list("pk", "body_id"):
        out[body_id].append(pk)
    return out


def _organizations(request: HttpRequest, bodies: Iterable[Body]) -> list[dict[str, Any]]:
    bodies = list(bodies)
    held = _memberships(bodies)
    return [o.organization(_url(request), b, held[b.pk]) for b in bodies]


@endpoint
def body_organizations(request: HttpRequest, pk: int) -> dict[str, Any]:
    org = _org(pk)
    return _paged(
        request, org.bodies.order_by("name", "id"), lambda bs: _organizations(request, bs)
    )


@endpoint
def organization(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = Body.objects.filter(pk=pk).first()
    if found is None:
        raise Http404
    return _organizations(request, [found])[0]


def _render_meetings(request: HttpRequest) -> Callable[[Iterable[Meeting]], list[dict[str, Any]]]:
    return lambda meetings: _meetings_out(request, meetings)


@endpoint
def body_meetings(request: HttpRequest, pk: int) -> dict[str, Any]:
    return _paged(request, _since(request, _meetings(_org(pk))), _render_meetings(request))


@endpoint
def organization_meetings(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = Body.objects.filter(pk=pk).first()
    if found is None:
        raise Http404
    meetings = _since(request, _meetings(found.organisation).filter(body=found))
    return _paged(request, meetings, _render_meetings(request))


@endpoint
def meeting(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = Meeting.objects.visible_to(PUBLIC).select_related("body").filter(pk=pk).first()
    if found is None:
        raise Http404
    return _meetings_out(request, [found])[0]


@endpoint
def meeting_file(request: HttpRequest, pk: int, kind: str) -> dict[str, Any]:
    found = Meeting.objects.visible_to(PUBLIC).select_related("body").filter(pk=pk).first()
    if found is None or kind not in ("dagsorden", "referat"):
        raise Http404
    if kind == "referat" and found.state != "published":
        raise Http404
    return o.meeting_file(_url(request), found, kind)


@endpoint
def body_items(request: HttpRequest, pk: int) -> dict[str, Any]:
    items = _with_contents(_since(request, _items(_org(pk)), "meeting__"))
    return _paged(request, items, lambda page: _items_out(request, page))


@endpoint
def agenda_item(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = (
        _with_contents(AgendaItem.objects.listed_to(PUBLIC).select_related("meeting__body"))
        .filter(pk=pk)
        .first()
    )
    if found is None:
        raise Http404
    return _items_out(request, [found])[0]


@endpoint
def body_files(request: HttpRequest, pk: int) -> dict[str, Any]:
    org = _org(pk)
    files = _since(
        request, _files().filter(item__meeting__body__organisation=org), "item__meeting__"
    ).order_by("item__meeting__date", "item_id", "number")
    url = _url(request)
    return _paged(request, files, lambda page: [o.file(url, a) for a in page])


@endpoint
def file(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = _files().filter(pk=pk).select_related("file_text").first()
    if found is None:
        raise Http404
    out = o.file(_url(request), found)
    # The file's text on its own page only: a list of files with their texts would be pages
    # of text. (Only open files are found here at all.)
    text = getattr(found, "file_text", None)
    if text is not None and text.text:
        out["text"] = text.text
    return out


@endpoint
def body_people(request: HttpRequest, pk: int) -> dict[str, Any]:
    org = _org(pk)
    people = _people().prefetch_related(Prefetch("roles", _roles().order_by("start", "id")))
    url = _url(request)
    return _paged(
        request, people, lambda page: [o.person(url, p, org, list(p.roles.all())) for p in page]
    )


@endpoint
def person(request: HttpRequest, pk: int) -> dict[str, Any]:
    org = _home()
    found = _people().filter(pk=pk).first()
    if found is None:
        raise Http404
    return o.person(
        _url(request), found, org, list(_roles().filter(person=found).order_by("start", "id"))
    )


@endpoint
def body_memberships(request: HttpRequest, pk: int) -> dict[str, Any]:
    org = _org(pk)
    roles = _roles().filter(Q(body__organisation=org) | Q(body__isnull=True)).order_by("id")
    url = _url(request)
    return _paged(request, roles, lambda page: [o.membership(url, r) for r in page])


@endpoint
def membership(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = _roles().filter(pk=pk).first()
    if found is None:
        raise Http404
    return o.membership(_url(request), found)


@endpoint
def body_papers(request: HttpRequest, pk: int) -> dict[str, Any]:
    papers = _since(request, _papers(_org(pk)), "meeting__")
    return _paged(request, papers, lambda page: _papers_out(request, page))


@endpoint
def paper(request: HttpRequest, pk: int) -> dict[str, Any]:
    found = _papers().filter(pk=pk).first()
    if found is None:
        raise Http404
    return _papers_out(request, [found])[0]


@endpoint
def consultation(request: HttpRequest, pk: int, step: int) -> dict[str, Any]:
    found = _papers().filter(pk=pk).first()
    if found is None or not 1 <= step <= len(route_of(found)):
        raise Http404
    return _consultations(request, found, _elsewhere([found]))[step - 1]
