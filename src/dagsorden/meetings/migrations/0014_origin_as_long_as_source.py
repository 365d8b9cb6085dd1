"""An imported row's origin as long as the document's key (ImportedDocument.source): a path
over 300 characters failed on PostgreSQL. SQLite does not hold a text column to its length,
and would alter the column by making the table anew, which the triggers naming it (the
minutes' guard, the search index) do not survive: the change is PostgreSQL's alone."""

from django.db import migrations, models

TABLES = ("meetings_agendaitem", "meetings_attendance")


def _widen(length: int):  # type: ignore[no-untyped-def]
    def run(apps, schema_editor):  # type: ignore[no-untyped-def]
        if schema_editor.connection.vendor != "postgresql":
            return
        with schema_editor.connection.cursor() as cursor:
            for table in TABLES:
                cursor.execute(f"ALTER TABLE {table} ALTER COLUMN origin TYPE varchar({length})")

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0013_role_public_period"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(_widen(1000), _widen(300))],
            state_operations=[
                migrations.AlterField(
                    model_name="agendaitem",
                    name="origin",
                    field=models.CharField(
                        blank=True,
                        db_index=True,
                        help_text="Det importerede dokument, punktet kom fra.",
                        max_length=1000,
                        verbose_name="kilde",
                    ),
                ),
                migrations.AlterField(
                    model_name="attendance",
                    name="origin",
                    field=models.CharField(
                        blank=True, db_index=True, max_length=1000, verbose_name="kilde"
                    ),
                ),
            ],
        ),
    ]
