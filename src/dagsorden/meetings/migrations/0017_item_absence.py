"""Who took no part in an item (disqualified, or away while it was dealt with), kept with
the item; its rows locked with the item's approved minutes like the rest of them."""

import django.db.models.deletion
from django.db import migrations, models


def guard(apps, schema_editor):  # type: ignore[no-untyped-def]
    from dagsorden.meetings.guard import ensure_installed

    ensure_installed(schema_editor.connection)


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0016_item_access_stated"),
    ]

    operations = [
        migrations.CreateModel(
            name="ItemAbsence",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("afbud", "afbud"),
                            ("fraværende", "fraværende"),
                            ("inhabil", "inhabil"),
                        ],
                        default="fraværende",
                        max_length=20,
                        verbose_name="art",
                    ),
                ),
                (
                    "title",
                    models.CharField(
                        blank=True, max_length=300, verbose_name="stilling (som skrevet)"
                    ),
                ),
                (
                    "remark",
                    models.CharField(
                        blank=True, help_text="Fx 'A'.", max_length=300, verbose_name="bemærkning"
                    ),
                ),
                (
                    "item",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="absences",
                        to="meetings.agendaitem",
                        verbose_name="dagsordenspunkt",
                    ),
                ),
                (
                    "person",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="item_absences",
                        to="meetings.person",
                        verbose_name="person",
                    ),
                ),
            ],
            options={
                "verbose_name": "deltog ikke i punktet",
                "verbose_name_plural": "deltog ikke i punktet",
                "ordering": ["item", "id"],
            },
        ),
        migrations.RunPython(guard, migrations.RunPython.noop),
    ]
