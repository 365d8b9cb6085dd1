from django.apps import AppConfig


class SecretariatConfig(AppConfig):
    name = "dagsorden.secretariat"
    label = "secretariat"
    verbose_name = "Sekretariat"
