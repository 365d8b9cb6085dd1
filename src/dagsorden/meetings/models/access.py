from django.db import models
from django.utils.translation import gettext_lazy as _


class Access(models.TextChoices):
    OPEN = "open", _("åben")
    CLOSED = "closed", _("lukket")
