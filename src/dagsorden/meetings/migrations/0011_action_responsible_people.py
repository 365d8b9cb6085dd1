"""An action's responsible person becomes its responsible people: 'X og Y følger op' names
both. The one person linked so far is kept as the first of them."""

import django.db.models.deletion
from django.db import migrations, models


def keep_the_person(apps, schema_editor):  # type: ignore[no-untyped-def]
    Action = apps.get_model("meetings", "Action")
    through = Action.responsible_people.through
    through.objects.bulk_create(
        through(action_id=action, person_id=person)
        for action, person in Action.objects.filter(responsible_person__isnull=False)
        .values_list("pk", "responsible_person_id")
        .iterator()
    )


def back_to_one(apps, schema_editor):  # type: ignore[no-untyped-def]
    Action = apps.get_model("meetings", "Action")
    for action in Action.objects.filter(responsible_people__isnull=False).distinct():
        action.responsible_person = action.responsible_people.order_by("pk").first()
        action.save(update_fields=["responsible_person"])


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0010_attachment_point"),
    ]

    operations = [
        # the old field gives up its reverse name before the new one takes it
        migrations.AlterField(
            model_name="action",
            name="responsible_person",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="meetings.person",
                verbose_name="ansvarlig person",
            ),
        ),
        migrations.AddField(
            model_name="action",
            name="responsible_people",
            field=models.ManyToManyField(
                blank=True,
                related_name="actions",
                to="meetings.person",
                verbose_name="ansvarlige personer",
            ),
        ),
        migrations.RunPython(keep_the_person, back_to_one),
        migrations.RemoveField(model_name="action", name="responsible_person"),
    ]
