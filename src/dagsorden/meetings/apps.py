from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "dagsorden.meetings"
    label = "meetings"
    verbose_name = "Møder"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.backends.signals import connection_created
        from django.db.models.signals import post_migrate

        from .guard import after_migrate, register_sqlite_function

        connection_created.connect(register_sqlite_function, dispatch_uid="dagsorden-guard")
        post_migrate.connect(after_migrate, sender=self, dispatch_uid="dagsorden-guard-migrate")
