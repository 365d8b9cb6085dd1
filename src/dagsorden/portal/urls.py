from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("organer/<slug:slug>/", views.body_page, name="body"),
    path("organer/<slug:slug>/moeder/<str:day>/", views.meeting_page, name="meeting"),
]
