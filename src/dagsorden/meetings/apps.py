from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "dagsorden.meetings"
    label = "meetings"
    verbose_name = "Møder"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from .guard import register_sqlite_function

        connection_created.connect(register_sqlite_function, dispatch_uid="dagsorden-guard")
