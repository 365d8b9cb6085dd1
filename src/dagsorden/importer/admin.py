from django.contrib import admin

from .models import ImportedDocument


@admin.register(ImportedDocument)
class ImportedDocumentAdmin(admin.ModelAdmin):
    list_display = ["source", "meeting", "attachment", "kind", "size", "imported"]
    search_fields = ["source", "sha256"]
    readonly_fields = ["source", "sha256", "size", "kind", "meeting", "attachment", "imported"]
