from django.db import migrations


def add_goals(apps, schema_editor):
    from dagsorden.meetings.sdg_goals import GOALS

    SDGGoal = apps.get_model("meetings", "SDGGoal")
    for number, da, en, colour in GOALS:
        SDGGoal.objects.update_or_create(
            number=number, defaults={"name_da": da, "name_en": en, "colour": colour}
        )


class Migration(migrations.Migration):
    dependencies = [("meetings", "0001_initial")]
    operations = [migrations.RunPython(add_goals, migrations.RunPython.noop)]
