from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "dagsorden.search"
    label = "search"
    verbose_name = "Søgning"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signals  # noqa: F401  (connects the index to model changes)
