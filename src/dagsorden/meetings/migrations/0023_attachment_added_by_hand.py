"""A bilag the secretariat added to imported minutes (importer/hand_edits.py). Added with
ALTER TABLE, as 0021 and 0022: the triggers naming the table would not survive its remaking."""

from django.db import migrations, models

ADD = {
    "sqlite": "ALTER TABLE meetings_attachment ADD COLUMN added_by_hand bool NOT NULL DEFAULT 0",
    "postgresql": (
        "ALTER TABLE meetings_attachment ADD COLUMN added_by_hand boolean NOT NULL DEFAULT false"
    ),
}


def add(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    schema_editor.execute(ADD[schema_editor.connection.vendor])


def drop(apps, schema_editor) -> None:  # type: ignore[no-untyped-def]
    schema_editor.execute("ALTER TABLE meetings_attachment DROP COLUMN added_by_hand")


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0022_hand_edits"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(add, drop)],
            state_operations=[
                migrations.AddField(
                    model_name="attachment",
                    name="added_by_hand",
                    field=models.BooleanField(
                        default=False,
                        help_text="Lagt op til et importeret punkt i sekretariatet; bevares, "
                        "når dokumentet importeres igen.",
                        verbose_name="lagt op i hånden",
                    ),
                ),
            ],
        ),
    ]
