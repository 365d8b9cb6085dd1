"""Insert many new rows of a model in one statement a batch: what bulk_create does, less its
per-value work.

An import writes some thirty rows a document. Django's bulk_create compiles each value
through the field's whole preparation chain (pre_save, get_db_prep_save, get_prep_value …),
which cost more than the database's own work. Here a value that is already what the
database takes (a plain str, int, bool or None, as nearly all of an import's are) goes as it
is, and any other value (a date, a file field, a str enum) through the field as bulk_create
would send it. The ids come back from INSERT … RETURNING, in the rows' order, as
bulk_create relies on too; where the database cannot return them, or a field changes its
value on save (auto_now), bulk_create does the work. So it does on PostgreSQL, where Django
sends each column as one array (INSERT … SELECT * FROM UNNEST …): measured, no slower than
this there, and SQLite is what an import waits on most (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from django.db import connection
from django.db.models import DateField, Model

ModelT = TypeVar("ModelT", bound=Model)

_PLAIN = (str, int, bool, type(None))


def insert(model: type[ModelT], objs: Iterable[ModelT]) -> list[ModelT]:
    """Insert new, unsaved objs of model; returns them with their primary keys set."""
    rows = list(objs)
    if not rows:
        return rows
    meta = model._meta
    fields = [f for f in meta.concrete_fields if f is not meta.pk]
    if (
        connection.vendor != "sqlite"
        or not connection.features.can_return_rows_from_bulk_insert
        or any(isinstance(f, DateField) and (f.auto_now or f.auto_now_add) for f in fields)
    ):
        return model.objects.bulk_create(rows)
    quote = connection.ops.quote_name
    # Only the model's own quoted names go into the text; every value is a parameter.
    columns = ", ".join(quote(f.column) for f in fields)
    head = f"INSERT INTO {quote(meta.db_table)} ({columns}) VALUES "  # noqa: S608
    tail = f" RETURNING {quote(meta.pk.column)}"
    row_sql = f"({', '.join(['%s'] * len(fields))})"
    size = max(1, connection.ops.bulk_batch_size(fields, rows))
    attnames = [f.attname for f in fields]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            params: list[object] = []
            for obj in batch:
                for field, attname in zip(fields, attnames, strict=True):
                    value = getattr(obj, attname)
                    if type(value) not in _PLAIN:
                        value = field.get_db_prep_save(value, connection)
                    params.append(value)
            cursor.execute(head + ", ".join([row_sql] * len(batch)) + tail, params)
            for obj, (pk,) in zip(batch, cursor.fetchall(), strict=True):
                obj.pk = pk
                obj._state.adding = False
                obj._state.db = connection.alias
    return rows
