"""What an imported decision says before its points' parts that is no point's. Added with
ALTER TABLE, as 0016 added a column to the same table: Django remakes a table on SQLite to
add one, and the triggers naming it (the minutes' guard, the search index) would not survive."""

from django.db import migrations, models

ADD = "ALTER TABLE meetings_agendaitem ADD COLUMN decision_lead text NOT NULL DEFAULT ''"
DROP = "ALTER TABLE meetings_agendaitem DROP COLUMN decision_lead"


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0020_action_due_next_body"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(ADD, DROP)],
            state_operations=[
                migrations.AddField(
                    model_name="agendaitem",
                    name="decision_lead",
                    field=models.TextField(
                        blank=True,
                        help_text="Hvad beslutningen siger før punkternes dele, som ikke er et "
                        "punkts (et importeret referat: 'Direktionen drøftede punkterne samlet. "
                        "…').",
                        verbose_name="beslutning om punkterne",
                    ),
                ),
            ],
        ),
    ]
