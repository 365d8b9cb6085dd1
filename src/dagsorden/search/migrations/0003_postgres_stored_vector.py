"""SQLite: full-text rows follow deleted entries. PostgreSQL: keep each entry's weighted tsvector in a column (filled by a trigger) instead of
an expression index, so that ranking reads it instead of re-parsing every matching text."""

from django.db import migrations

VECTOR = (
    "setweight(to_tsvector('danish'::regconfig, coalesce(NEW.title, '')), 'A') || "
    "setweight(to_tsvector('danish'::regconfig, coalesce(NEW.text, '')), 'B')"
)


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        # SQLite: a deleted entry takes its full-text row with it, however it was deleted
        # (a cascade from its item included).
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(
                "DELETE FROM search_fts WHERE rowid NOT IN (SELECT id FROM search_searchentry)"
            )
            cursor.execute(
                "CREATE TRIGGER search_entry_gone AFTER DELETE ON search_searchentry "
                "BEGIN DELETE FROM search_fts WHERE rowid = OLD.id; END"
            )
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DROP INDEX IF EXISTS search_entry_fts")
        cursor.execute("ALTER TABLE search_searchentry ADD COLUMN IF NOT EXISTS vector tsvector")
        cursor.execute(
            "CREATE OR REPLACE FUNCTION search_entry_vector() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN NEW.vector := {VECTOR}; RETURN NEW; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER search_entry_vector BEFORE INSERT OR UPDATE OF title, text ON search_searchentry "
            "FOR EACH ROW EXECUTE FUNCTION search_entry_vector()"
        )
        cursor.execute(
            "UPDATE search_searchentry SET title = title"
        )  # fill the column for old rows
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
