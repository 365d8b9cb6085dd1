from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from dagsorden.core.periods import period_label

from ..querysets import ActionQuerySet
from .item import AgendaItem, Decision, Point
from .meeting import Meeting
from .organisation import Body, Person


class Action(models.Model):
    """A follow-up: '<X> tager videre initiativ', '<X> følger op', '<X> foranlediger …'."""

    class Status(models.TextChoices):
        OPEN = "open", _("åben")
        DONE = "done", _("afsluttet")

    item = models.ForeignKey(
        AgendaItem, verbose_name="dagsordenspunkt", on_delete=models.CASCADE, related_name="actions"
    )
    point = models.ForeignKey(
        Point,
        verbose_name="underpunkt",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="actions",
    )
    # Everyone named as responsible: 'X og Y tager videre initiativ' is both X's and Y's.
    responsible_people = models.ManyToManyField(
        Person, verbose_name="ansvarlige personer", blank=True, related_name="actions"
    )
    responsible_role = models.CharField("ansvarlig (som skrevet)", max_length=500, blank=True)
    verb = models.CharField("handling", max_length=100, blank=True)
    text = models.TextField("tekst")
    due_date = models.DateField("frist", null=True, blank=True)
    # '… følger op på næste møde': due at this body's first meeting after the one that
    # decided it, whichever that is once planned (ActionQuerySet.with_deadline)
    due_next_body = models.ForeignKey(
        Body,
        verbose_name="frist: organets næste møde",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.OPEN)
    closed_by = models.ForeignKey(
        Decision,
        verbose_name="afsluttet ved",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="closed_actions",
    )
    closed_point = models.ForeignKey(
        Point,
        verbose_name="afsluttet ved punkt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="closing_actions",
    )
    closed_at = models.DateTimeField("afsluttet", null=True, blank=True)
    # Noted by the secretariat rather than read from the minutes: kept when the minutes are
    # imported again (importer/kept_work.py).
    added_by_hand = models.BooleanField("tilføjet i hånden", default=False)

    objects = ActionQuerySet.as_manager()

    class Meta:
        verbose_name = "opfølgning"
        verbose_name_plural = "opfølgninger"
        ordering = ["status", "due_date", "id"]

    def __str__(self) -> str:
        return f"{self.responsible_role or 'Opfølgning'}: {self.verb}"


class Referral(models.Model):
    """A later (or earlier) treatment: 'behandles endelig på møde i ØK d. 6. december',
    'punktet behandles i direktionen igen d. 21. december', 'genoptages'."""

    class Kind(models.TextChoices):
        REFERRAL = "referral", _("videresendt")
        RETURN = "return", _("behandles igen")
        PREVIOUS = "previous", _("tidligere behandling")

    item = models.ForeignKey(
        AgendaItem,
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="referrals",
    )
    point = models.ForeignKey(
        Point,
        verbose_name="underpunkt",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="referrals",
    )
    body = models.ForeignKey(
        Body, verbose_name="organ", on_delete=models.PROTECT, related_name="referrals"
    )

    class Precision(models.TextChoices):
        DAY = "day", _("dato")
        MONTH = "month", _("måned")  # 'drøftes igen i marts': date is the 1st
        NEXT = "next", _("næste møde")  # 'genoptages på næste møde': the first after date
        # 'genoptages i foråret', 'i uge 45': the first from date to until
        PERIOD = "period", _("periode")

    date = models.DateField("dato")
    precision = models.CharField(
        "præcision", max_length=6, choices=Precision.choices, default=Precision.DAY
    )
    until = models.DateField("til og med", null=True, blank=True)  # a period's last day
    kind = models.CharField("type", max_length=10, choices=Kind.choices)
    text = models.TextField("tekst", blank=True)

    class Meta:
        verbose_name = "videre behandling"
        verbose_name_plural = "videre behandlinger"
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.body.code} {self.when} ({self.get_kind_display()})"

    @property
    def when(self) -> str:
        """The date as the text gave it: '21-12-2022', 'marts 2023', 'næste møde', 'uge 45
        2023', 'marts–maj 2024'."""
        if self.precision == self.Precision.NEXT:
            return str(_("næste møde"))
        if self.precision == self.Precision.MONTH:
            return date_format(self.date, "F Y")
        if self.precision == self.Precision.PERIOD and self.until is not None:
            return period_label(self.date, self.until, _month_name, str(_("uge")))
        return f"{self.date:%d-%m-%Y}"

    @property
    def target_meeting(self) -> Meeting | None:
        """The meeting the case goes to, once it exists (found by body and date, not stored:
        it may be imported or created after the referral)."""
        return self.target_in(Meeting.objects.all())

    def target_in(self, meetings: models.QuerySet[Meeting]) -> Meeting | None:
        """The target among these meetings: the body's meeting that day, its first in the
        month, its first after the deciding meeting, or its first in the period after it;
        but for one that day, an ordinary meeting (MeetingQuerySet.deciding)."""
        of_body = meetings.filter(body=self.body_id)
        if self.precision != self.Precision.DAY:
            of_body = of_body.filter(kind=Meeting.Kind.ORDINARY)
        if self.precision == self.Precision.NEXT:
            return of_body.filter(date__gt=self.date).order_by("date").first()
        if self.precision == self.Precision.MONTH:
            return (
                of_body.filter(date__year=self.date.year, date__month=self.date.month)
                .order_by("date")
                .first()
            )
        if self.precision == self.Precision.PERIOD and self.until is not None:
            after = max(self.date, self.item.meeting.date + dt.timedelta(days=1))
            return of_body.filter(date__range=(after, self.until)).order_by("date").first()
        return of_body.filter(date=self.date).first()


def _month_name(month: int) -> str:
    return date_format(dt.date(2000, month, 1), "F")
