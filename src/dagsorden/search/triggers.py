"""The search index's database triggers, in one place: the public flag that follows items,
meetings and attachments (migration 0002), and the entry triggers of migration 0003 (SQLite:
the full-text row goes with its entry; PostgreSQL: the stored weighted tsvector).

SQLite drops a table's triggers when a migration rebuilds the table, so ensure_installed()
runs after every migrate and puts back what is missing (refreshing what it guarded)."""

from __future__ import annotations

from typing import Any

from dagsorden.meetings.access import public_entry_sql
from dagsorden.meetings.guard import existing_triggers

REFRESH = "UPDATE search_searchentry SET public = {rule} WHERE {column} = {new}.id"
SOURCES = [  # (table, columns whose change matters, entry column that points at the row)
    ("meetings_agendaitem", ["access", "meeting_id"], "item_id"),
    ("meetings_meeting", ["state"], "meeting_id"),
    ("meetings_attachment", ["access"], "attachment_id"),
]
VECTOR = (
    "setweight(to_tsvector('danish'::regconfig, coalesce(NEW.title, '')), 'A') || "
    "setweight(to_tsvector('danish'::regconfig, coalesce(NEW.text, '')), 'B')"
)


def _public_name(table: str) -> str:
    return f"search_public_{table.split('_', 1)[1]}"


def create_public_triggers(conn: Any) -> None:
    """The public flag follows access and state changes in the database itself, and is
    recomputed for the entries there are."""
    rule = public_entry_sql("search_searchentry")
    with conn.cursor() as cursor:
        cursor.execute(f"UPDATE search_searchentry SET public = {rule}")  # noqa: S608 (our SQL)
        for table, columns, column in SOURCES:
            name = _public_name(table)
            update = REFRESH.format(rule=rule, column=column, new="NEW")
            if conn.vendor == "sqlite":
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
                cursor.execute(
                    f"CREATE TRIGGER {name} AFTER UPDATE OF {', '.join(columns)} ON {table} "
                    f"BEGIN {update}; END"
                )
            else:
                cursor.execute(
                    f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS "
                    f"$$ BEGIN {update}; RETURN NULL; END $$"
                )
                cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
                cursor.execute(
                    f"CREATE TRIGGER {name} AFTER UPDATE OF {', '.join(columns)} ON {table} "
                    f"FOR EACH ROW EXECUTE FUNCTION {name}()"
                )


def drop_public_triggers(conn: Any) -> None:
    with conn.cursor() as cursor:
        for table, _, _ in SOURCES:
            name = _public_name(table)
            if conn.vendor == "sqlite":
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
            else:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
                cursor.execute(f"DROP FUNCTION IF EXISTS {name}()")


def create_entry_triggers(conn: Any) -> None:
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            # A deleted entry takes its full-text row with it, however it was deleted.
            cursor.execute(
                "DELETE FROM search_fts WHERE rowid NOT IN (SELECT id FROM search_searchentry)"
            )
            cursor.execute("DROP TRIGGER IF EXISTS search_entry_gone")
            cursor.execute(
                "CREATE TRIGGER search_entry_gone AFTER DELETE ON search_searchentry "
                "BEGIN DELETE FROM search_fts WHERE rowid = OLD.id; END"
            )
            return
        cursor.execute(
            "CREATE OR REPLACE FUNCTION search_entry_vector() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN NEW.vector := {VECTOR}; RETURN NEW; END $$"
        )
        cursor.execute("DROP TRIGGER IF EXISTS search_entry_vector ON search_searchentry")
        cursor.execute(
            "CREATE TRIGGER search_entry_vector BEFORE INSERT OR UPDATE OF title, text "
            "ON search_searchentry FOR EACH ROW EXECUTE FUNCTION search_entry_vector()"
        )
        cursor.execute("UPDATE search_searchentry SET title = title")  # fill for old rows


def ensure_installed(conn: Any) -> list[str]:
    """Put back whichever trigger set is missing; returns what was restored."""
    present = existing_triggers(conn)
    restored = []
    if not {_public_name(t) for t, _, _ in SOURCES} <= present:
        create_public_triggers(conn)
        restored.append("public flag")
    entry = "search_entry_gone" if conn.vendor == "sqlite" else "search_entry_vector"
    if entry not in present:
        create_entry_triggers(conn)
        restored.append("entries")
    return restored


def after_migrate(sender: Any, using: str = "default", **kwargs: Any) -> None:
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    conn = connections[using]
    if ("search", "0003_postgres_stored_vector") in MigrationRecorder(conn).applied_migrations():
        ensure_installed(conn)
