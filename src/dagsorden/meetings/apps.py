from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "dagsorden.meetings"
    label = "meetings"
    verbose_name = "Møder"
    default_auto_field = "django.db.models.BigAutoField"
