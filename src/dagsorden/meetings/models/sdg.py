from __future__ import annotations

from django.db import models

from .item import AgendaItem, Point


class SDGGoal(models.Model):
    """One of the UN's 17 Sustainable Development Goals (verdensmål)."""

    number = models.PositiveSmallIntegerField("nummer", unique=True)
    name_da = models.CharField("navn (dansk)", max_length=200)
    name_en = models.CharField("navn (engelsk)", max_length=200)
    colour = models.CharField("farve", max_length=7)

    class Meta:
        verbose_name = "verdensmål"
        verbose_name_plural = "verdensmål"
        ordering = ["number"]

    def __str__(self) -> str:
        return f"{self.number}. {self.name_da}"


class SDGTag(models.Model):
    """An item or point tagged with a goal; suggested tags wait for the secretariat."""

    goal = models.ForeignKey(
        SDGGoal, verbose_name="verdensmål", on_delete=models.PROTECT, related_name="tags"
    )
    item = models.ForeignKey(
        AgendaItem,
        verbose_name="dagsordenspunkt",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sdg_tags",
    )
    point = models.ForeignKey(
        Point,
        verbose_name="underpunkt",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sdg_tags",
    )
    confirmed = models.BooleanField("bekræftet", default=False)

    class Meta:
        verbose_name = "verdensmålsmærkning"
        verbose_name_plural = "verdensmålsmærkninger"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(item__isnull=False) | models.Q(point__isnull=False),
                name="sdgtag_has_target",
            )
        ]

    def __str__(self) -> str:
        return f"{self.goal} → {self.point or self.item}"
