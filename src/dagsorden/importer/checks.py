"""What the parser may have misread in a meeting's imported documents (core/doubts.py), kept
until a secretary has compared the meeting with its document and said so."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from dagsorden.core import Doubt
from dagsorden.meetings.models import Meeting

from .models import ImportedDocument


@dataclass(frozen=True, slots=True)
class Said:
    text: str  # in the language spoken now
    item: int | None = None  # the item it is about, on the meeting's page


@dataclass(frozen=True, slots=True)
class ToCheck:
    name: str  # the file's name, as items name their origin
    doubts: list[Said]


def to_check(meeting: Meeting) -> list[ToCheck]:
    """The meeting's imported documents with doubts not yet looked at, each with them."""
    documents = list(
        ImportedDocument.objects.filter(meeting=meeting).exclude(doubts="").order_by("source")
    )
    if not documents:
        return []
    items: dict[str, int] = {}  # by heading, which a doubt names (the first of two alike)
    for pk, title in meeting.items.values_list("pk", "title"):
        items.setdefault(title, pk)
    return [
        ToCheck(d.source.replace(":", "/").rsplit("/", 1)[-1], _said(d, items)) for d in documents
    ]


def _said(document: ImportedDocument, items: dict[str, int]) -> list[Said]:
    """The document's doubts in the language spoken now (core/language.py: in a request, the
    visitor's), each with the item it names; those of a document imported before they were
    kept as data, as written."""
    if not document.doubts_data:
        return [Said(line) for line in document.doubts.splitlines()]
    said = []
    for data in document.doubts_data:
        doubt = Doubt.from_data(data)
        said.append(Said(str(doubt), items.get(dict(doubt.values).get("item", ""))))
    return said


def mark_checked(meeting: Meeting) -> int:
    """The meeting's documents looked at: their doubts are dropped. Returns how many."""
    documents = ImportedDocument.objects.filter(meeting=meeting).exclude(doubts="")
    return documents.update(doubts="", doubts_data=[])


def meetings_to_check(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Those of the meetings with an imported document whose doubts no one has looked at."""
    checked = ImportedDocument.objects.exclude(doubts="").values("meeting")
    return meetings.filter(pk__in=checked)
