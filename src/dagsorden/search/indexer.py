"""Keep the search index in step with the data, one meeting at a time."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from dagsorden.meetings.access import attachment_visible, item_visible
from dagsorden.meetings.models import AgendaItem, Attachment, Decision, Meeting, Point
from dagsorden.rows import insert

from .backends import backend
from .models import SearchEntry


def item_entries(
    meeting: Meeting,
    item: AgendaItem,
    points: Sequence[Point],
    decisions: Sequence[Decision],
    attachments: Sequence[Attachment],
) -> list[SearchEntry]:
    """The entries of one item, from objects in hand (the importer has them all already)."""
    public = item_visible(False, meeting.state, item.access)
    # Decisions enter the index with the published minutes, not before: the public flag
    # follows the item, and an agenda's items are public before their decisions are.
    decided = meeting.state == "published"
    base = {
        "meeting_id": meeting.id,
        "body_id": meeting.body_id,
        "date": meeting.date,
        "item_id": item.id,
    }
    text = item.recommendation if points else f"{item.presentation} {item.recommendation}"
    out = [SearchEntry(kind="item", title=item.title, text=text, public=public, **base)]
    for p in points:
        out.append(
            SearchEntry(
                kind="point",
                point_id=p.id,
                title=p.title,
                text=f"{p.presentation} {p.decision}" if decided else p.presentation,
                public=public,
                **base,
            )
        )
    if not points and decided:
        for d in decisions:
            title = f"Beslutning i {d.body.name}" + (f" den {d.date:%d-%m-%Y}" if d.date else "")
            out.append(
                SearchEntry(kind="decision", title=title, text=d.text, public=public, **base)
            )
    for a in attachments:
        out.append(
            SearchEntry(
                kind="attachment",
                attachment_id=a.id,
                title=a.title,
                public=attachment_visible(False, meeting.state, item.access, a.access),
                **base,
            )
        )
    return out


def add(entries: list[SearchEntry]) -> None:
    """Store and index new entries."""
    backend().add(insert(SearchEntry, entries))


def index_meeting(meeting_id: int) -> None:
    """Replace the meeting's entries in the index (call inside the transaction that changed it).
    Deleting an entry takes its full-text row with it (a trigger; migration 0003)."""
    SearchEntry.objects.filter(meeting_id=meeting_id).delete()
    meeting = Meeting.objects.filter(id=meeting_id).first()
    if meeting is None:
        return
    items = AgendaItem.objects.filter(meeting=meeting).prefetch_related(
        "points", "decisions__body", "attachments"
    )
    entries: list[SearchEntry] = []
    for item in items:
        entries += item_entries(
            meeting,
            item,
            list(item.points.all()),
            list(item.decisions.all()),
            list(item.attachments.all()),
        )
    add(entries)


def rebuild(meeting_ids: Iterable[int] | None = None) -> int:
    """Index every meeting (or those given). Returns how many."""
    ids = (
        list(meeting_ids)
        if meeting_ids is not None
        else list(Meeting.objects.values_list("id", flat=True))
    )
    for meeting_id in ids:
        index_meeting(meeting_id)
    return len(ids)
