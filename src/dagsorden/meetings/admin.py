"""The Django admin for the whole data model, in Danish."""

from __future__ import annotations

from typing import Any

from django.contrib import admin

from . import hand_edits
from . import models as m

admin.site.site_header = "dagsorden — administration"
admin.site.site_title = "dagsorden"
admin.site.index_title = "Møder, dagsordener og referater"


@admin.register(m.Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(m.Body)
class BodyAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "kind", "organisation"]
    list_filter = ["kind", "organisation"]
    search_fields = ["name", "code"]
    prepopulated_fields = {"slug": ["name"]}


class RoleInline(admin.TabularInline):
    model = m.Role
    extra = 0


@admin.register(m.Person)
class PersonAdmin(admin.ModelAdmin):
    raw_id_fields = ["user"]
    list_display = ["name"]
    search_fields = ["name", "roles__title"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RoleInline]


@admin.register(m.Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = [
        "person",
        "title",
        "acting",
        "body",
        "start",
        "end",
        "public_start",
        "public_end",
    ]
    list_filter = ["acting", ("public_start", admin.EmptyFieldListFilter), "body"]
    search_fields = ["person__name", "title"]
    autocomplete_fields = ["person"]


class AttendanceInline(admin.TabularInline):
    model = m.Attendance
    extra = 1
    autocomplete_fields = ["person"]


class ItemInline(admin.TabularInline):
    model = m.AgendaItem
    fields = ["order", "number", "title", "access"]
    extra = 1
    show_change_link = True


class ReadOnlyAdmin(admin.ModelAdmin):
    """Shown, never added, changed or deleted here (the database refuses it too: guard.py)."""

    def has_add_permission(self, request):  # type: ignore[no-untyped-def]
        return False

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


class LockedReadOnly:
    """Approved minutes are shown, not edited: the database would refuse the change anyway
    (guard.py), and corrections are made by addition in the secretariat."""

    @staticmethod
    def meeting_of(obj: Any) -> m.Meeting | None:
        for path in ("", "meeting", "item.meeting"):
            target = obj
            for part in filter(None, path.split(".")):
                target = getattr(target, part, None)
            if isinstance(target, m.Meeting):
                return target
        return None

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        meeting = self.meeting_of(obj) if obj is not None else None
        if meeting is not None and meeting.locked:
            return False
        return super().has_change_permission(request, obj)  # type: ignore[misc]

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        meeting = self.meeting_of(obj) if obj is not None else None
        if meeting is not None and meeting.locked:
            return False
        return super().has_delete_permission(request, obj)  # type: ignore[misc]


class NotesHandEdits:
    """Imported minutes corrected here are corrected as on the item's screen in the
    secretariat: each change noted (hand_edits.py), so that the document imported again keeps
    it. The state before is kept on the request, between saving the object and its inlines."""

    def save_model(self, request, obj, form, change):  # type: ignore[no-untyped-def]
        if change and isinstance(obj, m.Meeting):
            request._items_before = _order_by_origin(obj)
        if change:
            request._hand_edits_before = {
                item.pk: (
                    hand_edits.before_saving(item),
                    item.origin,
                    item.hand_edits.get("title", item.title),
                )
                for item in m.AgendaItem.objects.filter(pk__in=_items_of(obj)).exclude(origin="")
            }
        super().save_model(request, obj, form, change)  # type: ignore[misc]

    def save_related(self, request, form, formsets, change):  # type: ignore[no-untyped-def]
        # (the importer keeps what was deleted or moved of a document: it builds on this app)
        from dagsorden.importer.hand_edits import note_items_moved, note_title_deleted

        super().save_related(request, form, formsets, change)  # type: ignore[misc]
        before = getattr(request, "_hand_edits_before", {})
        items = m.AgendaItem.objects.in_bulk(list(before))
        for pk, (was, origin, title) in before.items():
            if pk in items:
                hand_edits.note_changed(items[pk], was)
            else:  # deleted in a meeting's list of items
                note_title_deleted(origin, title)
        was = getattr(request, "_items_before", None)
        if was is not None:
            now = _order_by_origin(form.instance)
            moved = {
                origin
                for origin, pks in now.items()
                if [pk for pk in pks if pk in was.get(origin, [])]
                != [pk for pk in was.get(origin, []) if pk in pks]
            }
            if moved:
                note_items_moved(form.instance, moved)

    def delete_model(self, request, obj):  # type: ignore[no-untyped-def]
        _note_deleted(obj)
        super().delete_model(request, obj)  # type: ignore[misc]

    def delete_queryset(self, request, queryset):  # type: ignore[no-untyped-def]
        for obj in queryset:
            _note_deleted(obj)
        super().delete_queryset(request, queryset)  # type: ignore[misc]


def _order_by_origin(meeting: m.Meeting) -> dict[str, list[int]]:
    """The meeting's imported items, by the document they came from, in order."""
    out: dict[str, list[int]] = {}
    for pk, origin in (
        meeting.items.exclude(origin="").order_by("order").values_list("pk", "origin")
    ):
        out.setdefault(origin, []).append(pk)
    return out


def _items_of(obj: Any) -> list[int]:
    """The items a saved object's form holds: a meeting's, an item, a point's or bilag's."""
    if isinstance(obj, m.Meeting):
        return list(obj.items.values_list("pk", flat=True))
    if isinstance(obj, m.AgendaItem):
        return [obj.pk]
    return [obj.item_id]


def _note_deleted(obj: Any) -> None:
    if isinstance(obj, m.Point):
        hand_edits.note_point_deleted(obj)
    elif isinstance(obj, m.AgendaItem):
        # (the importer keeps what was deleted of a document: it builds on this app)
        from dagsorden.importer.hand_edits import note_item_deleted

        note_item_deleted(obj)


@admin.register(m.Meeting)
class MeetingAdmin(NotesHandEdits, LockedReadOnly, admin.ModelAdmin):
    list_display = ["body", "date", "kind", "state"]
    list_filter = ["body", "kind", "state"]
    date_hierarchy = "date"
    search_fields = ["body__name", "items__title"]
    inlines = [AttendanceInline, ItemInline]


class RoutingInline(admin.TabularInline):
    model = m.RoutingStep
    extra = 1


class PointInline(admin.StackedInline):
    model = m.Point
    extra = 1
    fields = [
        ("order", "number"),
        "title",
        ("kind", "presenter", "duration"),
        ("guest", "guest_time"),
        "presentation",
        "decision",
    ]


class DecisionInline(admin.StackedInline):
    model = m.Decision
    extra = 0


class AttachmentInline(admin.TabularInline):
    model = m.Attachment
    extra = 1
    raw_id_fields = ["point"]  # a select of every point in the archive would not load
    fields = [
        "number",
        "point",
        "document_id",
        "title",
        "journal_number",
        "access",
        "main_document",
        "file",
    ]


class ActionInline(admin.TabularInline):
    model = m.Action
    extra = 0
    raw_id_fields = ["point", "responsible_people"]
    fields = [
        "point",
        "responsible_people",
        "responsible_role",
        "verb",
        "text",
        "due_date",
        "status",
    ]


class ReferralInline(admin.TabularInline):
    model = m.Referral
    extra = 0
    raw_id_fields = ["point"]
    fields = ["point", "body", "date", "until", "precision", "kind", "text"]


class ItemAbsenceInline(admin.TabularInline):
    model = m.ItemAbsence
    extra = 0
    raw_id_fields = ["person"]
    fields = ["person", "kind", "title", "remark"]


@admin.register(m.AgendaItem)
class AgendaItemAdmin(NotesHandEdits, LockedReadOnly, admin.ModelAdmin):
    list_display = ["title", "meeting", "access", "order"]
    list_filter = ["access", "access_stated", "meeting__body"]
    search_fields = ["title", "presentation", "points__title", "points__decision"]
    inlines = [
        RoutingInline,
        PointInline,
        DecisionInline,
        AttachmentInline,
        ActionInline,
        ReferralInline,
        ItemAbsenceInline,
    ]


@admin.register(m.Point)
class PointAdmin(NotesHandEdits, LockedReadOnly, admin.ModelAdmin):
    list_display = ["title", "item", "number"]
    search_fields = ["title", "presentation", "decision"]


@admin.register(m.Attachment)
class AttachmentAdmin(NotesHandEdits, LockedReadOnly, admin.ModelAdmin):
    list_display = ["number", "title", "item", "access", "journal_number"]
    list_filter = ["access"]
    search_fields = ["title", "journal_number", "document_id"]
    readonly_fields = ["sha256", "media_type"]


@admin.register(m.Action)
class ActionAdmin(admin.ModelAdmin):
    list_display = ["responsible_role", "verb", "item", "due_date", "status"]
    list_filter = ["status"]
    search_fields = ["text", "responsible_role", "responsible_people__name"]


@admin.register(m.Referral)
class ReferralAdmin(admin.ModelAdmin):
    list_display = ["item", "body", "date", "precision", "kind"]
    list_filter = ["kind", "precision", "body"]


@admin.register(m.SDGGoal)
class SDGGoalAdmin(admin.ModelAdmin):
    list_display = ["number", "name_da", "name_en", "colour"]


@admin.register(m.SDGTag)
class SDGTagAdmin(admin.ModelAdmin):
    list_display = ["goal", "point", "item", "confirmed"]
    list_filter = ["confirmed", "goal", "item__meeting__body"]
    search_fields = ["point__title", "item__title"]
    actions = ["confirm"]

    @admin.action(description="Bekræft de valgte forslag")
    def confirm(self, request, queryset):  # type: ignore[no-untyped-def]
        n = queryset.update(confirmed=True)
        self.message_user(request, f"{n} verdensmålsmærkninger bekræftet.")


@admin.register(m.StandardText)
class StandardTextAdmin(admin.ModelAdmin):
    """Versions are kept as they were: edit a text on the secretariat's screen, which adds a
    new version."""

    list_display = ["title", "key", "version", "section", "created"]
    search_fields = ["title", "text"]

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False


@admin.register(m.RecurringTopic)
class RecurringTopicAdmin(admin.ModelAdmin):
    list_display = ["title", "body", "rule", "month", "public", "active"]
    list_filter = ["body", "rule", "public", "active"]
    search_fields = ["title", "description"]


@admin.register(m.MeetingTemplate)
class MeetingTemplateAdmin(admin.ModelAdmin):
    list_display = ["body", "item_title", "presentation_keys", "recommendation_key"]


@admin.register(m.Correction)
class CorrectionAdmin(ReadOnlyAdmin):
    """Corrections are added in the secretariat and never changed."""

    list_display = ["created", "meeting", "user", "reason"]


@admin.register(m.AuditEntry)
class AuditEntryAdmin(ReadOnlyAdmin):
    """The audit log is never edited."""

    list_display = ["when", "user", "action", "object_type", "object_id"]
    list_filter = ["action", "object_type"]
