from django.urls import path

from telegram import views

app_name = "telegram"

urlpatterns = [
    path("posts/", views.ChannelPostReportView.as_view(), name="report"),
    path(
        "posts/results/",
        views.ChannelPostReportView.as_view(results_only=True),
        name="report_results",
    ),
    path("pages/<int:page_id>/post-again/", views.post_again, name="post_again"),
]
