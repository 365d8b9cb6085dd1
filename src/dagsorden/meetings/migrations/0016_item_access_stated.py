"""Whether the imported document wrote an item's access (other systems' published minutes
often do not: such items are closed until someone opens them). Added with ALTER TABLE, not
as Django adds a field on SQLite (by making the table anew), which the triggers naming the
table (the minutes' guard, the search index) would not survive."""

from django.db import migrations, models

ADD = "ALTER TABLE meetings_agendaitem ADD COLUMN access_stated boolean NOT NULL DEFAULT true"
DROP = "ALTER TABLE meetings_agendaitem DROP COLUMN access_stated"


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0015_attachment_document_id"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(ADD, DROP)],
            state_operations=[
                migrations.AddField(
                    model_name="agendaitem",
                    name="access_stated",
                    field=models.BooleanField(
                        default=True,
                        help_text="Nej: det importerede dokument angav ikke punktets adgang, "
                        "så det er lukket, til nogen åbner det.",
                        verbose_name="adgang angivet",
                    ),
                ),
            ],
        ),
    ]
