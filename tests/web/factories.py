"""Small factories for database tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from django.db import connection
from django.test import TestCase

from dagsorden.meetings import models as m


def body(code: str = "DIR", name: str = "Direktionen") -> m.Body:
    org, _ = m.Organisation.objects.get_or_create(
        slug="norddjurs-kommune", defaults={"name": "Norddjurs Kommune"}
    )
    b, _ = m.Body.objects.get_or_create(organisation=org, code=code, defaults={"name": name})
    return b


def meeting(
    when: date = date(2023, 3, 1),
    state: str = "published",
    code: str = "DIR",
    name: str = "Direktionen",
) -> m.Meeting:
    return m.Meeting.objects.create(body=body(code, name), date=when, state=state)


def item(
    meeting: m.Meeting, title: str, access: str = "open", text: str = "", order: int = 1
) -> m.AgendaItem:
    it = m.AgendaItem.objects.create(
        meeting=meeting,
        order=order,
        title=title,
        access=access,
        presentation=text,
        recommendation=f"Indstilling {text}",
    )
    m.Point.objects.create(
        item=it,
        order=0,
        title=f"Punkt {text}",
        presentation=f"Fremstilling {text}",
        decision=f"Beslutning {text}",
    )
    m.Decision.objects.create(
        item=it, body=meeting.body, date=meeting.date, text=f"Besluttet {text}"
    )
    return it


def page_shape(content: bytes, path: str) -> bytes:
    """A page with its own address and its one-time CSRF token taken out, to tell whether two
    responses are the same page."""
    import re

    content = re.sub(rb'name="csrfmiddlewaretoken" value="[^"]*"', b"", content)
    return content.replace(path.encode(), b"<path>")


@contextmanager
def committed() -> Iterator[None]:
    """What a request's commit does, inside a test's transaction: the on_commit callbacks
    registered within are run, and then forgotten. (Django's capture leaves them listed, and
    the search's check for a re-index already waiting would then pass over the next
    request's changes.)"""
    start = len(connection.run_on_commit)
    with TestCase.captureOnCommitCallbacks(execute=True):
        yield
    del connection.run_on_commit[start:]
