from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from .organisation import Body


class RecurringTopic(models.Model):
    """A topic of the årshjul (the board's annual plan) with the rule that brings it back:
    yearly in a month, quarterly, every n-th year, at the start of each political cycle, or
    once per head of department a year (one dialogue meeting each)."""

    class Rule(models.TextChoices):
        YEARLY = "yearly", _("årligt")
        QUARTERLY = "quarterly", _("kvartalsvis")
        EVERY_N_YEARS = "every_n_years", _("hvert n'te år")
        CYCLE_START = "cycle_start", _("ved hver ny valgperiode")
        PER_HEAD = "per_head", _("én gang årligt pr. afdelingschef")

    body = models.ForeignKey(
        Body, verbose_name="organ", on_delete=models.CASCADE, related_name="recurring_topics"
    )
    title = models.CharField("emne", max_length=300)
    description = models.TextField("beskrivelse", blank=True)
    rule = models.CharField("regel", max_length=20, choices=Rule.choices, default=Rule.YEARLY)
    month = models.PositiveSmallIntegerField(
        "måned", default=1, help_text="1-12. Kvartalsvis: kvartalets første gang."
    )
    interval = models.PositiveSmallIntegerField(
        "hvert n'te år", default=1, help_text="Kun for 'hvert n'te år'."
    )
    first_year = models.PositiveSmallIntegerField(
        "første år", null=True, blank=True, help_text="Hvert n'te år regnes fra dette år."
    )
    heads = models.TextField(
        "afdelingschefer",
        blank=True,
        help_text="Kun for 'pr. afdelingschef': én pr. linje, hver evt. med sin måned i "
        "parentes, fx »Økonomichef Bettina Andersen (januar)«; de øvrige fordeles over årets "
        "måneder fra startmåneden.",
    )
    active = models.BooleanField("aktiv", default=True)
    public = models.BooleanField(
        "offentlig", default=False, help_text="Vises i det offentlige årshjul."
    )

    class Meta:
        verbose_name = "emne i årshjulet"
        verbose_name_plural = "årshjul"
        ordering = ["body__name", "month", "title"]

    def __str__(self) -> str:
        return f"{self.title} ({self.get_rule_display()})"
