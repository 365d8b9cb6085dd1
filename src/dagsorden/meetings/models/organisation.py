from __future__ import annotations

from datetime import date

from django.conf import settings
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from dagsorden.core.text import ascii_slug_base

from ..querysets import RoleQuerySet


def danish_slug(text: str) -> str:
    """A URL slug that keeps Danish letters readable: 'Økonomiudvalget' → 'oekonomiudvalget'."""
    return slugify(ascii_slug_base(text))


class Organisation(models.Model):
    """The municipality."""

    name = models.CharField("navn", max_length=200, unique=True)
    slug = models.SlugField("kortnavn", max_length=200, unique=True)

    class Meta:
        verbose_name = "organisation"
        verbose_name_plural = "organisationer"

    def __str__(self) -> str:
        return self.name


class Body(models.Model):
    """A board or committee that meets: Direktionen (DIR), Økonomiudvalget (ØK), …; or a
    council heard on a case (Ældrerådet, Handicaprådet), which advises and decides nothing."""

    class Kind(models.TextChoices):
        ADMINISTRATIVE = "administrative", _("administrativ")
        POLITICAL = "political", _("politisk")
        ADVISORY = "advisory", _("rådgivende")

    organisation = models.ForeignKey(
        Organisation, verbose_name="organisation", on_delete=models.CASCADE, related_name="bodies"
    )
    name = models.CharField("navn", max_length=200)
    code = models.CharField("forkortelse", max_length=20, help_text="Fx DIR, ØK, KB, MTU, HU.")
    kind = models.CharField("type", max_length=20, choices=Kind.choices, default=Kind.POLITICAL)
    slug = models.SlugField("kortnavn", max_length=200)

    class Meta:
        verbose_name = "organ"
        verbose_name_plural = "organer"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code"], name="body_code_unique"),
            models.UniqueConstraint(fields=["organisation", "slug"], name="body_slug_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        if not self.slug:
            self.slug = danish_slug(self.name) or danish_slug(self.code) or "organ"
        super().save(*args, **kwargs)


class Person(models.Model):
    name = models.CharField("navn", max_length=200)
    slug = models.SlugField("kortnavn", max_length=200, unique=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="bruger",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text="Brugeren, der ser personens opfølgninger under 'Mine opfølgninger'.",
    )

    class Meta:
        verbose_name = "person"
        verbose_name_plural = "personer"
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Role(models.Model):
    """A job title a person held, as written in the minutes, over the period it was seen."""

    person = models.ForeignKey(
        Person, verbose_name="person", on_delete=models.CASCADE, related_name="roles"
    )
    title = models.CharField(
        "stillingsbetegnelse", max_length=300, help_text="Som skrevet i referatet."
    )
    acting = models.BooleanField("konstitueret", default=False)
    body = models.ForeignKey(
        Body,
        verbose_name="organ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="roles",
    )
    start = models.DateField("fra", null=True, blank=True)
    end = models.DateField("til", null=True, blank=True)
    # The period it was seen where anyone may read it (an open item, the absences): all the
    # public is shown. A role known only from a closed item's content has none and is shown
    # to members alone; a closed sighting never widens what the public sees either.
    public_start = models.DateField(
        "offentlig fra",
        null=True,
        blank=True,
        help_text="Første møde, hvor den er nævnt i en åben sag eller på afbudslisten.",
    )
    public_end = models.DateField(
        "offentlig til",
        null=True,
        blank=True,
        help_text="Seneste møde, hvor den er nævnt i en åben sag eller på afbudslisten.",
    )

    objects = RoleQuerySet.as_manager()

    class Meta:
        verbose_name = "rolle"
        verbose_name_plural = "roller"
        ordering = ["person__name", "start"]
        constraints = [
            models.UniqueConstraint(fields=["person", "title"], name="role_person_title_unique")
        ]

    def __str__(self) -> str:
        return f"{self.title} {self.person}"

    def period(self, member: bool) -> tuple[date | None, date | None]:
        """The period a reader is shown: all of it to members, the public part to others."""
        return (self.start, self.end) if member else (self.public_start, self.public_end)
