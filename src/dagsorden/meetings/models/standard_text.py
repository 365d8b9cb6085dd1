from __future__ import annotations

from django.db import models


class StandardText(models.Model):
    """A reusable section text (the verdensmål introduction, 'Kommunaldirektøren indstiller, at
    punkterne behandles.'). Versioned: an edit adds a version, old agendas keep theirs."""

    key = models.SlugField("nøgle", max_length=100)
    version = models.PositiveIntegerField("version", default=1)
    title = models.CharField("titel", max_length=200)
    section = models.CharField(
        "afsnit",
        max_length=30,
        choices=[
            ("presentation", "Sagsfremstilling"),
            ("recommendation", "Indstilling"),
            ("decision", "Beslutning"),
        ],
    )
    text = models.TextField("tekst")
    created = models.DateTimeField("oprettet", auto_now_add=True)

    class Meta:
        verbose_name = "standardtekst"
        verbose_name_plural = "standardtekster"
        ordering = ["key", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["key", "version"], name="standard_text_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"


# The sections a new meeting starts with when its body has no template of its own.
DEFAULT_PRESENTATION_KEYS = "verdensmaal-intro,fem-minutters-oplaeg"
DEFAULT_RECOMMENDATION_KEY = "indstilling-punkter"


class MeetingTemplate(models.Model):
    """How a body's new meetings start: the heading of the agenda item and the standard texts
    that fill its sections (by key: the newest version is used when the meeting is made)."""

    body = models.OneToOneField(
        "meetings.Body", verbose_name="organ", on_delete=models.CASCADE, related_name="template"
    )
    item_title = models.CharField(
        "overskrift på punktet", max_length=200, default="Punkter til behandling"
    )
    presentation_keys = models.CharField(
        "sagsfremstilling (nøgler)",
        max_length=500,
        default=DEFAULT_PRESENTATION_KEYS,
        help_text="Standardtekster i rækkefølge, adskilt med komma.",
    )
    recommendation_key = models.CharField(
        "indstilling (nøgle)", max_length=100, default=DEFAULT_RECOMMENDATION_KEY, blank=True
    )
    start = models.TimeField("mødestart", null=True, blank=True)
    place = models.CharField("sted", max_length=200, blank=True)

    class Meta:
        verbose_name = "mødeskabelon"
        verbose_name_plural = "mødeskabeloner"

    def __str__(self) -> str:
        return f"Skabelon for {self.body}"
