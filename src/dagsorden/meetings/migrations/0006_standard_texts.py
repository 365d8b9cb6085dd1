from django.db import migrations


def add_texts(apps, schema_editor):
    from dagsorden.meetings.standard_texts import INITIAL

    StandardText = apps.get_model("meetings", "StandardText")
    for key, title, section, text in INITIAL:
        if not StandardText.objects.filter(key=key).exists():
            StandardText.objects.create(key=key, title=title, section=section, text=text)


class Migration(migrations.Migration):
    dependencies = [("meetings", "0005_meeting_preparation")]
    operations = [migrations.RunPython(add_texts, migrations.RunPython.noop)]
