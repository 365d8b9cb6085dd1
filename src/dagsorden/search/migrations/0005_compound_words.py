"""The vocabulary a query word is looked up in as a compound's later part, filled from the
entries there are."""

from django.db import migrations, models


def fill(apps, schema_editor):
    from dagsorden.search.backends import create_vocabulary, keep_compound_words

    create_vocabulary(schema_editor.connection)
    entries = apps.get_model("search", "SearchEntry").objects.using(schema_editor.connection.alias)
    batch: list[tuple[int, str, str]] = []
    for row in entries.values_list("id", "title", "text").iterator(chunk_size=2000):
        batch.append(row)
        if len(batch) == 2000:
            keep_compound_words(batch)
            batch = []
    keep_compound_words(batch)


def drop_index(apps, schema_editor):
    with schema_editor.connection.cursor() as cursor:
        if schema_editor.connection.vendor == "sqlite":
            cursor.execute("DROP TABLE IF EXISTS search_compound_fts")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_file_text")]

    operations = [
        migrations.CreateModel(
            name="CompoundWord",
            fields=[("word", models.CharField(max_length=64, primary_key=True, serialize=False))],
            options={"verbose_name": "sammensat ord", "verbose_name_plural": "sammensatte ord"},
        ),
        migrations.RunPython(fill, drop_index),
    ]
