from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "dagsorden.search"
    label = "search"
    verbose_name = "Søgning"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from . import signals  # noqa: F401  (connects the index to model changes)
        from .triggers import after_migrate

        post_migrate.connect(after_migrate, sender=self, dispatch_uid="dagsorden-search-migrate")
