"""A role is public only where it was seen in public text (an open item, the absences).
Roles stored before this were not told apart, so they start closed, as anything of unknown
access is: each becomes public again when a new or changed document names it in public (an
archive imported afresh gets every role's visibility from its documents)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0011_action_responsible_people"),
    ]

    operations = [
        migrations.AddField(
            model_name="role",
            name="public",
            field=models.BooleanField(
                default=False,
                help_text="Nævnt i en åben sag eller på afbudslisten: vises for alle.",
                verbose_name="offentlig",
            ),
        ),
    ]
