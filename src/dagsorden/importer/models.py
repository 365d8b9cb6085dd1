from __future__ import annotations

import uuid

from django.conf import settings
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
    # What the parser may have misread (core/doubts.py), a line each in Danish, until a
    # secretary has looked at the meeting and said so; a changed file read again says it
    # anew. The same as messages and values (core.records.Doubt.as_data), to be said in the
    # language of whoever reads them.
    doubts = models.TextField("at kontrollere", blank=True)
    doubts_data = models.JSONField("at kontrollere (data)", default=list, blank=True)
    # What the parser read (importer.run.reading): 'dagsorden import --reread' updates a
    # meeting only where the reading differs ('': stored before this was kept).
    reading = models.CharField("læsning (SHA-256)", max_length=64, blank=True)
    # The document's items the secretariat deleted, by their titles as the document gave
    # them: left out when it is imported again (importer/hand_edits.py).
    deleted_items = models.JSONField("punkter slettet i hånden", default=list, blank=True)
    # The titles of its items (as it gave them) in the order the secretariat put them in.
    item_order = models.JSONField("punkternes rækkefølge i hånden", default=list, blank=True)

    class Meta:
        verbose_name = "importeret dokument"
        verbose_name_plural = "importerede dokumenter"
        ordering = ["-imported"]

    def __str__(self) -> str:
        return self.source


class ImportJob(models.Model):
    """Files uploaded through the web to be imported in a process of their own, and what
    became of each as it goes (importer/jobs.py)."""

    QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
    CANCELLED = "cancelled"  # stopped by a user: what it stored before stands
    STATES = [
        (QUEUED, "venter"),
        (RUNNING, "i gang"),
        (DONE, "færdig"),
        (FAILED, "fejlet"),
        (CANCELLED, "stoppet"),
    ]

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name="bruger", null=True, on_delete=models.SET_NULL
    )
    created = models.DateTimeField("oprettet", auto_now_add=True)
    state = models.CharField("tilstand", max_length=10, choices=STATES, default=QUEUED)
    names = models.JSONField("filer", default=list)  # the files' names, in upload order
    results = models.JSONField("resultater", default=list)  # one a file, as it is done
    # Files of uploaded archives that could not be unpacked, with why (results' shape).
    refused = models.JSONField("ikke udpakket", default=list)
    # Written as each file is done: a job running without a word for long has lost its
    # process (the server restarted), and may be run again.
    heartbeat = models.DateTimeField("livstegn", null=True, blank=True)
    finished = models.DateTimeField("færdig", null=True, blank=True)
    error = models.TextField("fejl", blank=True)
    ocr = models.BooleanField("OCR", default=False)  # scanned PDFs read by OCR
    # The minutes are published as they stand: items no document marks are opened.
    open_unmarked = models.BooleanField("åbn punkter uden angivet adgang", default=False)
    # The language of whoever started it: the reasons and warnings of its results are said in it.
    language = models.CharField("sprog", max_length=10, default="da")

    class Meta:
        verbose_name = "importjob"
        verbose_name_plural = "importjobs"
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"{self.created:%d-%m-%Y %H:%M}: {len(self.names)} filer"
