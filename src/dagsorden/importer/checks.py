"""What the parser may have misread in a meeting's imported documents (core/doubts.py), kept
until a secretary has compared the meeting with its document and said so."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from dagsorden.core import Doubt
from dagsorden.meetings.models import Meeting

from .models import ImportedDocument


@dataclass(frozen=True, slots=True)
class ToCheck:
    name: str  # the file's name, as items name their origin
    doubts: list[str]


def to_check(meeting: Meeting) -> list[ToCheck]:
    """The meeting's imported documents with doubts not yet looked at, each with them."""
    documents = ImportedDocument.objects.filter(meeting=meeting).exclude(doubts="")
    return [
        ToCheck(d.source.replace(":", "/").rsplit("/", 1)[-1], _said(d))
        for d in documents.order_by("source")
    ]


def _said(document: ImportedDocument) -> list[str]:
    """The document's doubts in the language spoken now (core/language.py: in a request, the
    visitor's); those of a document imported before they were kept as data, as written."""
    if document.doubts_data:
        return [str(Doubt.from_data(d)) for d in document.doubts_data]
    return document.doubts.splitlines()


def mark_checked(meeting: Meeting) -> int:
    """The meeting's documents looked at: their doubts are dropped. Returns how many."""
    documents = ImportedDocument.objects.filter(meeting=meeting).exclude(doubts="")
    return documents.update(doubts="", doubts_data=[])


def meetings_to_check(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Those of the meetings with an imported document whose doubts no one has looked at."""
    checked = ImportedDocument.objects.exclude(doubts="").values("meeting")
    return meetings.filter(pk__in=checked)
