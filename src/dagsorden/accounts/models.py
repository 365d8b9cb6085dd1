from __future__ import annotations

from django.db import models


class LoginFailure(models.Model):
    """A failed sign-in, counted for the rate limit (kept in the database so that every web
    server process counts the same attempts)."""

    when = models.DateTimeField("tidspunkt", auto_now_add=True, db_index=True)
    username = models.CharField("brugernavn", max_length=150, db_index=True)
    address = models.GenericIPAddressField("IP-adresse", null=True, db_index=True)

    class Meta:
        verbose_name = "mislykket log ind"
        verbose_name_plural = "mislykkede log ind"
