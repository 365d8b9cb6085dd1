from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from ..files import attachment_path, digest_and_type, download_name
from ..querysets import AttachmentQuerySet, ItemQuerySet
from .access import Access
from .meeting import Meeting
from .organisation import Body, Person


class AgendaItem(models.Model):
    """An agenda item ('sag'). Closed unless marked open: unknown access is closed."""

    meeting = models.ForeignKey(
        Meeting, verbose_name="møde", on_delete=models.CASCADE, related_name="items"
    )
    order = models.PositiveIntegerField("rækkefølge", default=0)
    number = models.PositiveIntegerField("punktnummer", null=True, blank=True)
    title = models.CharField("overskrift", max_length=500)
    access = models.CharField(
        "adgang", max_length=10, choices=Access.choices, default=Access.CLOSED
    )
    routing = models.ManyToManyField(
        Body,
        verbose_name="sagsgang",
        through="RoutingStep",
        related_name="routed_items",
        blank=True,
    )
    presentation = models.TextField("sagsfremstilling", blank=True)
    recommendation = models.TextField("indstilling", blank=True)
    decision_lead = models.TextField(
        "beslutning om punkterne",
        blank=True,
        help_text="Hvad beslutningen siger før punkternes dele, som ikke er et punkts (et "
        "importeret referat: 'Direktionen drøftede punkterne samlet. …').",
    )
    case_number = models.CharField("sagsnummer", max_length=100, blank=True)
    access_stated = models.BooleanField(
        "adgang angivet",
        default=True,
        help_text="Nej: det importerede dokument angav ikke punktets adgang, så det er lukket, "
        "til nogen åbner det.",
    )
    origin = models.CharField(
        "kilde",
        max_length=1000,  # as long as ImportedDocument.source, the key it holds
        blank=True,
        db_index=True,
        help_text="Det importerede dokument, punktet kom fra.",
    )
    hand_edits = models.JSONField(
        "rettet i hånden",
        default=dict,
        blank=True,
        help_text="Et importeret punkts felter, som sekretariatet har rettet, hver med "
        "dokumentets tekst; og de underpunkter, det har slettet. Rettelserne bevares, når "
        "dokumentet importeres igen.",
    )

    objects = ItemQuerySet.as_manager()

    class Meta:
        verbose_name = "dagsordenspunkt"
        verbose_name_plural = "dagsordenspunkter"
        ordering = ["meeting", "order", "id"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_open(self) -> bool:
        return self.access == Access.OPEN

    @property
    def origin_name(self) -> str:
        """The name of the file an imported item came from ('referat.pdf', from a path or an
        upload's key 'upload:DIR:2022-11-30:referat.pdf'); '' for one written in dagsorden."""
        return self.origin.replace(":", "/").rsplit("/", 1)[-1]


class RoutingStep(models.Model):
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="routing_steps")
    body = models.ForeignKey(Body, verbose_name="organ", on_delete=models.PROTECT)
    order = models.PositiveIntegerField("rækkefølge", default=0)

    class Meta:
        verbose_name = "trin i sagsgang"
        verbose_name_plural = "sagsgang"
        ordering = ["order"]


class Point(models.Model):
    """A point inside an item, with its own part of the decision."""

    class Kind(models.TextChoices):
        ORDINARY = "ordinary", _("punkt")
        PRESENTATION = "presentation", _("5 minutters oplæg")
        DIALOGUE = "dialogue", _("dialogmøde")

    item = models.ForeignKey(
        AgendaItem, verbose_name="dagsordenspunkt", on_delete=models.CASCADE, related_name="points"
    )
    order = models.PositiveIntegerField("rækkefølge", default=0)
    number = models.PositiveIntegerField("trykt nummer", null=True, blank=True)
    title = models.CharField("titel", max_length=1000)
    presentation = models.TextField("fremstilling", blank=True)
    decision = models.TextField("beslutning", blank=True)
    kind = models.CharField("type", max_length=20, choices=Kind.choices, default=Kind.ORDINARY)
    presenter = models.CharField(
        "oplægsholder / chef",
        max_length=300,
        blank=True,
        help_text="Fx 'Økonomichef Bettina Andersen' (oplæg og dialogmøder).",
    )
    duration = models.PositiveSmallIntegerField("varighed (minutter)", null=True, blank=True)
    guest = models.CharField(
        "gæst", max_length=300, blank=True, help_text="Deltager i punktet, fx en afdelingschef."
    )
    guest_time = models.TimeField("gæst kl.", null=True, blank=True)
    follows = models.ForeignKey(
        "self",
        verbose_name="fortsætter",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="followed_by",
        help_text="Det tidligere punkt, som dette genoptager.",
    )
    topic = models.ForeignKey(
        "meetings.RecurringTopic",
        verbose_name="emne i årshjulet",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="points",
    )
    planned = models.BooleanField(
        "planlagt",
        default=False,
        help_text="Sat på af årshjulet; sekretariatet bekræfter eller flytter punktet.",
    )
    hand_edits = models.JSONField(
        "rettet i hånden",
        default=dict,
        blank=True,
        help_text="Et importeret underpunkts felter, som sekretariatet har rettet, hver med "
        "dokumentets tekst.",
    )
    added_by_hand = models.BooleanField(
        "tilføjet i hånden",
        default=False,
        help_text="Tilføjet et importeret punkt i sekretariatet; bevares, når dokumentet "
        "importeres igen.",
    )

    class Meta:
        verbose_name = "underpunkt"
        verbose_name_plural = "underpunkter"
        ordering = ["item", "order"]

    def __str__(self) -> str:
        return self.title

    @property
    def presentation_after_title(self) -> str:
        """The point's text without the title it opens with (its first sentence, which the
        point's heading shows): '' where it is the title alone."""
        return self._after_title(self.presentation)

    @property
    def decision_after_title(self) -> str:
        """The decision without the point's title it may open with ('Plan- og
        udviklingsstrategi. Status på …'): what shows under the point's heading."""
        return self._after_title(self.decision) or self.decision

    def _after_title(self, text: str) -> str:
        """text after the title it opens with as its first sentence or paragraph (not
        'Budget' of 'Budgettet …', nor of 'Budget 2027.': a title typed apart)."""
        title = self.title
        rest = text[len(title) :] if title and text.startswith(title) else None
        if rest is None or not (
            rest == ""
            or rest.startswith("\n")
            or (title.endswith((".", "!", "?", ":")) and rest[0].isspace())
        ):
            return text
        return rest.lstrip()


class ItemAbsence(models.Model):
    """Someone who took no part in an item, as its minutes say: disqualified (inhabil), or
    away while it was dealt with, named in its decision or listed under it. Read with the
    item's access: a closed item's are its content."""

    class Kind(models.TextChoices):
        AFBUD = "afbud", _("afbud")
        ABSENT = "fraværende", _("fraværende")
        DISQUALIFIED = "inhabil", _("inhabil")

    item = models.ForeignKey(
        AgendaItem,
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="absences",
    )
    person = models.ForeignKey(
        Person, verbose_name="person", on_delete=models.PROTECT, related_name="item_absences"
    )
    kind = models.CharField("art", max_length=20, choices=Kind.choices, default=Kind.ABSENT)
    title = models.CharField("stilling (som skrevet)", max_length=300, blank=True)
    remark = models.CharField("bemærkning", max_length=300, blank=True, help_text="Fx 'A'.")

    class Meta:
        verbose_name = "deltog ikke i punktet"
        verbose_name_plural = "deltog ikke i punktet"
        ordering = ["item", "id"]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_kind_display()}"


class Decision(models.Model):
    """'Beslutning i <body> den DD-MM-YYYY': the decision text of one body on one date."""

    item = models.ForeignKey(
        AgendaItem,
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="decisions",
    )
    body = models.ForeignKey(
        Body, verbose_name="organ", on_delete=models.PROTECT, related_name="decisions"
    )
    date = models.DateField("dato", null=True, blank=True)
    text = models.TextField("beslutning", blank=True)

    class Meta:
        verbose_name = "beslutning"
        verbose_name_plural = "beslutninger"
        ordering = ["item", "date", "id"]

    def __str__(self) -> str:
        return (
            f"Beslutning i {self.body.name} den {self.date:%d-%m-%Y}" if self.date else "Beslutning"
        )


class Attachment(models.Model):
    """A 'bilag'. Closed unless marked open; a closed attachment is listed by title only."""

    item = models.ForeignKey(
        AgendaItem,
        verbose_name="dagsordenspunkt",
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    # The point it belongs to, where the minutes say ('4: Indstilling …' belongs to point 4).
    point = models.ForeignKey(
        "Point",
        verbose_name="underpunkt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="attachments",
    )
    number = models.PositiveIntegerField("nummer")
    document_id = models.CharField("dokument-id", max_length=50, blank=True)
    title = models.CharField("titel", max_length=1000)
    journal_number = models.CharField("journalnummer", max_length=100, blank=True)
    access = models.CharField(
        "adgang", max_length=10, choices=Access.choices, default=Access.CLOSED
    )
    main_document = models.BooleanField("hoveddokument (H)", default=False)
    added_by_hand = models.BooleanField(
        "lagt op i hånden",
        default=False,
        help_text="Lagt op til et importeret punkt i sekretariatet; bevares, når dokumentet "
        "importeres igen.",
    )
    file = models.FileField("fil", upload_to=attachment_path, blank=True, max_length=200)
    sha256 = models.CharField("SHA-256", max_length=64, blank=True)
    media_type = models.CharField("medietype", max_length=100, blank=True)

    objects = AttachmentQuerySet.as_manager()

    class Meta:
        verbose_name = "bilag"
        verbose_name_plural = "bilag"
        ordering = ["item", "number"]
        # An archive's bilag files are found by the document number in their names.
        indexes = [models.Index(fields=["document_id"], name="attachment_document_id")]

    @property
    def title_under_point(self) -> str:
        """The title without the point's number it opens with ('4: Indstilling …' under
        point 4 reads 'Indstilling …')."""
        head, colon, rest = self.title.partition(": ")
        return rest if colon and head.isdigit() and len(head) <= 2 and rest else self.title

    @property
    def file_kind(self) -> str:
        """The file's type ('XLSX'), where its title does not end in it: a link to a file says
        what it opens ('Årshjul 2021 (XLSX)'); '' for a title that does ('….pdf')."""
        if not self.file:
            return ""
        name = download_name(self.title, self.media_type)
        return "" if name == self.title else name.rsplit(".", 1)[1].upper()

    def __str__(self) -> str:
        return f"Bilag {self.number}: {self.title}"

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        if self.file and (not self.sha256 or not getattr(self.file, "_committed", True)):
            # A new upload: fingerprint it and read its type from the content.
            self.sha256, self.media_type = digest_and_type(self.file)
        super().save(*args, **kwargs)
