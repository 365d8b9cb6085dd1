from __future__ import annotations

from django.db import models

from dagsorden.meetings.models import Attachment, Meeting


class ImportedDocument(models.Model):
    """One source file that was imported, keyed on its path; its hash tells whether it changed.
    Minutes have their meeting; a bilag's file found beside them has its attachment."""

    source = models.CharField("kilde", max_length=1000, unique=True)
    sha256 = models.CharField("SHA-256", max_length=64, db_index=True)
    size = models.PositiveBigIntegerField("størrelse")
    kind = models.CharField("type", max_length=10)
    meeting = models.ForeignKey(
        Meeting, verbose_name="møde", null=True, on_delete=models.SET_NULL, related_name="documents"
    )
    attachment = models.ForeignKey(
        Attachment,
        verbose_name="bilag",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="imported_files",
    )
    imported = models.DateTimeField("importeret", auto_now=True)

    class Meta:
        verbose_name = "importeret dokument"
        verbose_name_plural = "importerede dokumenter"
        ordering = ["-imported"]

    def __str__(self) -> str:
        return self.source
