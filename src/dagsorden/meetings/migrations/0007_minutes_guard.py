from django.db import migrations


def create(apps, schema_editor):
    from dagsorden.meetings.guard import trigger_sql

    with schema_editor.connection.cursor() as cursor:
        for statement in trigger_sql(schema_editor.connection.vendor):
            cursor.execute(statement)


def drop(apps, schema_editor):
    from dagsorden.meetings.guard import drop_sql

    with schema_editor.connection.cursor() as cursor:
        for statement in drop_sql(schema_editor.connection.vendor):
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0006_standard_texts")]
    operations = [migrations.RunPython(create, drop)]
