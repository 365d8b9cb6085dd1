from django.db import models


class Access(models.TextChoices):
    OPEN = "open", "åben"
    CLOSED = "closed", "lukket"
