"""rows.insert stores what bulk_create would, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from django.forms.models import model_to_dict

from dagsorden.meetings import models as m
from dagsorden.meetings.models.access import Access
from dagsorden.rows import insert

from .factories import body, meeting

pytestmark = pytest.mark.django_db


def _stored(model: type, pks: list[int]) -> list[dict]:
    rows = {obj.pk: obj for obj in model.objects.filter(pk__in=pks)}
    return [{k: v for k, v in model_to_dict(rows[pk]).items() if k != "id"} for pk in pks]


def _items(meeting: m.Meeting, first: int) -> list[m.AgendaItem]:
    # A str enum, text with quotes and a percent sign, a number left empty.
    return [
        m.AgendaItem(
            meeting=meeting,
            order=first + k,
            number=k or None,
            title=f"Punkt {k} – 'citat' 100 % %s",
            access=Access.CLOSED if k % 2 else "open",
            presentation="Æ\nØ\nÅ",
            origin="arkiv/x.txt",
        )
        for k in range(3)
    ]


def test_insert_stores_what_bulk_create_stores() -> None:
    here = meeting()
    ours = insert(m.AgendaItem, _items(here, 1))
    theirs = m.AgendaItem.objects.bulk_create(_items(here, 10))
    assert all(obj.pk and not obj._state.adding for obj in ours)
    assert [obj.pk for obj in ours] == sorted(obj.pk for obj in ours)  # ids in the rows' order
    stored = _stored(m.AgendaItem, [obj.pk for obj in ours])
    expected = _stored(m.AgendaItem, [obj.pk for obj in theirs])
    assert [{**row, "order": 0} for row in stored] == [{**row, "order": 0} for row in expected]
    assert [row["title"] for row in stored] == [obj.title for obj in ours]


def test_insert_converts_dates_times_files_and_foreign_keys() -> None:
    here = meeting()
    item = insert(m.AgendaItem, _items(here, 1))[0]
    (point,) = insert(
        m.Point, [m.Point(item=item, order=0, title="T", guest_time=time(10, 30), planned=True)]
    )
    (decision,) = insert(m.Decision, [m.Decision(item=item, body=body(), date=date(2023, 3, 1))])
    (attachment,) = insert(m.Attachment, [m.Attachment(item=item, point=point, number=1)])
    (action,) = insert(
        m.Action,
        [m.Action(item=item, point=point, closed_at=datetime(2023, 3, 2, 9, tzinfo=UTC))],
    )
    point.refresh_from_db()
    decision.refresh_from_db()
    attachment.refresh_from_db()
    action.refresh_from_db()
    assert (point.guest_time, point.planned, point.item_id) == (time(10, 30), True, item.pk)
    assert decision.date == date(2023, 3, 1)
    assert (attachment.point_id, attachment.file.name) == (point.pk, "")
    assert action.closed_at == datetime(2023, 3, 2, 9, tzinfo=UTC)


def test_insert_of_many_rows_runs_in_batches() -> None:
    # More rows than one statement may carry parameters for (SQLite: 999).
    here = meeting()
    rows = insert(
        m.AgendaItem, [m.AgendaItem(meeting=here, order=k, title=str(k)) for k in range(700)]
    )
    assert len({obj.pk for obj in rows}) == 700
    titles = dict(m.AgendaItem.objects.filter(meeting=here).values_list("pk", "title"))
    assert [titles[obj.pk] for obj in rows] == [str(k) for k in range(700)]


def test_a_model_that_sets_values_on_save_goes_through_bulk_create() -> None:
    (made,) = insert(m.Meeting, [m.Meeting(body=body(), date=date(2023, 5, 1))])
    made.refresh_from_db()
    assert made.created is not None and made.updated is not None


def test_nothing_to_insert() -> None:
    assert insert(m.AgendaItem, []) == []
