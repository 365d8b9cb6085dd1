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
