"""A follow-up noted by the secretariat rather than read from the minutes: kept when the
minutes are imported again."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0018_referral_period"),
    ]

    operations = [
        migrations.AddField(
            model_name="action",
            name="added_by_hand",
            field=models.BooleanField(default=False, verbose_name="tilføjet i hånden"),
        ),
    ]
