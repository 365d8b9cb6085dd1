"""Keep the search index in step with the data, one meeting at a time."""

from __future__ import annotations

from collections.abc import Iterable

from dagsorden.meetings.access import attachment_visible, item_visible
from dagsorden.meetings.models import AgendaItem, Meeting

from .backends import backend
from .models import SearchEntry


def _entries(meeting: Meeting) -> list[SearchEntry]:
    out: list[SearchEntry] = []
    base = {"meeting_id": meeting.id, "body_id": meeting.body_id, "date": meeting.date}
    items = AgendaItem.objects.filter(meeting=meeting).prefetch_related(
        "points", "decisions__body", "attachments"
    )
    for item in items:
        public = item_visible(False, meeting.state, item.access)
        base["public"] = public
        points = list(item.points.all())
        decisions = list(item.decisions.all())
        text = item.recommendation if points else f"{item.presentation} {item.recommendation}"
        out.append(SearchEntry(kind="item", item_id=item.id, title=item.title, text=text, **base))
        for p in points:
            out.append(
                SearchEntry(
                    kind="point",
                    item_id=item.id,
                    point_id=p.id,
                    title=p.title,
                    text=f"{p.presentation} {p.decision}",
                    **base,
                )
            )
        if not points:
            for d in decisions:
                title = f"Beslutning i {d.body.name}" + (
                    f" den {d.date:%d-%m-%Y}" if d.date else ""
                )
                out.append(
                    SearchEntry(kind="decision", item_id=item.id, title=title, text=d.text, **base)
                )
        for a in item.attachments.all():
            out.append(
                SearchEntry(
                    kind="attachment",
                    item_id=item.id,
                    attachment_id=a.id,
                    title=a.title,
                    **{
                        **base,
                        "public": attachment_visible(False, meeting.state, item.access, a.access),
                    },
                )
            )
    return out


def index_meeting(meeting_id: int) -> None:
    """Replace the meeting's entries in the index (call inside the transaction that changed it)."""
    b = backend()
    old = list(SearchEntry.objects.filter(meeting_id=meeting_id).values_list("id", flat=True))
    if old:
        b.remove(old)
        SearchEntry.objects.filter(id__in=old).delete()
    meeting = Meeting.objects.filter(id=meeting_id).first()
    if meeting is None:
        return
    b.add(SearchEntry.objects.bulk_create(_entries(meeting)))


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
