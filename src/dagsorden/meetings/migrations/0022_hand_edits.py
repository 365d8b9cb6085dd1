"""What the secretariat corrected by hand in imported minutes (meetings/hand_edits.py). Added
with ALTER TABLE, as 0021: Django remakes a table on SQLite to add a column, and the triggers
naming these tables (the minutes' guard, the search index) would not survive."""

from django.db import migrations, models

COLUMNS = [
    ("meetings_agendaitem", "hand_edits", "json"),
    ("meetings_point", "hand_edits", "json"),
    ("meetings_point", "added_by_hand", "bool"),
]
TYPES = {
    "sqlite": {
        "json": """text NOT NULL DEFAULT '{}' CHECK (JSON_VALID("%s"))""",
        "bool": "bool NOT NULL DEFAULT 0",
    },
    "postgresql": {"json": "jsonb NOT NULL DEFAULT '{}'", "bool": "boolean NOT NULL DEFAULT false"},
}


def add(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    types = TYPES[schema_editor.connection.vendor]
    for table, column, kind in COLUMNS:
        sql = types[kind] % column if "%s" in types[kind] else types[kind]
        schema_editor.execute(f'ALTER TABLE {table} ADD COLUMN "{column}" {sql}')


def drop(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    for table, column, _ in COLUMNS:
        schema_editor.execute(f'ALTER TABLE {table} DROP COLUMN "{column}"')


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0021_item_decision_lead"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(add, drop)],
            state_operations=[
                migrations.AddField(
                    model_name="agendaitem",
                    name="hand_edits",
                    field=models.JSONField(
                        blank=True,
                        default=dict,
                        help_text="Et importeret punkts felter, som sekretariatet har rettet, "
                        "hver med dokumentets tekst; og de underpunkter, det har slettet. "
                        "Rettelserne bevares, når dokumentet importeres igen.",
                        verbose_name="rettet i hånden",
                    ),
                ),
                migrations.AddField(
                    model_name="point",
                    name="added_by_hand",
                    field=models.BooleanField(
                        default=False,
                        help_text="Tilføjet et importeret punkt i sekretariatet; bevares, når "
                        "dokumentet importeres igen.",
                        verbose_name="tilføjet i hånden",
                    ),
                ),
                migrations.AddField(
                    model_name="point",
                    name="hand_edits",
                    field=models.JSONField(
                        blank=True,
                        default=dict,
                        help_text="Et importeret underpunkts felter, som sekretariatet har "
                        "rettet, hver med dokumentets tekst.",
                        verbose_name="rettet i hånden",
                    ),
                ),
            ],
        ),
    ]
