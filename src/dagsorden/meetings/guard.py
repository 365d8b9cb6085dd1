"""Approved minutes are append-only, and the audit log and corrections are never changed:
enforced by database triggers, so no view, admin action, script or raw SQL can slip past.

Danish rules for electronic minutes books ask that every change be detectable and that
corrections be made by addition. Once a meeting's minutes are approved (Meeting.locked_at
is set), its items, points, decisions, attachments, routing, referrals and attendance can be
neither inserted, changed nor deleted; the meeting itself may only move on to 'published'.
Corrections are added as Correction rows and logged in AuditEntry.

Restoring a backup and emptying a test database are the only exceptions: they run inside
maintenance(), which the triggers check (a connection-local flag: a function registered on
each SQLite connection, a transaction setting on PostgreSQL).
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from typing import Any

from django.db import connection

MESSAGE = "dagsorden: approved minutes and the audit log are append-only"

# Tables of a meeting's minutes, and how a row finds its meeting (R is OLD or NEW).
ITEM_MEETING = "(SELECT meeting_id FROM meetings_agendaitem WHERE id = R.item_id)"
LOCKED_TABLES: dict[str, str] = {
    "meetings_agendaitem": "R.meeting_id",
    "meetings_attendance": "R.meeting_id",
    "meetings_point": ITEM_MEETING,
    "meetings_decision": ITEM_MEETING,
    "meetings_attachment": ITEM_MEETING,
    "meetings_routingstep": ITEM_MEETING,
    "meetings_referral": ITEM_MEETING,
    "meetings_itemabsence": ITEM_MEETING,
}
APPEND_ONLY_TABLES = ["meetings_auditentry", "meetings_correction"]

# A locked meeting may still move from approved to published, and nothing else.
MEETING_CHANGED = (
    "NEW.locked_at IS NOT OLD.locked_at OR NEW.body_id IS NOT OLD.body_id "
    "OR NEW.date IS NOT OLD.date OR NEW.kind IS NOT OLD.kind OR NEW.start IS NOT OLD.start "
    'OR NEW."end" IS NOT OLD."end" OR NEW.place IS NOT OLD.place '
    "OR NOT (NEW.state = OLD.state OR (OLD.state = 'minutes_approved' AND NEW.state = 'published'))"
)

_local = threading.local()


def _locked(meeting: str) -> str:
    # Only this module's constants go into the SQL.
    return f"EXISTS (SELECT 1 FROM meetings_meeting WHERE id = {meeting} AND locked_at IS NOT NULL)"  # noqa: S608


def _locked_tables(present: Collection[str] | None) -> dict[str, str]:
    """The locked tables among those present (all when None): a migration before the one
    that made a table installs the guard of the tables there are."""
    return {t: m for t, m in LOCKED_TABLES.items() if present is None or t in present}


def trigger_sql(vendor: str, present: Collection[str] | None = None) -> list[str]:
    """CREATE statements for every guard trigger on this database (on the tables present)."""
    out: list[str] = []
    locked_tables = _locked_tables(present)
    if vendor == "sqlite":
        off = "dagsorden_maintenance() = 0"
        fail = f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
        for table, meeting in locked_tables.items():
            name = table.split("_", 1)[1]
            for op, rows in (("INSERT", ["NEW"]), ("UPDATE", ["OLD", "NEW"]), ("DELETE", ["OLD"])):
                locked = " OR ".join(_locked(meeting.replace("R.", f"{r}.")) for r in rows)
                out.append(
                    f"CREATE TRIGGER guard_{name}_{op.lower()} BEFORE {op} ON {table} "
                    f"WHEN {off} AND ({locked}) {fail}"
                )
        out.append(
            "CREATE TRIGGER guard_meeting_update BEFORE UPDATE ON meetings_meeting "
            f"WHEN {off} AND OLD.locked_at IS NOT NULL AND ({MEETING_CHANGED}) {fail}"
        )
        out.append(
            "CREATE TRIGGER guard_meeting_delete BEFORE DELETE ON meetings_meeting "
            f"WHEN {off} AND OLD.locked_at IS NOT NULL {fail}"
        )
        for table in APPEND_ONLY_TABLES:
            name = table.split("_", 1)[1]
            for op in ("UPDATE", "DELETE"):
                out.append(
                    f"CREATE TRIGGER guard_{name}_{op.lower()} BEFORE {op} ON {table} "
                    f"WHEN {off} {fail}"
                )
        return out

    off = "coalesce(current_setting('dagsorden.maintenance', true), '') = 'on'"
    raise_ = f"RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation'"
    for table, meeting in locked_tables.items():
        name = f"guard_{table.split('_', 1)[1]}"
        new, old = _locked(meeting.replace("R.", "NEW.")), _locked(meeting.replace("R.", "OLD."))
        out.append(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF {off} THEN RETURN COALESCE(NEW, OLD); END IF; "
            f"IF TG_OP <> 'DELETE' AND {new} THEN {raise_}; END IF; "
            f"IF TG_OP <> 'INSERT' AND {old} THEN {raise_}; END IF; "
            "RETURN COALESCE(NEW, OLD); END $$"
        )
        out.append(
            f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION {name}()"
        )
    pg_changed = MEETING_CHANGED.replace(" IS NOT ", " IS DISTINCT FROM ")
    out.append(
        "CREATE OR REPLACE FUNCTION guard_meeting() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        f"IF {off} OR OLD.locked_at IS NULL THEN RETURN COALESCE(NEW, OLD); END IF; "
        f"IF TG_OP = 'DELETE' OR ({pg_changed}) THEN {raise_}; END IF; "
        "RETURN NEW; END $$"
    )
    out.append(
        "CREATE TRIGGER guard_meeting BEFORE UPDATE OR DELETE ON meetings_meeting "
        "FOR EACH ROW EXECUTE FUNCTION guard_meeting()"
    )
    out.append(
        "CREATE OR REPLACE FUNCTION guard_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN IF {off} THEN RETURN COALESCE(NEW, OLD); END IF; {raise_}; END $$"
    )
    for table in APPEND_ONLY_TABLES:
        out.append(
            f"CREATE TRIGGER guard_{table.split('_', 1)[1]} BEFORE UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION guard_append_only()"
        )
    return out


def drop_sql(vendor: str, present: Collection[str] | None = None) -> list[str]:
    if vendor == "sqlite":
        # 'CREATE TRIGGER <name> ...'
        names = [s.split()[2] for s in trigger_sql("sqlite", present)]
        return [f"DROP TRIGGER IF EXISTS {n}" for n in names]
    out = []
    locked = list(_locked_tables(present))
    for table in [*locked, "meetings_meeting", *APPEND_ONLY_TABLES]:
        out.append(f"DROP TRIGGER IF EXISTS guard_{table.split('_', 1)[1]} ON {table}")
    for table in [*locked, "meetings_meeting"]:
        out.append(f"DROP FUNCTION IF EXISTS guard_{table.split('_', 1)[1]}()")
    out.append("DROP FUNCTION IF EXISTS guard_append_only()")
    return out


def trigger_names(vendor: str, present: Collection[str] | None = None) -> set[str]:
    return {s.split()[2] for s in trigger_sql(vendor, present) if s.startswith("CREATE TRIGGER")}


def existing_triggers(conn: Any) -> set[str]:
    with conn.cursor() as cursor:
        if conn.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        else:
            cursor.execute("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")
        return {row[0] for row in cursor.fetchall()}


def ensure_installed(conn: Any) -> bool:
    """(Re)create the guard when any of its triggers is missing. SQLite drops a table's
    triggers when a migration rebuilds the table, so this runs after every migrate."""
    present = conn.introspection.table_names()
    if trigger_names(conn.vendor, present) <= existing_triggers(conn):
        return False
    with conn.cursor() as cursor:
        for statement in [*drop_sql(conn.vendor, present), *trigger_sql(conn.vendor, present)]:
            cursor.execute(statement)
    return True


def after_migrate(sender: Any, using: str = "default", plan: Any = None, **kwargs: Any) -> None:
    """post_migrate: put the guard back if a migration lost it (from migration 0007 on)."""
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    conn = connections[using]
    applied = MigrationRecorder(conn).applied_migrations()
    if ("meetings", "0007_minutes_guard") in applied:
        ensure_installed(conn)


def maintenance_active() -> int:
    return 1 if getattr(_local, "depth", 0) else 0


def register_sqlite_function(sender: Any, connection: Any, **kwargs: Any) -> None:
    """connection_created: give each SQLite connection the flag the triggers read."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "dagsorden_maintenance", 0, maintenance_active, deterministic=False
        )


@contextmanager
def maintenance() -> Iterator[None]:
    """Let the block change locked minutes: restoring a backup, emptying a test database."""
    _local.depth = getattr(_local, "depth", 0) + 1
    pg = connection.vendor == "postgresql"
    try:
        if pg:
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('dagsorden.maintenance', 'on', false)")
        yield
    finally:
        _local.depth -= 1
        if pg and not _local.depth:
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('dagsorden.maintenance', '', false)")
