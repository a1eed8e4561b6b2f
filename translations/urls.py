from django.urls import path

from translations import start, views

app_name = "translations"

urlpatterns = [
    path("status/", views.status, name="status"),
    path("start/page/<int:page_id>/<str:language_code>/", start.start_translation, name="start"),
]
