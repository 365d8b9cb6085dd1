"""Write one parsed document (core records) into the data model.

The caller runs this inside a transaction: a document is stored whole or not at all.
Everything a document creates carries its origin (the document's key), so a changed document
replaces exactly what it created before and leaves the rest of its meeting alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

from django.conf import settings
from django.db import connection
from django.db.models import Exists, Max, Min, OuterRef

from dagsorden.core import Item, Minutes, danish
from dagsorden.core.followups import committee_named
from dagsorden.core.language import gettext  # not as _: this module uses _ as a name
from dagsorden.core.paragraphs import unlaid
from dagsorden.core.text import fold, is_acting, role_title
from dagsorden.meetings import models as m
from dagsorden.meetings.models.organisation import danish_slug
from dagsorden.rows import insert_values
from dagsorden.search import indexer as search_index
from dagsorden.search.indexer import item_entries
from dagsorden.search.signals import suspended

from . import hand_edits
from .attachment_files import KeptFile, carry_over, files_of
from .kept_work import Work, carry_over_work, work_on
from .suggest import Suggested, suggested_goals

RowT = TypeVar("RowT")


class LockedMinutes(Exception):
    """A document would change minutes approved in dagsorden."""


def organisation() -> m.Organisation:
    org, _ = m.Organisation.objects.get_or_create(
        slug=danish_slug(settings.ORGANISATION_NAME) or "kommune",
        defaults={"name": settings.ORGANISATION_NAME},
    )
    return org


class Cache:
    """Bodies and people looked up once per import run, not once per mention."""

    def __init__(self) -> None:
        self.org = organisation()
        self.bodies: dict[str, m.Body] = {}
        self.people: dict[str, m.Person] = {}
        self.roles: dict[tuple[int, str], m.Role] = {}
        self.meetings: dict[tuple[int, date], m.Meeting] = {}
        self.orders: dict[int, int] = {}
        # Meetings that may hold items of two documents (an agenda and its minutes): found in
        # the database, or given documents of two origins in this run.
        self.found: set[int] = set()
        self.origins: dict[int, set[str]] = {}
        # Attachments whose search entries want their files' texts, once all is stored.
        self.retext: set[int] = set()
        self.goals: dict[int, int] = dict(m.SDGGoal.objects.values_list("number", "id"))
        # When a list: search entries wait here for flush_entries() instead of being written.
        self.pending_entries: list[tuple] | None = None
        self.widened: set[m.Role] = set()
        # For the importer to report: what drop_superseded() could not settle, corrections
        # by hand the new reading gives otherwise.
        self.warnings: list[str] = []

    def flush_entries(self) -> None:
        """Write what a batch of documents left for the end: search entries, role periods."""
        save_periods(self.widened)
        self.widened = set()
        if self.pending_entries:
            search_index.add(self.pending_entries)
        self.pending_entries = [] if self.pending_entries is not None else None

    def body(self, code: str | None = None, name: str | None = None) -> m.Body:
        """The body of a code, or of a name (its code made where no list knows it); made
        when new. A body first met by the code a text gave it ('forelægges BFU') takes its
        name when a document names it."""
        code = (
            code or (danish.body_code(name) if name else None) or danish.committee_code(name or "?")
        )
        if code not in self.bodies:
            written = name or danish.body_name(code) or code
            written = written[0].upper() + written[1:]
            kind = (
                m.Body.Kind.ADMINISTRATIVE
                if code in ("DIR", "HU")
                else m.Body.Kind.ADVISORY
                if danish.is_council(written)
                else m.Body.Kind.POLITICAL
            )
            body = (
                m.Body.objects.filter(organisation=self.org, code=code).first()
                # (made by another code before: the same name is the same body)
                or (
                    name
                    and m.Body.objects.filter(organisation=self.org, name__iexact=written).first()
                )
                or m.Body.objects.create(
                    organisation=self.org,
                    code=code,
                    name=written,
                    kind=kind,
                    slug=_unique_body_slug(self.org, written),
                )
            )
            if name and body.name == body.code != written:
                # met by its code alone before ('ÆR' in a routing): now named, and known for
                # what it is (a council advises)
                body.name = written
                fields = ["name"]
                if kind == m.Body.Kind.ADVISORY and body.kind != kind:
                    body.kind = kind
                    fields.append("kind")
                body.save(update_fields=fields)
            self.bodies[code] = body
        return self.bodies[code]

    def look_up_meetings(self, wanted: Iterable[tuple[m.Body, date]]) -> None:
        """The meetings of several documents: found with one query, the missing ones created
        with another."""
        # Asked key by key: 'set - dict.keys()' would walk every meeting cached so far.
        keys = {
            key for key in ((body.pk, when) for body, when in wanted) if key not in self.meetings
        }
        if not keys:
            return
        found = m.Meeting.objects.filter(
            kind=m.Meeting.Kind.ORDINARY,
            body_id__in={body for body, _ in keys},
            date__in={when for _, when in keys},
        ).order_by()  # (the model's ordering would join the bodies for nothing)
        for meeting in found:
            if (meeting.body_id, meeting.date) in keys:
                self.meetings[(meeting.body_id, meeting.date)] = meeting
                self.found.add(meeting.pk)
        # The others are new. Imported minutes were published by the municipality: they are
        # public minutes.
        new = m.Meeting.objects.bulk_create(
            m.Meeting(body_id=body, date=when, state=m.Meeting.State.PUBLISHED)
            for body, when in sorted(key for key in keys if key not in self.meetings)
        )
        for meeting in new:
            self.meetings[(meeting.body_id, meeting.date)] = meeting
            self.orders[meeting.pk] = 1  # a new meeting has no items yet

    def meeting(self, body: m.Body, when: date) -> m.Meeting:
        self.look_up_meetings([(body, when)])
        return self.meetings[(body.pk, when)]

    def next_order(self, meeting: m.Meeting) -> int:
        """The order the next item of the meeting gets (asked of the database once a meeting)."""
        if meeting.pk not in self.orders:
            self.orders[meeting.pk] = (meeting.items.aggregate(o=Max("order"))["o"] or 0) + 1
        return self.orders[meeting.pk]

    def person(self, name: str) -> m.Person:
        key = danish_slug(name)
        if key not in self.people:
            person, _ = m.Person.objects.get_or_create(slug=key, defaults={"name": name})
            self.people[key] = person
        return self.people[key]


def _unique_body_slug(org: m.Organisation, name: str) -> str:
    base = danish_slug(name) or "organ"
    slug, n = base, 2
    while m.Body.objects.filter(organisation=org, slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def suggested_tags(
    goals: dict[int, int], item_id: int, point_ids: list[int], numbers: list[list[int]]
) -> list[tuple[int, int, int | None]]:
    """The item's suggested verdensmål (importer.suggest) as SDGTag rows (goal, item, point)
    for the secretariat to confirm: numbers holds each point's goals, or the item's when it
    has no points."""
    if point_ids:
        return [
            (goals[n], item_id, point_id)
            for point_id, found in zip(point_ids, numbers, strict=True)
            for n in found
            if n in goals
        ]
    return [(goals[n], item_id, None) for n in numbers[0] if n in goals]


def _point(points: list[int], index: int | None) -> int | None:
    """The id of the stored point a parsed attachment, action or referral belongs to."""
    return None if index is None else points[index]


def save_periods(roles: set[m.Role]) -> None:
    """Write the widened periods, all and public: one UPDATE statement for them all, run
    for each role (cheaper than bulk_update's CASE, and than a queryset's update() a role)."""
    if not roles:
        return
    meta = m.Role._meta
    fields = [meta.get_field(name) for name in ("start", "end", "public_start", "public_end")]
    quote = connection.ops.quote_name
    sql = (
        f"UPDATE {quote(meta.db_table)} SET "  # noqa: S608
        + ", ".join(f"{quote(f.column)} = %s" for f in fields)
        + f" WHERE {quote(meta.pk.column)} = %s"
    )
    with connection.cursor() as cursor:
        cursor.executemany(
            sql,
            [
                (
                    *(f.get_db_prep_value(getattr(role, f.attname), connection) for f in fields),
                    role.pk,
                )
                for role in roles
            ],
        )


def _note_role(
    cache: Cache,
    name: str,
    title: str | None,
    when: date,
    body: m.Body,
    widened: set[m.Role],
    public: bool,
) -> m.Person:
    """The person, with the title they held noted and its period widened to this meeting;
    public once seen where anyone may read it."""
    person = cache.person(name)
    if title:
        title = role_title(title)
        key = (person.pk, title)
        role = cache.roles.get(key)
        if role is None:
            role, created = m.Role.objects.get_or_create(
                person=person,
                title=title,
                defaults={
                    "acting": is_acting(title),
                    "body": body,
                    "start": when,
                    "end": when,
                    "public_start": when if public else None,
                    "public_end": when if public else None,
                },
            )
            cache.roles[key] = role
        if _widen(role, "start", "end", when):
            widened.add(role)
        if public and _widen(role, "public_start", "public_end", when):
            widened.add(role)
    return person


def _widen(role: m.Role, start: str, end: str, when: date) -> bool:
    """Widen the period named by its two fields to take in when; did it change?"""
    first, last = getattr(role, start), getattr(role, end)
    if first is not None and last is not None and first <= when <= last:
        return False
    setattr(role, start, min(filter(None, [first, when])))
    setattr(role, end, max(filter(None, [last, when])))
    return True


def store_minutes(
    minutes: Minutes, origin: str, cache: Cache | None = None, replace: bool = True
) -> m.Meeting:
    """Store minutes as (part of) a meeting and index them; replaces what the same origin
    stored before (replace=False: the caller knows it stored nothing yet). The search index is
    written here, so the model signals that would re-index are held off meanwhile."""
    cache = cache or Cache()
    with suspended():
        placed = place_minutes(minutes, origin, cache, replace)
        store_items([placed], cache)
        drop_superseded([placed.meeting], cache)
    return placed.meeting


@dataclass
class Placed:
    """Minutes with the meeting and the first item number they go to. Their items wait for
    store_items(), which writes those of several documents in one statement a table: Django's
    cost of an INSERT is mostly per statement, and an item needs seven."""

    minutes: Minutes
    origin: str
    meeting: m.Meeting
    first_order: int
    suggested: Suggested | None = None  # worked out already (in the parsing process)
    kept: list[KeptFile] = field(default_factory=list)  # its attachments' files before
    work: Work = field(default_factory=Work)  # the secretariat's on what it stored before
    marks: dict[int, hand_edits.Marks] = field(default_factory=dict)  # its corrections again


def place_minutes(
    minutes: Minutes,
    origin: str,
    cache: Cache,
    replace: bool,
    suggested: Suggested | None = None,
) -> Placed:
    """Everything of a document but its items: the meeting, attendance and people's roles,
    and (replace) what the same origin stored before removed."""
    body = cache.body(minutes.body_code, minutes.body)
    meeting = cache.meeting(body, minutes.date)
    if meeting.locked:
        raise LockedMinutes(
            gettext(
                "referatet af %(meeting)s er godkendt i dagsorden og låst; ret det ved "
                "tilføjelse på mødets side i stedet"
            )
            % {"meeting": meeting}
        )
    first_order = None
    kept: list[KeptFile] = []
    work = Work()
    marks: dict[int, hand_edits.Marks] = {}
    if replace:
        old_items = m.AgendaItem.objects.filter(origin=origin)
        first_order = old_items.aggregate(o=Min("order"))["o"]
        kept = files_of(old_items)  # the same attachments keep their files
        work = work_on(old_items)  # and the same follow-ups and goals what was done
        if (left := hand_edits.without_deleted(minutes, origin)) is not minutes:
            minutes, suggested = left, None  # (suggested of the items left out too)
        if (ordered := hand_edits.in_hand_order(minutes, origin)) is not minutes:
            minutes, suggested = ordered, None  # (suggested item by item, in order)
        if corrected := hand_edits.collect(old_items):
            minutes, marks, said = hand_edits.with_edits(minutes, corrected)
            suggested = None  # of other points, maybe
            cache.warnings += hand_edits.said_of(said, meeting)
        old_items.delete()
        m.Attendance.objects.filter(origin=origin).delete()
    if first_order is None:
        first_order = cache.next_order(meeting)
    cache.origins.setdefault(meeting.pk, set()).add(origin)
    cache.orders[meeting.pk] = max(
        cache.orders.get(meeting.pk, 0), first_order + len(minutes.items)
    )

    widened: set[m.Role] = set()
    attendance: dict[int, m.Attendance] = {}  # one a person: the last line naming them counts
    for absence in minutes.absent_in_public():
        person = _note_role(
            cache, absence.name, absence.title, minutes.date, body, widened, public=True
        )
        attendance[person.pk] = m.Attendance(
            meeting=meeting,
            person=person,
            status=absence.kind,
            title=absence.title or "",
            remark=absence.note or "",
            origin=origin,
        )
    m.Attendance.objects.bulk_create(  # inserted, or updated where the person has a row
        attendance.values(),
        update_conflicts=True,
        unique_fields=["meeting", "person"],
        update_fields=["status", "title", "remark", "origin"],
    )
    in_public = minutes.named_in_public()
    for named in minutes.people:
        public = named.name in in_public
        _note_role(cache, named.name, named.title, minutes.date, body, widened, public)
    if cache.pending_entries is None:
        save_periods(widened)
    else:
        cache.widened |= widened  # saved with the batch
    return Placed(minutes, origin, meeting, first_order, suggested, kept, work, marks)


_ITEM_TITLE = m.AgendaItem._meta.get_field("title").max_length
_POINT_TITLE = m.Point._meta.get_field("title").max_length
_POINT_NAMED = m.Point._meta.get_field("presenter").max_length  # and the guest's
_ATTACHMENT_TITLE = m.Attachment._meta.get_field("title").max_length


def _as_stored(item: Item) -> Item:
    """The item with its titles cut to what the database keeps, so that its rows and its
    search entries say the same (a title that long is a layout the parser misread)."""
    if (
        len(item.title) <= _ITEM_TITLE
        and all(
            len(p.title) <= _POINT_TITLE
            and len(p.presenter or "") <= _POINT_NAMED
            and len(p.guest or "") <= _POINT_NAMED
            for p in item.points
        )
        and all(len(a.title) <= _ATTACHMENT_TITLE for a in item.attachments)
    ):
        return item
    return replace(
        item,
        title=item.title[:_ITEM_TITLE],
        points=tuple(
            replace(
                p,
                title=p.title[:_POINT_TITLE],
                presenter=p.presenter and p.presenter[:_POINT_NAMED],
                guest=p.guest and p.guest[:_POINT_NAMED],
            )
            for p in item.points
        ),
        attachments=tuple(replace(a, title=a.title[:_ATTACHMENT_TITLE]) for a in item.attachments),
    )


def _next_meeting_body(cache: Cache, code: str | None, meeting: m.Meeting) -> int | None:
    """The body at whose next meeting a follow-up is due: the one its text names, else the
    meeting's own ('' from the parser: the document did not say whose meeting it is)."""
    if code is None:
        return None
    return cache.body(code).pk if code else meeting.body_id


def store_items(placed: list[Placed], cache: Cache) -> None:
    """The items of these documents, with their points, decisions, attachments, follow-ups,
    suggested verdensmål and search entries: one bulk INSERT a table for them all, of rows
    made as tuples (model instances would cost as much again: rows.py)."""
    slots = [(p, k, _as_stored(rec)) for p in placed for k, rec in enumerate(p.minutes.items)]
    recs = [rec for _, _, rec in slots]
    items = insert_values(
        m.AgendaItem,
        ("meeting_id", "order", "number", "title", "access", "presentation", "recommendation")
        + ("decision_lead", "case_number", "access_stated", "origin"),
        [
            (
                p.meeting.pk,
                p.first_order + k,
                rec.number,
                rec.title,
                rec.access,
                rec.presentation,
                rec.recommendation,
                rec.decision_lead,
                rec.case_number or "",
                rec.access_stated,
                p.origin,
            )
            for p, k, rec in slots
        ],
    )
    insert_values(
        m.RoutingStep,
        ("item_id", "body_id", "order"),
        [
            (item, cache.body(code).pk, i)
            for item, rec in zip(items, recs, strict=True)
            for i, code in enumerate(rec.routing)
        ],
    )
    points = _per_item(
        [len(rec.points) for rec in recs],
        insert_values(
            m.Point,
            ("item_id", "order", "number", "title", "presentation", "decision")
            + ("kind", "presenter", "duration", "guest", "guest_time"),
            [
                (item, i, p.number, p.title, p.presentation, p.decision)
                + (p.kind, p.presenter or "", p.duration, p.guest or "", p.guest_time)
                for item, rec in zip(items, recs, strict=True)
                for i, p in enumerate(rec.points)
            ],
        ),
    )
    bodies = [[cache.body(name=d.body) for d in rec.decisions] for rec in recs]
    insert_values(
        m.Decision,
        ("item_id", "body_id", "date", "text"),
        [
            (item, body.pk, d.date, d.text)
            for item, rec, decided_by in zip(items, recs, bodies, strict=True)
            for d, body in zip(rec.decisions, decided_by, strict=True)
        ],
    )
    attachments = _per_item(
        [len(rec.attachments) for rec in recs],
        insert_values(
            m.Attachment,
            ("item_id", "point_id", "number", "document_id", "title", "journal_number")
            + ("access", "main_document"),
            [
                (
                    item,
                    _point(pts, a.point_index),
                    a.number,
                    a.document_id or "",
                    a.title,
                    a.journal_number or "",
                    a.access,
                    a.main_document,
                )
                for item, rec, pts in zip(items, recs, points, strict=True)
                for a in rec.attachments
            ],
        ),
    )
    for p in placed:
        if p.kept:
            stored = (
                (pk, a.number, a.document_id or "", a.title)
                for (q, _k, rec), atts in zip(slots, attachments, strict=True)
                if q is p
                for pk, a in zip(atts, rec.attachments, strict=True)
            )
            cache.retext.update(carry_over(p.kept, stored))
    actions = [a for rec in recs for a in rec.actions]
    action_ids = insert_values(
        m.Action,
        ("item_id", "point_id", "responsible_role", "verb", "text", "due_date")
        + ("due_next_body_id",),
        [
            (item, _point(pts, a.point_index), (a.responsible or "")[:500], a.verb, a.text, a.due)
            + (_next_meeting_body(cache, a.due_next, p.meeting),)
            for item, (p, _k, rec), pts in zip(items, slots, points, strict=True)
            for a in rec.actions
        ],
    )
    insert_values(
        m.Action.responsible_people.through,
        ("action_id", "person_id"),
        [
            (action_id, person_id)
            for action_id, a in zip(action_ids, actions, strict=True)
            for person_id in dict.fromkeys(cache.person(name).pk for name in a.people)
        ],
    )
    insert_values(
        m.Referral,
        ("item_id", "point_id", "body_id", "date", "precision", "until", "kind", "text"),
        [
            (
                item,
                _point(pts, r.point_index),
                cache.body(r.body, danish.body_name(r.body) or committee_named(r.text, r.body)).pk,
                r.date,
                r.precision,
                r.until,
                r.kind,
                r.text,
            )
            for item, rec, pts in zip(items, recs, points, strict=True)
            for r in rec.referrals
        ],
    )
    # Who took no part in an item: those its decision names, and those listed under it that
    # are not the meeting's absences anyone may see (a closed item's list is its content).
    public_absent = {id(p): set(p.minutes.absent_in_public()) for p in placed}
    insert_values(
        m.ItemAbsence,
        ("item_id", "person_id", "kind", "title", "remark"),
        [
            (item, cache.person(a.name).pk, a.kind, (a.title or "")[:300], (a.note or "")[:300])
            for (p, _k, rec), item in zip(slots, items, strict=True)
            for a in rec.absent
            if a not in public_absent[id(p)]
        ],
    )
    entries: list[tuple] = []
    tags: list[tuple[int, int, int | None]] = []
    suggested = {
        id(p): p.suggested if p.suggested is not None else suggested_goals(p.minutes)
        for p in placed
    }
    for (p, k, rec), item, pts, decided_by, atts in zip(
        slots, items, points, bodies, attachments, strict=True
    ):
        entries += item_entries(
            p.meeting,
            item,
            rec,
            list(zip(pts, rec.points, strict=True)),
            [(b.name, d.date, d.text) for b, d in zip(decided_by, rec.decisions, strict=True)],
            list(zip(atts, rec.attachments, strict=True)),
        )
        tags += suggested_tags(cache.goals, item, pts, suggested[id(p)][k])
    insert_values(m.SDGTag, ("goal_id", "item_id", "point_id"), tags)
    for p in placed:
        if p.work or p.marks:
            ids = [item for (q, _k, _r), item in zip(slots, items, strict=True) if q is p]
            carry_over_work(p.work, ids)
            hand_edits.mark(p.marks, ids)
    if cache.pending_entries is None:
        search_index.add(entries)
    else:
        cache.pending_entries.extend(entries)  # the caller indexes a batch at once


def drop_superseded(meetings: Iterable[m.Meeting], cache: Cache) -> int:
    """Items a meeting holds twice, from two imported documents, once: where its agenda and
    its minutes were both imported, the agenda's items that the minutes hold again (the same
    title, and number where both have one) are dropped, the minutes superseding them (a
    document is minutes when one of its items has a decision with text); and of items the
    same in all (the minutes saved as PDF and as Word), the first imported is kept. Items of
    one title that differ (a corrected version) are all kept, and said in cache.warnings:
    which one stands is not for the importer to guess. Returns how many items were dropped."""
    ids = {
        meeting.pk
        for meeting in meetings
        if meeting.pk in cache.found or len(cache.origins.get(meeting.pk, ())) > 1
    }
    if not ids:
        return 0  # (a meeting imported from one document: most of them)
    decided = m.Decision.objects.filter(item=OuterRef("pk")).exclude(text="")
    rows = list(
        m.AgendaItem.objects.filter(meeting_id__in=ids)
        .exclude(origin="")  # items written in dagsorden stay
        .annotate(decided=Exists(decided))
        .order_by("pk")
        .values_list("pk", "meeting_id", "number", "title", "origin", "decided", "presentation")
    )
    minutes = {row[4] for row in rows if row[5]}
    same: dict[tuple[int, str], list[tuple[int, int | None, str, str]]] = {}
    for pk, meeting_id, number, title, origin, _, presentation in rows:
        key = (meeting_id, fold(title).casefold())
        same.setdefault(key, []).append((pk, number, origin, presentation))
    drop: set[int] = set()
    twins: list[list[tuple[int, int | None, str, str]]] = []
    for items in same.values():
        if len({origin for _, _, origin, _ in items}) < 2:
            continue
        for pk, number, origin, _ in items:
            if origin not in minutes and any(
                other in minutes and (n is None or number is None or n == number)
                for _, n, other, _ in items
            ):
                drop.add(pk)
        left = [item for item in items if item[0] not in drop]
        if len({origin for _, _, origin, _ in left}) > 1:
            twins.append(left)
    if twins:
        said: dict[int, list[str]] = {}
        for item_id, text in (
            m.Decision.objects.filter(item_id__in=[item[0] for left in twins for item in left])
            .order_by("pk")
            .values_list("item_id", "text")
        ):
            said.setdefault(item_id, []).append(unlaid(text))
        versions: list[tuple[int, str, list[str]]] = []
        row_of = {row[0]: row for row in rows}  # (twins are rare: only then)
        for left in twins:
            first: dict[tuple, str] = {}  # what an item says → the document that said it first
            for pk, number, origin, presentation in left:
                says = (number, unlaid(presentation), tuple(said.get(pk, ())))
                if first.setdefault(says, origin) != origin:
                    drop.add(pk)
            if len(set(first.values())) > 1:
                _, meeting_id, _, title, *_ = row_of[left[0][0]]
                versions.append((meeting_id, title, [*first.values()]))
        cache.warnings += _versions_said(versions)
    if drop:
        dropped = m.AgendaItem.objects.filter(pk__in=drop)
        if kept := files_of(dropped):  # a file given to the agenda's bilag stays theirs
            survivors = {
                pk
                for items in same.values()
                if any(item[0] in drop for item in items)
                for pk, *_ in items
                if pk not in drop
            }
            unfiled = m.Attachment.objects.filter(item_id__in=survivors, file="")
            dropped.delete()
            stored = unfiled.values_list("pk", "number", "document_id", "title")
            cache.retext.update(carry_over(kept, stored))
        else:
            dropped.delete()
        if cache.pending_entries:  # search entries of a batch, not written yet
            cache.pending_entries[:] = [
                e for e in cache.pending_entries if e[_ENTRY_ITEM] not in drop
            ]
    return len(drop)


def _versions_said(versions: list[tuple[int, str, list[str]]]) -> list[str]:
    if not versions:
        return []
    meetings = m.Meeting.objects.select_related("body").in_bulk({v[0] for v in versions})
    return [
        gettext(
            "mødet %(meeting)s har nu %(count)d udgaver af punktet »%(title)s« med "
            "forskelligt indhold, fra %(documents)s; slet den forkerte på mødets side i "
            "sekretariatet"
        )
        % {
            "meeting": meetings[meeting_id],
            "count": len(origins),
            "title": title,
            "documents": " og ".join(origins),
        }
        for meeting_id, title, origins in versions
    ]


_ENTRY_ITEM = search_index.ENTRY_COLUMNS.index("item_id")


def _per_item(counts: list[int], rows: list[RowT]) -> list[list[RowT]]:
    """Rows made for all items in one list, cut back into one list an item."""
    out, at = [], 0
    for n in counts:
        out.append(rows[at : at + n])
        at += n
    return out
