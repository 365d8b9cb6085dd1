from __future__ import annotations

from django.db import models

from dagsorden.meetings.models import AgendaItem, Attachment, Body, Meeting, Point


class SearchEntry(models.Model):
    """One searchable thing: an item, a point (with its decision), a decision or an attachment
    title. Access is not stored here: it is checked against the live item at query time."""

    class Kind(models.TextChoices):
        ITEM = "item", "sag"
        POINT = "point", "punkt"
        DECISION = "decision", "beslutning"
        ATTACHMENT = "attachment", "bilag"

    kind = models.CharField(max_length=12, choices=Kind.choices)
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="+")
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="+")
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="+")
    point = models.ForeignKey(Point, null=True, on_delete=models.CASCADE, related_name="+")
    attachment = models.ForeignKey(
        Attachment, null=True, on_delete=models.CASCADE, related_name="+"
    )
    date = models.DateField()
    title = models.TextField()
    text = models.TextField(blank=True)
    # Kept equal to the access rule by database triggers (migration 0002), so that closing an
    # item or unpublishing a meeting takes it out of public search in the same transaction.
    public = models.BooleanField(default=False)

    class Meta:
        verbose_name = "søgeindgang"
        verbose_name_plural = "søgeindeks"
        indexes = [models.Index(fields=["date"]), models.Index(fields=["body", "date"])]


class CompoundWord(models.Model):
    """A long word the index holds (analysis.compound_words): where a query word is looked
    for as a compound's later part ('skole' in 'Skovskolen'). Only added to: a word no longer
    in any entry finds nothing (`dagsorden reindex` starts it afresh)."""

    word = models.CharField(max_length=64, primary_key=True)

    class Meta:
        verbose_name = "sammensat ord"
        verbose_name_plural = "sammensatte ord"


class FileText(models.Model):
    """The text of an attachment's file, read once when the file is stored, for the search
    (and OParl's File.text). Whether anyone may see it is the attachment's access, as for the
    file itself: the search entry it feeds carries the same public flag."""

    attachment = models.OneToOneField(
        Attachment, primary_key=True, on_delete=models.CASCADE, related_name="file_text"
    )
    sha256 = models.CharField("SHA-256", max_length=64)  # of the file the text was read from
    text = models.TextField(blank=True)

    class Meta:
        verbose_name = "bilagstekst"
        verbose_name_plural = "bilagstekster"
