from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..querysets import MeetingQuerySet
from .organisation import Body, Person


class Meeting(models.Model):
    class Kind(models.TextChoices):
        ORDINARY = "ordinary", _("ordinært møde")
        SEMINAR = "seminar", _("seminar")
        DIALOGUE = "dialogue", _("dialogmøde")

    class State(models.TextChoices):
        DRAFT = "draft", _("kladde")
        AGENDA_PUBLISHED = "agenda_published", _("dagsorden offentliggjort")
        HELD = "held", _("afholdt")
        MINUTES_APPROVED = "minutes_approved", _("referat godkendt")
        PUBLISHED = "published", _("referat offentliggjort")

    body = models.ForeignKey(
        Body, verbose_name="organ", on_delete=models.PROTECT, related_name="meetings"
    )
    date = models.DateField("dato")
    start = models.TimeField("start", null=True, blank=True)
    end = models.TimeField("slut", null=True, blank=True)
    place = models.CharField("sted", max_length=200, blank=True)
    kind = models.CharField("mødetype", max_length=20, choices=Kind.choices, default=Kind.ORDINARY)
    state = models.CharField("status", max_length=20, choices=State.choices, default=State.DRAFT)
    locked_at = models.DateTimeField(
        "låst",
        null=True,
        blank=True,
        editable=False,
        help_text="Referatet er godkendt: fra nu rettes kun ved tilføjelse (håndhæves i databasen).",
    )
    created = models.DateTimeField("oprettet", auto_now_add=True)
    updated = models.DateTimeField("ændret", auto_now=True)

    objects = MeetingQuerySet.as_manager()

    class Meta:
        verbose_name = "møde"
        verbose_name_plural = "møder"
        ordering = ["-date", "body__name"]
        constraints = [
            models.UniqueConstraint(fields=["body", "date", "kind"], name="meeting_unique")
        ]
        indexes = [models.Index(fields=["date"])]

    def __str__(self) -> str:
        return f"{self.body.name} {self.date:%d-%m-%Y}"

    @property
    def locked(self) -> bool:
        return self.locked_at is not None


class Attendance(models.Model):
    class Status(models.TextChoices):
        PRESENT = "present", _("til stede")
        AFBUD = "afbud", _("afbud")
        ABSENT = "fraværende", _("fraværende")

    meeting = models.ForeignKey(
        Meeting, verbose_name="møde", on_delete=models.CASCADE, related_name="attendance"
    )
    person = models.ForeignKey(
        Person, verbose_name="person", on_delete=models.PROTECT, related_name="attendance"
    )
    status = models.CharField(
        "status", max_length=20, choices=Status.choices, default=Status.PRESENT
    )
    title = models.CharField("stilling (som skrevet)", max_length=300, blank=True)
    remark = models.CharField("bemærkning", max_length=300, blank=True, help_text="Fx 'formand'.")
    origin = models.CharField("kilde", max_length=1000, blank=True, db_index=True)

    class Meta:
        verbose_name = "fremmøde"
        verbose_name_plural = "fremmøde"
        constraints = [
            models.UniqueConstraint(fields=["meeting", "person"], name="attendance_unique")
        ]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_status_display()}"
