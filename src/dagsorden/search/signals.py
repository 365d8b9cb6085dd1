"""Re-index a meeting when anything of it is saved or deleted (after the transaction commits). The importer indexes what it stores itself and turns this off meanwhile."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from dagsorden.meetings.models import AgendaItem, Attachment, Decision, Meeting, Point

_state = threading.local()


@contextmanager
def suspended() -> Iterator[None]:
    """No automatic re-indexing inside this block (the caller indexes)."""
    previous = getattr(_state, "suspended", False)
    _state.suspended = True
    try:
        yield
    finally:
        _state.suspended = previous


def _meeting_id(instance: Any) -> int | None:
    if isinstance(instance, Meeting):
        return instance.id
    if isinstance(instance, AgendaItem):
        return instance.meeting_id
    item = getattr(instance, "item", None)
    return item.meeting_id if item is not None else None


def _changed(sender: Any, instance: Any, **kwargs: Any) -> None:
    if getattr(_state, "suspended", False):
        return
    meeting_id = _meeting_id(instance)
    if meeting_id is None:
        return

    # Once per meeting and transaction: an admin page saving an item with twenty points asks
    # twenty-one times. A rolled-back transaction drops its callbacks, and this check with them.
    waiting = getattr(transaction.get_connection(), "run_on_commit", [])
    if any(getattr(entry[1], "meeting_id", None) == meeting_id for entry in waiting):
        return

    def reindex() -> None:
        from .indexer import index_meeting

        with transaction.atomic():
            index_meeting(meeting_id)

    reindex.meeting_id = meeting_id  # type: ignore[attr-defined]
    transaction.on_commit(reindex)


for model in (Meeting, AgendaItem, Point, Decision, Attachment):
    post_save.connect(_changed, sender=model, dispatch_uid=f"search-save-{model.__name__}")
    post_delete.connect(_changed, sender=model, dispatch_uid=f"search-delete-{model.__name__}")
