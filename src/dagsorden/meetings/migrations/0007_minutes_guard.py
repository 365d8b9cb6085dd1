from django.db import migrations


def create(apps, schema_editor):
    from dagsorden.meetings.guard import trigger_sql

    conn = schema_editor.connection
    with conn.cursor() as cursor:
        # The tables of this migration's time: those made later get theirs when made.
        for statement in trigger_sql(conn.vendor, conn.introspection.table_names()):
            cursor.execute(statement)


def drop(apps, schema_editor):
    from dagsorden.meetings.guard import drop_sql

    conn = schema_editor.connection
    with conn.cursor() as cursor:
        for statement in drop_sql(conn.vendor, conn.introspection.table_names()):
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0006_standard_texts")]
    operations = [migrations.RunPython(create, drop)]
