from __future__ import annotations

from django.conf import settings
from django.db import models

from .item import AgendaItem, Point
from .meeting import Meeting


class Correction(models.Model):
    """A correction of approved minutes, made by addition: the original text stays, this is
    shown beside it as 'rettet'. Rows are never changed or deleted (database triggers)."""

    meeting = models.ForeignKey(
        Meeting, verbose_name="møde", on_delete=models.PROTECT, related_name="corrections"
    )
    item = models.ForeignKey(
        AgendaItem,
        verbose_name="dagsordenspunkt",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
    )
    point = models.ForeignKey(
        Point,
        verbose_name="underpunkt",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="corrections",
    )
    text = models.TextField("rettelse")
    reason = models.TextField("begrundelse")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="rettet af", null=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField("rettet", auto_now_add=True)

    class Meta:
        verbose_name = "rettelse"
        verbose_name_plural = "rettelser"
        ordering = ["created", "id"]

    def __str__(self) -> str:
        return f"Rettelse {self.created:%d-%m-%Y}"
