"""The secretariat's corrections of imported minutes, kept when the document is imported again.

A corrected file, or `import --reread` after an upgrade, replaces what the document stored
(docs/import.md); what the secretariat corrected on the item's screen since
(meetings/hand_edits.py) is not the document's to undo. Each correction is made again on the
new reading before it is stored, where the new reading holds the same item (by its title as
the document gave it) and point:

- a field the new reading gives as the document gave it before takes the correction again;
- a field the new reading gives as corrected needs the correction no more;
- a field the new reading gives otherwise still, keeps the correction (a person read it; the
  parser or the corrected file may not have meant the same), and what the document now
  says is kept beside it for the item's screen, and said in the import's summary;
- a point deleted by hand is left out again, a point added by hand comes in after the same
  document point as before; an item deleted by hand is left out again (noted on its
  document, ImportedDocument.deleted_items); an attachment opened or closed by hand (by its
  number and title) is so again, and a bilag uploaded by hand comes back (its file with it);
  points put in another order by hand keep it (by their titles);
- a correction of an item or point the new reading no longer holds goes with it, said.

Only `collect` reads the database; `with_edits` works on the parser's records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from django.db.models import Q, QuerySet
from django.utils.translation import gettext, gettext_noop

from dagsorden.core import Doubt, Minutes
from dagsorden.core.language import speaking
from dagsorden.core.records import Attachment, Decision, Item, Point
from dagsorden.importer.models import ImportedDocument
from dagsorden.meetings import models as m
from dagsorden.meetings.hand_edits import (
    ATTACHMENT_ACCESS,
    DELETED_POINTS,
    NOT_FIELDS,
    POINT_ORDER,
    Value,
    attachment_key,
    item_values,
    plain,
    point_values,
)


@dataclass(frozen=True)
class Corrected:
    field: str
    document: Value  # the document's value the correction was made on
    hand: Value


@dataclass(frozen=True)
class PointEdits:
    title: str  # as the document gave it
    fields: tuple[Corrected, ...]


@dataclass(frozen=True)
class AddedPoint:
    after: str | None  # the document's title of the document point before it; None: first
    values: dict[str, Value]


@dataclass(frozen=True)
class AddedAttachment:
    """A bilag uploaded by hand: its fields, and the title of its point (None: the item's
    own). Its file comes back as the import keeps every file (attachment_files.py):
    to the attachment of the same number and title."""

    number: int
    title: str
    access: str
    document_id: str
    journal_number: str
    main_document: bool
    point: str | None


@dataclass(frozen=True)
class ItemEdits:
    title: str  # as the document gave it
    fields: tuple[Corrected, ...] = ()
    points: tuple[PointEdits, ...] = ()
    added: tuple[AddedPoint, ...] = ()
    deleted: tuple[str, ...] = ()
    attachment_access: tuple[tuple[str, str], ...] = ()  # (attachment_key, access set)
    added_attachments: tuple[AddedAttachment, ...] = ()
    point_order: tuple[str, ...] = ()  # the points' titles as put in order by hand


@dataclass
class Marks:
    """What the stored item and its points are to hold in hand_edits and added_by_hand."""

    item: dict[str, Value | dict[str, str]] = field(default_factory=dict)
    points: dict[int, dict[str, Value]] = field(default_factory=dict)  # by the point's index
    added: set[int] = field(default_factory=set)
    added_attachments: set[int] = field(default_factory=set)  # by the attachment's index


@dataclass(frozen=True)
class Said:
    """A correction the new reading gives otherwise (kept), or holds no place for (gone)."""

    item: str
    point: str | None
    field: str | None  # None: the item or point is gone, with all its corrections
    kept: bool


def note_item_deleted(item: m.AgendaItem) -> None:
    """Before an imported item is deleted by hand: its document imported again leaves it out
    (the item by its title as the document gave it)."""
    if item.origin:
        note_title_deleted(item.origin, item.hand_edits.get("title", item.title))


def note_title_deleted(origin: str, title: str) -> None:
    """The item of that title (as the document gave it) is left out of the document from
    origin when it is imported again."""
    document = ImportedDocument.objects.filter(source=origin).first()
    if document is not None and title not in document.deleted_items:
        document.deleted_items.append(title)
        if document.doubts_data:  # what the parser doubted of it is no one's to check now
            kept = doubts_kept([Doubt.from_data(d) for d in document.doubts_data], [title])
            document.doubts_data = [d.as_data() for d in kept]
            document.doubts = in_danish(kept)
        document.save(update_fields=["deleted_items", "doubts", "doubts_data"])


def note_items_moved(meeting: m.Meeting, origins: set[str]) -> None:
    """After some of a meeting's items were put in another order by hand: the order of the
    items of each document they came from (origins), so that it stays when the document is
    imported again (its items are stored together: an order between two documents' items is
    not kept)."""
    titles: dict[str, list[str]] = {}
    for item in meeting.items.filter(origin__in=origins).order_by("order"):
        titles.setdefault(item.origin, []).append(item.hand_edits.get("title", item.title))
    for origin, order in titles.items():
        ImportedDocument.objects.filter(source=origin).update(item_order=order)


def in_hand_order(minutes: Minutes, origin: str) -> Minutes:
    """The minutes of the document stored from origin before with their items in the order
    the secretariat put them in; an item it has not seen goes after the one it follows in
    the document (the same minutes where nothing was moved)."""
    found = ImportedDocument.objects.filter(source=origin).values_list("item_order", flat=True)
    rank = {title: k for k, title in enumerate(next(iter(found), []))}
    items = minutes.items
    if not rank or len(items) < 2:
        return minutes
    order = sorted(
        (i for i, it in enumerate(items) if it.title in rank), key=lambda i: rank[items[i].title]
    )
    for i, item in enumerate(items):
        if item.title not in rank:  # (the one before it is placed already)
            order.insert(order.index(i - 1) + 1 if i else 0, i)
    if order == list(range(len(items))):
        return minutes
    return replace(minutes, items=tuple(items[i] for i in order))


def doubts_kept(doubts: Sequence[Doubt], deleted: Sequence[str]) -> list[Doubt]:
    """The doubts but those of the items deleted by hand (by their titles as the document
    gave them)."""
    return [d for d in doubts if dict(d.values).get("item") not in deleted]


def in_danish(doubts: Iterable[Doubt]) -> str:
    """The doubts as the admin shows and searches them: a line each, in Danish."""
    with speaking("da"):
        return "\n".join(map(str, doubts))


def without_deleted(minutes: Minutes, origin: str) -> Minutes:
    """The minutes of the document stored from origin before, without the items deleted by
    hand since (the same minutes where none was)."""
    found = ImportedDocument.objects.filter(source=origin).values_list("deleted_items", flat=True)
    deleted = next(iter(found), [])
    kept = tuple(item for item in minutes.items if item.title not in deleted)
    return replace(minutes, items=kept) if len(kept) < len(minutes.items) else minutes


def _corrected(edits: dict, now: dict[str, Value]) -> tuple[Corrected, ...]:
    return tuple(Corrected(f, was, now[f]) for f, was in edits.items() if f in now)


def collect(items: QuerySet[m.AgendaItem]) -> list[ItemEdits]:
    """The corrections made by hand on these (imported) items: read before they are replaced."""
    points = (
        m.Point.objects.filter(item__in=items)
        .filter(Q(added_by_hand=True) | ~Q(hand_edits={}))
        .values_list("item_id", flat=True)
    )
    uploaded = m.Attachment.objects.filter(item__in=items, added_by_hand=True)
    edited = items.filter(
        Q(pk__in=points) | Q(pk__in=uploaded.values_list("item_id")) | ~Q(hand_edits={})
    ).select_related("meeting")
    out = []
    for item in edited.prefetch_related("points", "attachments__point"):
        own = {f: v for f, v in item.hand_edits.items() if f not in NOT_FIELDS}
        point_edits, added = [], []
        before: str | None = None
        for point in item.points.all():
            if point.added_by_hand:
                added.append(AddedPoint(before, point_values(point)))
                continue
            title = point.hand_edits.get("title", point.title)
            if point.hand_edits:
                point_edits.append(
                    PointEdits(title, _corrected(point.hand_edits, point_values(point)))
                )
            before = title
        out.append(
            ItemEdits(
                own.get("title", item.title),
                _corrected(own, item_values(item)) if own else (),
                tuple(point_edits),
                tuple(added),
                tuple(item.hand_edits.get(DELETED_POINTS, ())),
                tuple(item.hand_edits.get(ATTACHMENT_ACCESS, {}).items()),
                tuple(_uploaded(a) for a in item.attachments.all() if a.added_by_hand),
                tuple(item.hand_edits.get(POINT_ORDER, ())),
            )
        )
    return out


def _uploaded(a: m.Attachment) -> AddedAttachment:
    point = a.point.title if a.point else None
    return AddedAttachment(
        a.number, a.title, a.access, a.document_id, a.journal_number, a.main_document, point
    )


def _same(a: Value, b: Value) -> bool:
    """Alike but for white space: a new reading may lay a text out otherwise."""
    if isinstance(a, str) and isinstance(b, str):
        return a.split() == b.split()
    return a == b


def _item_value(item: Item, name: str) -> Value:
    if name == "decision":
        return item.decision
    if name == "routing":
        return list(item.routing)
    if name == "case_number":
        return item.case_number or ""
    return getattr(item, name)  # type: ignore[no-any-return]


def _point_value(point: Point, name: str) -> Value:
    value = getattr(point, name)
    return "" if value is None and name in ("presenter", "guest") else plain(value)


def _decided(item: Item, text: str, body: str, date: dt.date) -> tuple[Decision, ...]:
    own = item.own_decision
    if own is None:
        return (*item.decisions, Decision(body, date, text)) if text else item.decisions
    if not text:
        return tuple(d for d in item.decisions if d is not own)
    return tuple(replace(d, text=text) if d is own else d for d in item.decisions)


def _with_item_value(item: Item, name: str, value: Value, minutes: Minutes) -> Item:
    if name == "decision":
        return replace(item, decisions=_decided(item, str(value or ""), minutes.body, minutes.date))
    if name == "routing":
        return replace(item, routing=tuple(value or ()))  # type: ignore[arg-type]
    if name == "case_number":
        return replace(item, case_number=str(value) or None)
    if name == "access":
        return replace(item, access=value, access_stated=True)  # type: ignore[arg-type]
    return replace(item, **{name: value})


def _with_point_value(point: Point, name: str, value: Value) -> Point:
    if name in ("presenter", "guest"):
        value = value or None
    elif name == "guest_time" and isinstance(value, str):
        return replace(point, guest_time=dt.time.fromisoformat(value))
    return replace(point, **{name: value})


def _redo(
    fields: tuple[Corrected, ...], now: dict[str, Value]
) -> tuple[dict[str, Value], dict[str, Value], list[str]]:
    """Of corrections and the new reading's values of their fields: the values to set, the
    document's values to note beside them, and the fields the new reading gives otherwise."""
    setting, noting, otherwise = {}, {}, []
    for c in fields:
        new = now[c.field]
        if _same(new, c.hand):
            continue  # the document says it now
        setting[c.field] = c.hand
        noting[c.field] = new
        if not _same(new, c.document):
            otherwise.append(c.field)
    return setting, noting, otherwise


def with_edits(
    minutes: Minutes, edits: list[ItemEdits]
) -> tuple[Minutes, dict[int, Marks], list[Said]]:
    """The minutes with the corrections made again, the marks for the stored rows (by the
    item's index), and what is said of corrections read otherwise or gone."""
    left = list(edits)
    items = list(minutes.items)
    marks: dict[int, Marks] = {}
    said: list[Said] = []
    for k, item in enumerate(items):
        e = next((e for e in left if e.title == item.title), None)
        if e is None:
            continue
        left.remove(e)
        mark = marks[k] = Marks()
        now = {c.field: _item_value(item, c.field) for c in e.fields}
        setting, mark.item, otherwise = _redo(e.fields, now)
        said += [Said(e.title, None, f, kept=True) for f in otherwise]
        item, deleted = _points_again(item, e, mark, said)
        if deleted:
            mark.item[DELETED_POINTS] = deleted
        if e.attachment_access:
            item, access = _access_again(item, dict(e.attachment_access))
            if access:
                mark.item[ATTACHMENT_ACCESS] = access
        if e.added_attachments:
            item = _attachments_again(item, e.added_attachments, mark)
        if e.point_order:
            item = _in_order(item, list(e.point_order), mark)
            mark.item[POINT_ORDER] = list(e.point_order)
        for name, value in setting.items():
            item = _with_item_value(item, name, value, minutes)
        items[k] = item
    said += [Said(e.title, None, None, kept=False) for e in left]
    return replace(minutes, items=tuple(items)), marks, said


def _points_again(
    item: Item, e: ItemEdits, mark: Marks, said: list[Said]
) -> tuple[Item, list[str]]:
    """The item's points with the corrections of e made again: points deleted left out,
    points added put back, fields corrected. Attachments, follow-ups and referrals follow
    their points to their new places."""
    deleted = [p.title for p in item.points if p.title in e.deleted]
    # Each place: the index of the new reading's point there, or an added point.
    places: list[int | AddedPoint] = [
        i for i, p in enumerate(item.points) if p.title not in e.deleted
    ]
    for added in e.added:
        at = 0
        if added.after is not None:
            found = [
                n
                for n, x in enumerate(places)
                if isinstance(x, int) and item.points[x].title == added.after
            ]
            at = found[0] + 1 if found else len(places)
        while at < len(places) and isinstance(places[at], AddedPoint):
            at += 1  # after those added after the same point before it
        places.insert(at, added)
    points: list[Point] = []
    taken: set[int] = set()
    for n, x in enumerate(places):
        if isinstance(x, AddedPoint):
            mark.added.add(n)
            points.append(_added_point(x.values))
            continue
        point = item.points[x]
        pe = next((pe for pe in e.points if pe.title == point.title and id(pe) not in taken), None)
        if pe is not None:
            taken.add(id(pe))
            now = {c.field: _point_value(point, c.field) for c in pe.fields}
            setting, noting, otherwise = _redo(pe.fields, now)
            if noting:
                mark.points[n] = noting
            said += [Said(e.title, pe.title, f, kept=True) for f in otherwise]
            for name, value in setting.items():
                point = _with_point_value(point, name, value)
        points.append(point)
    said += [Said(e.title, pe.title, None, kept=False) for pe in e.points if id(pe) not in taken]
    if len(places) == len(item.points) and all(x == n for n, x in enumerate(places)):
        return replace(item, points=tuple(points)), deleted
    moved = {x: n for n, x in enumerate(places) if isinstance(x, int)}
    return _with_points(item, points, moved), deleted


def _access_again(item: Item, access: dict[str, str]) -> tuple[Item, dict[str, str]]:
    """The item with its attachments opened or closed as by hand before (those it still
    lists, by number and title), and those settings."""
    found = {}
    attachments = []
    for a in item.attachments:
        key = attachment_key(a.number, a.title)
        if key in access:
            found[key] = access[key]
            a = replace(a, access=access[key])  # type: ignore[arg-type]
        attachments.append(a)
    return replace(item, attachments=tuple(attachments)), found


def _attachments_again(item: Item, added: tuple[AddedAttachment, ...], mark: Marks) -> Item:
    """The item with the bilag uploaded by hand after the document's, each on its point (by
    its title as it was shown: the points' corrections are made again by now)."""
    titles = [p.title for p in item.points]
    new = []
    for a in added:
        at = titles.index(a.point) if a.point in titles else None
        mark.added_attachments.add(len(item.attachments) + len(new))
        new.append(
            Attachment(
                number=a.number,
                access=a.access,  # type: ignore[arg-type]
                title=a.title,
                document_id=a.document_id or None,
                journal_number=a.journal_number or None,
                main_document=a.main_document,
                point_index=at,
            )
        )
    return replace(item, attachments=(*item.attachments, *new))


def _in_order(item: Item, order: list[str], mark: Marks) -> Item:
    """The item's points in the order put by hand (by their titles as shown); a point not in
    it stays after the point it follows in the new reading. What belongs to a point follows
    it, the marks too."""
    at = -0.5  # a point before any ordered one comes first
    keys = []
    for k, p in enumerate(item.points):
        if p.title in order:
            at = order.index(p.title)
            keys.append((at, 0, k))
        else:
            keys.append((at, 1, k))  # after the one before it
    moves = [k for *_, k in sorted(keys)]
    if moves == list(range(len(moves))):
        return item
    moved = {old: new for new, old in enumerate(moves)}
    mark.points = {moved[k]: v for k, v in mark.points.items()}
    mark.added = {moved[k] for k in mark.added}
    return _with_points(item, [item.points[k] for k in moves], moved)


def _with_points(item: Item, points: list[Point], moved: dict[int, int]) -> Item:
    """The item with these points, what belonged to the point at an old index following it
    to its new one (moved; not in it: gone, to the item)."""

    def at(index: int | None) -> int | None:
        return None if index is None else moved.get(index)

    return replace(
        item,
        points=tuple(points),
        attachments=tuple(replace(a, point_index=at(a.point_index)) for a in item.attachments),
        actions=tuple(replace(a, point_index=at(a.point_index)) for a in item.actions),
        referrals=tuple(replace(r, point_index=at(r.point_index)) for r in item.referrals),
    )


def _added_point(values: dict[str, Value]) -> Point:
    point = Point(title=str(values["title"]), presentation="", decision="")
    for name, value in values.items():
        point = _with_point_value(point, name, value)
    return point


def mark(marks: dict[int, Marks], item_ids: list[int]) -> None:
    """Note on the stored items (item_ids, in the minutes' order) and their points what
    with_edits made again: the document's values beside the corrections, the points added."""
    items = [m.AgendaItem(pk=item_ids[k], hand_edits=mk.item) for k, mk in marks.items() if mk.item]
    m.AgendaItem.objects.bulk_update(items, ["hand_edits"])
    uploaded = {item_ids[k]: mk for k, mk in marks.items() if mk.added_attachments}
    if uploaded:
        attachments = list(
            m.Attachment.objects.filter(item_id__in=uploaded).order_by("item_id", "pk")
        )
        for item_id, mk in uploaded.items():
            of_item = [a for a in attachments if a.item_id == item_id]  # in the minutes' order
            for index in mk.added_attachments:
                of_item[index].added_by_hand = True
        m.Attachment.objects.bulk_update(
            [a for a in attachments if a.added_by_hand], ["added_by_hand"]
        )
    wanted = {item_ids[k]: mk for k, mk in marks.items() if mk.points or mk.added}
    points = []
    for point in m.Point.objects.filter(item_id__in=wanted).order_by("item_id", "order"):
        mk = wanted[point.item_id]
        index = point.order  # stored in the minutes' order from 0 (store_items)
        point.hand_edits = mk.points.get(index, {})
        point.added_by_hand = index in mk.added
        points.append(point)
    m.Point.objects.bulk_update(points, ["hand_edits", "added_by_hand"])


# The fields as a warning names them (gettext_noop: translated when said).
_ITEM_FIELD_NAMES = {
    "title": gettext_noop("overskriften"),
    "number": gettext_noop("punktnummeret"),
    "access": gettext_noop("adgangen"),
    "case_number": gettext_noop("sagsnummeret"),
    "presentation": gettext_noop("sagsfremstillingen"),
    "recommendation": gettext_noop("indstillingen"),
    "decision": gettext_noop("beslutningen"),
    "routing": gettext_noop("sagsgangen"),
}
_POINT_FIELD_NAMES = {
    "title": gettext_noop("titlen"),
    "kind": gettext_noop("typen"),
    "presenter": gettext_noop("oplægsholderen"),
    "duration": gettext_noop("varigheden"),
    "guest": gettext_noop("gæsten"),
    "guest_time": gettext_noop("gæstens tidspunkt"),
    "presentation": gettext_noop("fremstillingen"),
    "decision": gettext_noop("beslutningen"),
}


def said_of(said: list[Said], meeting: m.Meeting) -> list[str]:
    """The import's warnings of corrections read otherwise or gone."""
    out = []
    for s in said:
        where = {"meeting": meeting, "item": s.item, "point": s.point}
        if s.field is None and s.point is None:
            out.append(
                gettext(
                    "mødet %(meeting)s: punktet »%(item)s« var rettet i hånden, og dokumentet "
                    "har det ikke længere; rettelserne er gået med det"
                )
                % where
            )
        elif s.field is None:
            out.append(
                gettext(
                    "mødet %(meeting)s, punktet »%(item)s«: underpunktet »%(point)s« var rettet "
                    "i hånden, og dokumentet har det ikke længere; rettelserne er gået med det"
                )
                % where
            )
        else:
            names = _ITEM_FIELD_NAMES if s.point is None else _POINT_FIELD_NAMES
            where["field"] = gettext(names[s.field])
            text = (
                gettext(
                    "mødet %(meeting)s, punktet »%(item)s«: %(field)s er rettet i hånden, og "
                    "dokumentet siger nu noget andet; rettelsen er bevaret, dokumentets tekst "
                    "står ved den på punktets side i sekretariatet"
                )
                if s.point is None
                else gettext(
                    "mødet %(meeting)s, punktet »%(item)s«, underpunktet »%(point)s«: %(field)s "
                    "er rettet i hånden, og dokumentet siger nu noget andet; rettelsen er "
                    "bevaret, dokumentets tekst står ved den på punktets side i sekretariatet"
                )
            )
            out.append(text % where)
    return out
