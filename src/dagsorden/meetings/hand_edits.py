"""What the secretariat corrected by hand in imported minutes, with what the document said.

An imported item's fields are the document's reading until someone saves another value on the
item's screen. Then the field's value as the document gave it is kept in the item's (or
point's) `hand_edits`; a point deleted is noted there by its title, a bilag opened or closed
by its number and title, points put in order by their titles; a point or bilag added is
marked `added_by_hand` (an item deleted is noted on its document: importer/hand_edits.py).
So the document imported again — a corrected file, or `import --reread` after an upgrade —
keeps each correction (importer/hand_edits.py). A value saved back to the document's is no longer a
correction. Items written in dagsorden are the secretariat's own throughout: nothing to note.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .models import AgendaItem, Attachment, Body, Point
from .workflow import set_decision, set_routing

# The fields of the item's screen, as the document gives them: 'decision' is the text of the
# meeting's own body's decision, 'routing' the bodies' codes in order.
ITEM_FIELDS = (
    "title",
    "number",
    "access",
    "case_number",
    "presentation",
    "recommendation",
    "decision",
    "routing",
)
# (also the point's form: secretariat/forms.py)
POINT_FIELDS = (
    "title",
    "kind",
    "presenter",
    "duration",
    "guest",
    "guest_time",
    "presentation",
    "decision",
)
DELETED_POINTS = "deleted_points"  # in an item's hand_edits: the titles of those points
# In an item's hand_edits: the access set by hand of its attachments, by '<number> <title>'.
ATTACHMENT_ACCESS = "attachment_access"
# In an item's hand_edits: its points' titles in the order the secretariat put them in.
POINT_ORDER = "point_order"
NOT_FIELDS = (DELETED_POINTS, ATTACHMENT_ACCESS, POINT_ORDER)

Value = str | int | list[str] | None


def plain(value: Any) -> Value:
    """A field's value as JSON keeps it: a time as 'HH:MM'."""
    if isinstance(value, dt.time):
        return value.isoformat(timespec="minutes")
    return value


def item_values(item: AgendaItem) -> dict[str, Value]:
    decision = item.decisions.filter(body_id=item.meeting.body_id).first()
    values = {f: plain(getattr(item, f)) for f in ITEM_FIELDS[:6]}
    values["decision"] = decision.text if decision else ""
    values["routing"] = [s.body.code for s in item.routing_steps.select_related("body")]
    return values


def point_values(point: Point) -> dict[str, Value]:
    return {f: plain(getattr(point, f)) for f in POINT_FIELDS}


def note_edits(edits: dict[str, Any], before: dict[str, Value], after: dict[str, Value]) -> bool:
    """Note in edits (an item's or point's hand_edits) the document's value of each field
    that changed from before to after; a field saved back to it is one no longer. Whether
    edits changed."""
    changed = False
    for field, was in before.items():
        now = after[field]
        if field in edits and now == edits[field]:
            del edits[field]
            changed = True
        elif now != was and field not in edits:
            edits[field] = was
            changed = True
    return changed


def note_item_saved(item: AgendaItem, before: dict[str, Value]) -> None:
    """After the item's screen saved an imported item whose values were before."""
    if item.origin and note_edits(item.hand_edits, before, item_values(item)):
        item.save(update_fields=["hand_edits"])


def note_point_saved(point: Point, before: dict[str, Value] | None) -> None:
    """After the item's screen saved a point of an imported item (before: None for a new
    one, which is the secretariat's own)."""
    if not point.item.origin:
        return
    if before is None:
        point.added_by_hand = True
        point.save(update_fields=["added_by_hand"])
    elif not point.added_by_hand and note_edits(point.hand_edits, before, point_values(point)):
        point.save(update_fields=["hand_edits"])


def note_point_deleted(point: Point) -> None:
    """Before a point of an imported item is deleted: the document's point, by its title as
    the document gave it, stays deleted when the document is imported again."""
    item = point.item
    if item.origin and not point.added_by_hand:
        title = point.hand_edits.get("title", point.title)
        item.hand_edits.setdefault(DELETED_POINTS, []).append(title)
        item.save(update_fields=["hand_edits"])


def note_attachment_access(attachment: Attachment) -> None:
    """After an imported item's attachment was opened or closed by hand: so it stays when
    the document is imported again."""
    item = attachment.item
    if item.origin:
        opened = item.hand_edits.setdefault(ATTACHMENT_ACCESS, {})
        opened[attachment_key(attachment.number, attachment.title)] = attachment.access
        item.save(update_fields=["hand_edits"])


def attachment_key(number: int, title: str) -> str:
    return f"{number} {title}"


def note_points_moved(item: AgendaItem) -> None:
    """After an imported item's points were put in another order by hand: so they stay."""
    if item.origin:
        item.hand_edits[POINT_ORDER] = list(item.points.values_list("title", flat=True))
        item.save(update_fields=["hand_edits"])


@dataclass
class Before:
    """An imported item as stored before a form of several parts saved it (the admin's item
    with its points and bilag inline): what note_changed compares with."""

    item: dict[str, Value]
    points: dict[int, tuple[dict[str, Value], bool, str]]  # values, added by hand, title
    order: list[int]  # the points' pks in order
    access: dict[int, str]  # the bilag's, by pk


def before_saving(item: AgendaItem) -> Before | None:
    """The imported item as stored (None for one of dagsorden's own: nothing to note)."""
    if not item.origin:
        return None
    points = list(item.points.all())
    return Before(
        item_values(item),
        {
            p.pk: (point_values(p), p.added_by_hand, p.hand_edits.get("title", p.title))
            for p in points
        },
        [p.pk for p in points],
        dict(item.attachments.values_list("pk", "access")),
    )


def note_changed(item: AgendaItem, before: Before) -> None:
    """After the item, its points and its bilag were saved together: each change noted as
    the item's screen notes it (a field corrected, a point added, deleted or moved, a bilag
    added, opened or closed)."""
    note_item_saved(item, before.item)
    points = list(item.points.all())
    for point in points:
        point.item = item  # (one item's hand_edits, written in turn)
        known = before.points.get(point.pk)
        note_point_saved(point, known[0] if known else None)
    kept = {p.pk for p in points}
    gone = [title for pk, (_, own, title) in before.points.items() if pk not in kept and not own]
    if gone:
        item.hand_edits.setdefault(DELETED_POINTS, []).extend(gone)
        item.save(update_fields=["hand_edits"])
    if [p.pk for p in points if p.pk in before.points] != [pk for pk in before.order if pk in kept]:
        note_points_moved(item)
    for attachment in item.attachments.all():
        attachment.item = item
        if attachment.pk not in before.access:
            attachment.added_by_hand = True
            attachment.save(update_fields=["added_by_hand"])
        elif attachment.access != before.access[attachment.pk]:
            note_attachment_access(attachment)


def use_document(obj: AgendaItem | Point, field: str) -> None:
    """Set a corrected field back to what the document has (a correction no more)."""
    value = obj.hand_edits.pop(field)
    if isinstance(obj, AgendaItem) and field == "decision":
        set_decision(obj, str(value or ""))
    elif isinstance(obj, AgendaItem) and field == "routing":
        codes = value if isinstance(value, list) else []
        bodies = {b.code: b for b in Body.objects.filter(code__in=codes)}
        set_routing(obj, [bodies[code] for code in codes if code in bodies])
    elif field == "guest_time" and value:
        obj.guest_time = dt.time.fromisoformat(value)  # type: ignore[union-attr]
    else:
        setattr(obj, field, value)
    obj.save()
