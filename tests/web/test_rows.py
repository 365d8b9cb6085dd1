"""rows.insert_values stores what bulk_create would, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from django.forms.models import model_to_dict

from dagsorden.meetings import models as m
from dagsorden.meetings.models.access import Access
from dagsorden.rows import insert_values

from .factories import body, meeting

pytestmark = pytest.mark.django_db

ITEM_COLUMNS = ("meeting_id", "order", "number", "title", "access", "presentation", "origin")


def _stored(model: type, pks: list[int]) -> list[dict]:
    rows = {obj.pk: obj for obj in model.objects.filter(pk__in=pks)}
    return [{k: v for k, v in model_to_dict(rows[pk]).items() if k != "id"} for pk in pks]


def _items(here: m.Meeting, first: int) -> list[tuple]:
    # A str enum, text with quotes and a percent sign, a number left empty.
    return [
        (
            here.pk,
            first + k,
            k or None,
            f"Punkt {k} – 'citat' 100 % %s",
            Access.CLOSED if k % 2 else "open",
            "Æ\nØ\nÅ",
            "arkiv/x.txt",
        )
        for k in range(3)
    ]


def test_insert_values_stores_what_bulk_create_stores() -> None:
    here = meeting()
    ours = insert_values(m.AgendaItem, ITEM_COLUMNS, _items(here, 1))
    theirs = m.AgendaItem.objects.bulk_create(
        m.AgendaItem(**dict(zip(ITEM_COLUMNS, row, strict=True))) for row in _items(here, 10)
    )
    assert ours == sorted(ours) and len(set(ours)) == 3  # ids in the rows' order
    stored = _stored(m.AgendaItem, ours)
    expected = _stored(m.AgendaItem, [obj.pk for obj in theirs])
    assert [{**row, "order": 0} for row in stored] == [{**row, "order": 0} for row in expected]
    assert [row["title"] for row in stored] == [row[3] for row in _items(here, 1)]
    # The fields not given (recommendation, case number) have the defaults bulk_create gives.
    assert {(row["recommendation"], row["case_number"]) for row in stored} == {("", "")}
    assert [row["hand_edits"] for row in stored] == [{}, {}, {}]  # a JSON default


def test_a_json_value_is_stored_as_json() -> None:
    here = meeting()
    edits = {"title": "Før", "deleted_points": ["A 'b' %s"]}
    (pk,) = insert_values(
        m.AgendaItem, ("meeting_id", "title", "hand_edits"), [(here.pk, "S", edits)]
    )
    assert m.AgendaItem.objects.get(pk=pk).hand_edits == edits


def test_insert_values_converts_dates_times_and_foreign_keys() -> None:
    here = meeting()
    (item,) = insert_values(m.AgendaItem, ("meeting_id", "order", "title"), [(here.pk, 1, "S")])
    (point,) = insert_values(
        m.Point,
        ("item_id", "order", "title", "guest_time", "planned"),
        [(item, 0, "T", time(10, 30), True)],
    )
    (decision,) = insert_values(
        m.Decision, ("item_id", "body_id", "date"), [(item, body().pk, date(2023, 3, 1))]
    )
    (attachment,) = insert_values(
        m.Attachment, ("item_id", "point_id", "number"), [(item, point, 1)]
    )
    (action,) = insert_values(
        m.Action,
        ("item_id", "point_id", "closed_at"),
        [(item, point, datetime(2023, 3, 2, 9, tzinfo=UTC))],
    )
    stored_point = m.Point.objects.get(pk=point)
    assert (stored_point.guest_time, stored_point.planned, stored_point.item_id) == (
        time(10, 30),
        True,
        item,
    )
    assert m.Decision.objects.get(pk=decision).date == date(2023, 3, 1)
    stored_attachment = m.Attachment.objects.get(pk=attachment)
    assert (stored_attachment.point_id, stored_attachment.file.name) == (point, "")
    stored_action = m.Action.objects.get(pk=action)
    assert stored_action.closed_at == datetime(2023, 3, 2, 9, tzinfo=UTC)
    assert stored_action.status == m.Action.Status.OPEN  # a str enum default


def test_columns_in_any_order() -> None:
    here = meeting()
    (pk,) = insert_values(m.AgendaItem, ("title", "order", "meeting_id"), [("Bagfra", 4, here.pk)])
    stored = m.AgendaItem.objects.get(pk=pk)
    assert (stored.title, stored.order, stored.meeting_id) == ("Bagfra", 4, here.pk)


def test_many_rows_go_in_batches() -> None:
    # More rows than one statement may carry parameters for (SQLite: 999 in older builds).
    here = meeting()
    pks = insert_values(
        m.AgendaItem, ("meeting_id", "order", "title"), [(here.pk, k, str(k)) for k in range(700)]
    )
    assert len(set(pks)) == 700
    titles = dict(m.AgendaItem.objects.filter(meeting=here).values_list("pk", "title"))
    assert [titles[pk] for pk in pks] == [str(k) for k in range(700)]


def test_a_model_that_sets_values_on_save_is_refused() -> None:
    with pytest.raises(ValueError, match="Meeting sets values on save"):
        insert_values(m.Meeting, ("body_id", "date"), [(body().pk, date(2023, 5, 1))])
    assert not m.Meeting.objects.exists()


def test_an_unknown_column_is_named() -> None:
    with pytest.raises(ValueError, match="AgendaItem has no column heading"):
        insert_values(m.AgendaItem, ("heading",), [("x",)])


def test_nothing_to_insert() -> None:
    assert insert_values(m.AgendaItem, ITEM_COLUMNS, []) == []
