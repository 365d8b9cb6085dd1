"""Keep the search index in step with the data, one meeting at a time."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Protocol

from django.db import transaction

from dagsorden.meetings.access import attachment_visible, item_visible
from dagsorden.meetings.models import AgendaItem, Attachment, Meeting
from dagsorden.rows import insert_values

from .backends import backend, forget_words, keep_compound_words
from .file_text import texts_of
from .models import FileText, SearchEntry

# The columns of an entry row, as item_entries() makes them and add() stores them.
ENTRY_COLUMNS = (
    "kind",
    "meeting_id",
    "body_id",
    "date",
    "item_id",
    "point_id",
    "attachment_id",
    "title",
    "text",
    "public",
)
_TITLE, _TEXT = ENTRY_COLUMNS.index("title"), ENTRY_COLUMNS.index("text")


class ItemText(Protocol):
    title: str
    access: str
    presentation: str
    recommendation: str
    decision_lead: str


class PointText(Protocol):
    title: str
    presentation: str
    decision: str


class AttachmentText(Protocol):
    title: str
    access: str
    journal_number: str | None


_SAID_OF_NO_POINT = "Beslutning om punkterne"


def item_entries(
    meeting: Meeting,
    item_id: int,
    item: ItemText,
    points: Sequence[tuple[int, PointText]],
    decisions: Sequence[tuple[str, date | None, str]],
    attachments: Sequence[tuple[int, AttachmentText]],
    texts: Mapping[int, str] | None = None,
) -> list[tuple]:
    """The entries of one item, as rows of ENTRY_COLUMNS, from what is in hand: stored
    objects, or (the importer) the parsed records with the ids they were stored under.
    Points and attachments come with their ids, decisions as (body's name, date, text);
    texts are the attachments' files' texts by attachment id."""
    public = item_visible(False, meeting.state, item.access)
    # Decisions enter the index with the published minutes, not before: the public flag
    # follows the item, and an agenda's items are public before their decisions are.
    decided = meeting.state == "published"
    at = (meeting.id, meeting.body_id, meeting.date, item_id)  # the columns after 'kind'
    text = item.recommendation if points else f"{item.presentation} {item.recommendation}"
    out: list[tuple] = [("item", *at, None, None, item.title, text, public)]
    for point_id, p in points:
        text = f"{p.presentation} {p.decision}" if decided else p.presentation
        out.append(("point", *at, point_id, None, p.title, text, public))
    if points and decided and item.decision_lead:  # what the decision says of no point
        out.append(("decision", *at, None, None, _SAID_OF_NO_POINT, item.decision_lead, public))
    if not points and decided:
        for body, when, text in decisions:
            title = f"Beslutning i {body}" + (f" den {when:%d-%m-%Y}" if when else "")
            out.append(("decision", *at, None, None, title, text, public))
    for attachment_id, a in attachments:
        text = texts.get(attachment_id, "") if texts else ""
        out.append(_attachment_entry(meeting, item_id, item.access, attachment_id, a, text))
    return out


def _attachment_entry(
    meeting: Meeting,
    item_id: int,
    item_access: str,
    attachment_id: int,
    a: AttachmentText,
    text: str,
) -> tuple:
    shown = attachment_visible(False, meeting.state, item_access, a.access)
    at = (meeting.id, meeting.body_id, meeting.date, item_id)
    # as the minutes list it, its journal number with it: someone may look for that
    title = f"{a.title} ({a.journal_number})" if a.journal_number else a.title
    return ("attachment", *at, None, attachment_id, title, text, shown)


def index_attachments(ids: Iterable[int]) -> None:
    """Replace the entries of these attachments alone: their files' texts came after their
    meetings were indexed (a meeting's whole index costs many times more)."""
    attachments = list(
        Attachment.objects.filter(pk__in=list(ids)).select_related("item__meeting").order_by()
    )
    SearchEntry.objects.filter(attachment_id__in=[a.pk for a in attachments]).delete()
    texts = texts_of(FileText.objects.filter(attachment__in=attachments))
    add(
        [
            _attachment_entry(
                a.item.meeting, a.item_id, a.item.access, a.pk, a, texts.get(a.pk, "")
            )
            for a in attachments
        ]
    )


def add(entries: list[tuple]) -> None:
    """Store and index new entries (rows of ENTRY_COLUMNS)."""
    ids = insert_values(SearchEntry, ENTRY_COLUMNS, entries)
    backend().add([(i, e[_TITLE], e[_TEXT]) for i, e in zip(ids, entries, strict=True)])


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
    entries: list[tuple] = []
    texts = texts_of(FileText.objects.filter(attachment__item__meeting=meeting))
    for item in items:
        entries += item_entries(
            meeting,
            item.id,
            item,
            [(p.id, p) for p in item.points.all()],
            [(d.body.name, d.date, d.text) for d in item.decisions.all()],
            [(a.id, a) for a in item.attachments.all()],
            texts,
        )
    add(entries)


def rebuild(meeting_ids: Iterable[int] | None = None) -> int:
    """Index every meeting (or those given). Returns how many."""
    if meeting_ids is None:
        ids = list(Meeting.objects.values_list("id", flat=True))
        with transaction.atomic():  # the words of entries gone go too
            forget_words()
            entries = SearchEntry.objects.values_list("id", "title", "text")
            keep_compound_words(entries.iterator(chunk_size=500))  # (a bilag's text is long)
    else:
        ids = list(meeting_ids)
    for meeting_id in ids:
        index_meeting(meeting_id)
    return len(ids)
