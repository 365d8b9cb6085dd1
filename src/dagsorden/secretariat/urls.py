from django.urls import path

from . import imports, items, plan, texts, views

app_name = "secretariat"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("nyt-moede/", views.new_meeting, name="new-meeting"),
    path("importer/", imports.import_minutes, name="import"),
    path("importer/<uuid:pk>/", imports.import_job, name="import_job"),
    path("moeder/<int:pk>/", views.meeting_page, name="meeting"),
    path("moeder/<int:pk>/status/", views.advance, name="advance"),
    path("moeder/<int:pk>/slet/", views.delete_meeting, name="delete-meeting"),
    path("moeder/<int:pk>/nyt-punkt/", views.add_item, name="add-item"),
    path("moeder/<int:pk>/fremmoede/", views.add_attendance, name="add-attendance"),
    path("fremmoede/<int:pk>/fjern/", views.remove_attendance, name="remove-attendance"),
    path("moeder/<int:pk>/ret/", views.correct, name="correct"),
    path("moeder/<int:pk>/aabn-punkter/", views.open_unstated, name="open-unstated"),
    path("moeder/<int:pk>/kontrolleret/", views.doubts_checked, name="doubts-checked"),
    path("sager/<int:pk>/", items.item_page, name="item"),
    path("sager/<int:pk>/dokumentets-tekst/", items.use_document, name="use-document"),
    path("sager/<int:pk>/flyt/", items.move_item, name="move-item"),
    path("sager/<int:pk>/slet/", items.delete_item, name="delete-item"),
    path("sager/<int:pk>/underpunkter/", items.save_point, name="add-point"),
    path("sager/<int:pk>/underpunkter/<int:point_pk>/", items.save_point, name="save-point"),
    path(
        "sager/<int:pk>/underpunkter/<int:point_pk>/slet/", items.delete_point, name="delete-point"
    ),
    path("sager/<int:pk>/underpunkter/<int:point_pk>/flyt/", items.move_point, name="move-point"),
    path(
        "sager/<int:pk>/underpunkter/<int:point_pk>/opfoelgning/",
        items.add_action,
        name="add-action",
    ),
    path(
        "sager/<int:pk>/opfoelgning/<int:action_pk>/status/",
        items.close_action,
        name="close-action",
    ),
    path("sager/<int:pk>/underpunkter/<int:point_pk>/plan/", items.plan_point, name="plan-point"),
    path("sager/<int:pk>/bilag/", items.upload, name="upload"),
    path(
        "sager/<int:pk>/bilag/<int:attachment_pk>/slet/",
        items.delete_attachment,
        name="delete-attachment",
    ),
    path("aarshjul/", plan.topics, name="plan"),
    path("aarshjul/<int:pk>/chefer/", plan.heads_from_archive, name="plan-heads"),
    path(
        "sager/<int:pk>/bilag/<int:attachment_pk>/fil/",
        items.attachment_file,
        name="attachment-file",
    ),
    path(
        "sager/<int:pk>/bilag/<int:attachment_pk>/adgang/",
        items.toggle_attachment,
        name="toggle-attachment",
    ),
    path("moeder/<int:pk>/aarshjul/", views.plan_meeting, name="plan-meeting"),
    path("standardtekster/", texts.text_list, name="texts"),
    path("standardtekster/<slug:key>/", texts.text_edit, name="text-edit"),
]
