from django.urls import path

from . import feeds, plan_views, sdg_views, tracker_views, views

app_name = "portal"


def twin(route: str, view, name: str) -> list:  # type: ignore[no-untyped-def]
    """A page and its JSON twin: 'x/' and 'x.json'."""
    json_route = (route[:-1] if route.endswith("/") else route or "index") + ".json"
    return [
        path(route, view, name=name),
        path(json_route, view, {"as_json": True}, name=f"{name}-json"),
    ]


urlpatterns = [
    *twin("", views.home, "home"),
    *twin("soeg/", views.search_page, "search"),
    *twin("organer/<slug:slug>/", views.body_page, "body"),
    *twin("organer/<slug:slug>/moeder/<str:day>/", views.meeting_page, "meeting"),
    *twin("organer/<slug:slug>/moeder/<str:day>/sager/<int:order>/", views.item_page, "item"),
    *twin("personer/<slug:slug>/", views.person_page, "person"),
    *twin("verdensmaal/", sdg_views.goals, "sdg"),
    *twin("verdensmaal/<int:number>/", sdg_views.goal, "sdg-goal"),
    path("verdensmaal/rapport/<slug:slug>/<int:year>/", sdg_views.report, name="sdg-report"),
    path(
        "verdensmaal/rapport/<slug:slug>/<int:year>.csv",
        sdg_views.report,
        {"as_csv": True},
        name="sdg-report-csv",
    ),
    path(
        "organer/<slug:slug>/moeder/<str:day>/<str:kind>.pdf",
        views.meeting_document,
        name="meeting-pdf",
    ),
    path(
        "organer/<slug:slug>/moeder/<str:day>/<str:kind>.docx",
        views.meeting_document,
        {"fmt": "docx"},
        name="meeting-docx",
    ),
    *twin("aarshjul/", plan_views.plan_page, "plan"),
    path("aarshjul.svg", plan_views.plan_svg, name="plan-svg"),
    path("aarshjul.pdf", plan_views.plan_document, name="plan-pdf"),
    path("aarshjul-emner.csv", plan_views.plan_csv, name="plan-csv"),
    *twin("opfoelgning/", tracker_views.tracker, "tracker"),
    *twin("opfoelgning/mine/", tracker_views.mine, "tracker-mine"),
    path("opfoelgning/uge/", tracker_views.weekly, name="tracker-week"),
    path("opfoelgning.ics", tracker_views.due_calendar, name="tracker-ics"),
    path("bilag/<int:pk>/", views.attachment_file, name="attachment"),
    path("referater.atom", feeds.MinutesFeed(), name="feed"),
    path("soeg.atom", feeds.SearchFeed(), name="search-feed"),
    path("organer/<slug:slug>/referater.atom", feeds.BodyMinutesFeed(), name="body-feed"),
    path("organer/<slug:slug>/moeder.ics", feeds.body_calendar, name="body-ics"),
]
