"""SQLite: full-text rows follow deleted entries. PostgreSQL: keep each entry's weighted tsvector in a column (filled by a trigger) instead of
an expression index, so that ranking reads it instead of re-parsing every matching text."""

from django.db import migrations


def forwards(apps, schema_editor):
    # The trigger SQL lives in search/triggers.py, which also restores it after migrations.
    from dagsorden.search.triggers import create_entry_triggers

    conn = schema_editor.connection
    if conn.vendor == "postgresql":
        with conn.cursor() as cursor:
            cursor.execute("DROP INDEX IF EXISTS search_entry_fts")
            cursor.execute(
                "ALTER TABLE search_searchentry ADD COLUMN IF NOT EXISTS vector tsvector"
            )
    create_entry_triggers(conn)  # SQLite: rows follow entries; PostgreSQL: fills the column
    if conn.vendor == "postgresql":
        with conn.cursor() as cursor:
            cursor.execute(
                "CREATE INDEX IF NOT EXISTS search_entry_vector_gin ON search_searchentry USING gin (vector)"
            )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        with schema_editor.connection.cursor() as cursor:
            cursor.execute("DROP TRIGGER IF EXISTS search_entry_gone")
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER IF EXISTS search_entry_vector ON search_searchentry")
        cursor.execute("DROP FUNCTION IF EXISTS search_entry_vector()")
        cursor.execute("ALTER TABLE search_searchentry DROP COLUMN IF EXISTS vector")


class Migration(migrations.Migration):
    dependencies = [("search", "0002_public_flag")]
    operations = [migrations.RunPython(forwards, backwards)]
