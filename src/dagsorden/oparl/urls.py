from django.urls import path

from . import views as v

app_name = "oparl"

urlpatterns = [
    path("", v.system, name="system"),
    path("body/", v.bodies, name="bodies"),
    path("body/<int:pk>/", v.body, name="body"),
    path("body/<int:pk>/organization/", v.body_organizations, name="body-organization"),
    path("body/<int:pk>/person/", v.body_people, name="body-person"),
    path("body/<int:pk>/meeting/", v.body_meetings, name="body-meeting"),
    path("body/<int:pk>/paper/", v.body_papers, name="body-paper"),
    path("body/<int:pk>/agendaItem/", v.body_items, name="body-agendaItem"),
    path("body/<int:pk>/file/", v.body_files, name="body-file"),
    path("body/<int:pk>/membership/", v.body_memberships, name="body-membership"),
    path("organization/<int:pk>/", v.organization, name="organization"),
    path("organization/<int:pk>/meeting/", v.organization_meetings, name="organization-meeting"),
    path("person/<int:pk>/", v.person, name="person"),
    path("membership/<int:pk>/", v.membership, name="membership"),
    path("meeting/<int:pk>/", v.meeting, name="meeting"),
    path("meeting/<int:pk>/<str:kind>/", v.meeting_file, name="meeting-file"),
    path("agendaItem/<int:pk>/", v.agenda_item, name="agendaItem"),
    path("paper/<int:pk>/", v.paper, name="paper"),
    path("consultation/<int:pk>/<int:step>/", v.consultation, name="consultation"),
    path("file/<int:pk>/", v.file, name="file"),
]
