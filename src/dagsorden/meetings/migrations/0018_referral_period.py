"""A return or referral to a period ('genoptages i foråret', 'i uge 45'): its last day."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0017_item_absence"),
    ]

    operations = [
        migrations.AddField(
            model_name="referral",
            name="until",
            field=models.DateField(blank=True, null=True, verbose_name="til og med"),
        ),
        migrations.AlterField(
            model_name="referral",
            name="precision",
            field=models.CharField(
                choices=[
                    ("day", "dato"),
                    ("month", "måned"),
                    ("next", "næste møde"),
                    ("period", "periode"),
                ],
                default="day",
                max_length=6,
                verbose_name="præcision",
            ),
        ),
    ]
