"""Insert many new rows of a model in one statement a batch: what bulk_create does, less its
per-object work.

An import writes some thirty rows a document. Making each a model instance cost more than the
database's work for it, and bulk_create compiles each value through the field's whole
preparation chain (pre_save, get_db_prep_save, get_prep_value …), which cost as much again.
So rows go as plain tuples of values: a value that is already what the database takes (a
plain str, int, bool or None, as nearly all of an import's are) goes as it is, and any other
value (a date, a time, a str enum) through the field as bulk_create would send it. The ids
come back from INSERT … RETURNING, in the rows' order, as bulk_create relies on too. A model
with a field that changes its value on save (auto_now) is refused: save() or bulk_create()
knows what to put there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from django.db import connection
from django.db.models import DateField, Model

_PLAIN = (str, int, bool, type(None))
_MAX_PARAMS = 65_535  # PostgreSQL's limit for one statement


def insert_values(
    model: type[Model], columns: Sequence[str], rows: Iterable[Sequence[object]]
) -> list[int]:
    """Insert rows given as values of columns (attribute names: 'item_id' for a foreign key);
    the model's other fields get their defaults. Returns the new primary keys, in order."""
    rows = list(rows)
    if not rows:
        return []
    meta = model._meta
    fields = [f for f in meta.concrete_fields if f is not meta.pk]
    if any(isinstance(f, DateField) and (f.auto_now or f.auto_now_add) for f in fields):
        raise ValueError(f"{model.__name__} sets values on save: save it with bulk_create")
    by_name = {f.attname: f for f in fields}
    missing = [name for name in columns if name not in by_name]
    if missing:
        raise ValueError(f"{model.__name__} has no column {', '.join(missing)}")
    others = [f for f in fields if f.attname not in columns]
    defaults = [f.get_db_prep_save(f.get_default(), connection) for f in others]
    given = [by_name[name] for name in columns]
    fields = given + others

    quote = connection.ops.quote_name
    # Only the model's own quoted names go into the text; every value is a parameter.
    names = ", ".join(quote(f.column) for f in fields)
    head = f"INSERT INTO {quote(meta.db_table)} ({names}) VALUES "  # noqa: S608
    tail = f" RETURNING {quote(meta.pk.column)}"
    row_sql = f"({', '.join(['%s'] * len(fields))})"
    size = max(1, min(connection.ops.bulk_batch_size(fields, rows), _MAX_PARAMS // len(fields)))
    if not connection.features.can_return_rows_from_bulk_insert:  # SQLite before 3.35
        size, tail = 1, ""
    pks: list[int] = []
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            batch = rows[start : start + size]
            params: list[object] = []
            for row in batch:
                for field, value in zip(given, row, strict=True):
                    if type(value) not in _PLAIN:
                        value = field.get_db_prep_save(value, connection)
                    params.append(value)
                params += defaults  # prepared once (a JSON default: an adapter not to wrap again)
            cursor.execute(head + ", ".join([row_sql] * len(batch)) + tail, params)
            pks += [pk for (pk,) in cursor.fetchall()] if tail else [cursor.lastrowid]
    return pks
