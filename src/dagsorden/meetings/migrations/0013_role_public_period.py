"""A role's public period in place of a flag: a role seen first in a closed item's content
and later in public showed the public the closed sighting's date as its start. Roles marked
public before keep their whole period as the public one (which sightings were closed was not
kept); a document imported again sets it from its own text. (A role made by hand, public
but with no dates, has no period to carry over: give it one in the admin.)"""

from django.db import migrations, models
from django.db.models.functions import Coalesce


def period_from_flag(apps, schema_editor):  # type: ignore[no-untyped-def]
    Role = apps.get_model("meetings", "Role")
    Role.objects.filter(public=True).update(
        public_start=Coalesce("start", "end"), public_end=Coalesce("end", "start")
    )


def flag_from_period(apps, schema_editor):  # type: ignore[no-untyped-def]
    Role = apps.get_model("meetings", "Role")
    Role.objects.filter(public_start__isnull=False).update(public=True)


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0012_role_public"),
    ]

    operations = [
        migrations.AddField(
            model_name="role",
            name="public_start",
            field=models.DateField(
                blank=True,
                help_text="Første møde, hvor den er nævnt i en åben sag eller på afbudslisten.",
                null=True,
                verbose_name="offentlig fra",
            ),
        ),
        migrations.AddField(
            model_name="role",
            name="public_end",
            field=models.DateField(
                blank=True,
                help_text="Seneste møde, hvor den er nævnt i en åben sag eller på afbudslisten.",
                null=True,
                verbose_name="offentlig til",
            ),
        ),
        migrations.RunPython(period_from_flag, flag_from_period),
        migrations.RemoveField(model_name="role", name="public"),
    ]
