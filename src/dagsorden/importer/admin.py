from django.contrib import admin

from .models import ImportedDocument, ImportJob


@admin.register(ImportedDocument)
class ImportedDocumentAdmin(admin.ModelAdmin):
    list_display = ["source", "meeting", "attachment", "kind", "size", "imported"]
    search_fields = ["source", "sha256"]
    readonly_fields = ["source", "sha256", "size", "kind", "meeting", "attachment", "imported"]


@admin.register(ImportJob)
class ImportJobAdmin(admin.ModelAdmin):
    """Jobs of the web import, to look at: their page is the secretariat's."""

    list_display = ["created", "user", "state", "heartbeat", "finished"]
    list_filter = ["state"]
    readonly_fields = [
        "id",
        "user",
        "created",
        "state",
        "names",
        "refused",
        "results",
        "heartbeat",
        "finished",
        "error",
    ]
