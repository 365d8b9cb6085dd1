import django.db.models.deletion
from django.db import migrations, models


def create_index(apps, schema_editor):
    from dagsorden.search.backends import PostgresBackend, SqliteBackend

    vendor = schema_editor.connection.vendor
    backend = {"sqlite": SqliteBackend, "postgresql": PostgresBackend}.get(vendor)
    if backend is None:
        raise RuntimeError(f"dagsorden search supports SQLite and PostgreSQL, not {vendor}")
    backend().create()


def drop_index(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        if schema_editor.connection.vendor == "sqlite":
            cursor.execute("DROP TABLE IF EXISTS search_fts")
        else:
            cursor.execute("DROP INDEX IF EXISTS search_entry_fts")


class Migration(migrations.Migration):
    initial = True
    dependencies = [("meetings", "0004_referral_target_derived")]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
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
                            ("item", "sag"),
                            ("point", "punkt"),
                            ("decision", "beslutning"),
                            ("attachment", "bilag"),
                        ],
                        max_length=12,
                    ),
                ),
                ("date", models.DateField()),
                ("title", models.TextField()),
                ("text", models.TextField(blank=True)),
                (
                    "attachment",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="meetings.attachment",
                    ),
                ),
                (
                    "body",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="meetings.body",
                    ),
                ),
                (
                    "item",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="meetings.agendaitem",
                    ),
                ),
                (
                    "meeting",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="meetings.meeting",
                    ),
                ),
                (
                    "point",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="meetings.point",
                    ),
                ),
            ],
            options={
                "verbose_name": "søgeindgang",
                "verbose_name_plural": "søgeindeks",
                "indexes": [
                    models.Index(fields=["date"], name="search_sear_date_58da88_idx"),
                    models.Index(fields=["body", "date"], name="search_sear_body_id_be2aa8_idx"),
                ],
            },
        ),
        migrations.RunPython(create_index, drop_index),
    ]
