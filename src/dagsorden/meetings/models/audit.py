from __future__ import annotations

from django.conf import settings
from django.db import models


class AuditEntry(models.Model):
    """Who changed what, when and why. Entries are only ever added."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="bruger",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    when = models.DateTimeField("tidspunkt", auto_now_add=True)
    action = models.CharField("handling", max_length=50)
    object_type = models.CharField("objekttype", max_length=100)
    object_id = models.CharField("objekt-id", max_length=100)
    what = models.JSONField("ændring", default=dict, blank=True)
    why = models.TextField("begrundelse", blank=True)

    class Meta:
        verbose_name = "logpost"
        verbose_name_plural = "revisionslog"
        ordering = ["-when", "-id"]

    def __str__(self) -> str:
        return f"{self.when:%d-%m-%Y %H:%M} {self.action} {self.object_type} {self.object_id}"

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        if self.pk is not None:
            raise PermissionError("audit entries cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise PermissionError("audit entries cannot be deleted")
