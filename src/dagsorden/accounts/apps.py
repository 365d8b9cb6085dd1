from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "dagsorden.accounts"
    label = "accounts"
    verbose_name = "Brugere og log ind"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signals  # noqa: F401 (connects the receivers)
