from django.contrib import admin

from .models import ImportedDocument, ImportJob


@admin.register(ImportedDocument)
class ImportedDocumentAdmin(admin.ModelAdmin):
    list_display = ["source", "meeting", "attachment", "kind", "size", "imported", "checked"]
    list_filter = [("doubts", admin.EmptyFieldListFilter)]
    search_fields = ["source", "sha256", "doubts"]
    readonly_fields = [
        "source",
        "sha256",
        "size",
        "kind",
        "meeting",
        "attachment",
        "imported",
        "doubts",
    ]

    @admin.display(boolean=True, description="kontrolleret")
    def checked(self, document: ImportedDocument) -> bool:
        return not document.doubts


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
