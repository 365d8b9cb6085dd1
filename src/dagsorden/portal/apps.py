from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "dagsorden.portal"
    label = "portal"
    verbose_name = "Portal"
