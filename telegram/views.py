"""The admin side: the report of channel posts and the editor's "post again".

The report is read-only: what was sent, when, and why a post is waiting, failed or was not sent.
"Post again" asks for confirmation on GET and acts only on a POST (with Django's CSRF check), for
users who may publish the page.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.text import Truncator
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

import django_filters

from telegram import conf, outbox, rules
from telegram.models import ChannelPost


def language_name(code):
    return dict(settings.LANGUAGES).get(code, code)


def post_note(post):
    """Why a post is not (yet) in its channel, for the report."""
    if post.reason:
        return post.get_reason_display()
    if post.status != ChannelPost.Status.SENT:
        return Truncator(post.last_error).chars(160)
    return ""


def next_attempt(post):
    if post.status != ChannelPost.Status.PENDING or post.next_attempt_at is None:
        return ""
    return date_format(localtime(post.next_attempt_at), "SHORT_DATETIME_FORMAT")


class MessageColumn(TitleColumn):
    """The message id, linked to the post in a public channel; empty before it is sent."""

    empty_value_display = ""


class ChannelPostFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=lambda: settings.LANGUAGES, empty_label=_("All")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=ChannelPost.Status.choices, empty_label=_("All")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=ChannelPost.Kind.choices, empty_label=_("All")
    )

    class Meta:
        model = ChannelPost
        fields = ["language", "status", "kind"]


class ChannelPostReportView(ReportView):
    page_title = _("Telegram posts")
    header_icon = "mail"
    index_url_name = "telegram:report"
    index_results_url_name = "telegram:report_results"
    filterset_class = ChannelPostFilterSet
    no_results_message = _("No page has been posted yet.")
    columns = [
        TitleColumn(
            "page",
            label=_("Page"),
            accessor="page.title",
            width="28%",
            get_url=lambda post: reverse("wagtailadmin_pages:edit", args=[post.page_id]),
        ),
        Column("language", label=_("Language"), accessor=lambda p: language_name(p.language)),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor="get_status_display",
            primary=lambda post: post.status == ChannelPost.Status.SENT,
        ),
        DateColumn("sent_at", label=_("Sent at")),
        # A time to come: the relative "… ago" of DateColumn would not fit it.
        Column("next_attempt_at", label=_("Next attempt"), accessor=next_attempt),
        Column("attempts", label=_("Attempts")),
        MessageColumn(
            "message",
            label=_("Message"),
            accessor=lambda post: post.message_id or "",
            get_url=lambda post: post.message_url or None,
        ),
        Column("note", label=_("Note"), accessor=post_note),
    ]

    def get_queryset(self):
        return ChannelPost.objects.select_related("page")


@require_http_methods(["GET", "POST"])
def post_again(request, page_id):
    """Confirm (GET), then queue one more post of the page to its language's channel (POST)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not rules.is_posted_type(page) or not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    reason = rules.why_not_posted(page)
    back_url = get_valid_next_url_from_request(request) or reverse(
        "wagtailadmin_pages:edit", args=[page.pk]
    )
    if request.method == "POST":
        if reason:
            # Nothing is posted; the confirmation page says why.
            return redirect(request.get_full_path())
        outbox.queue_repost(page)
        messages.success(
            request, _("“%(title)s” will be posted to the channel again.") % {"title": page.title}
        )
        return redirect(back_url)
    return TemplateResponse(
        request, "telegram/post_again.html", confirmation(page, reason, back_url)
    )


def confirmation(page, reason, back_url):
    language = page.locale.language_code
    return {
        "page_title": _("Post again"),
        "page_subtitle": page.title,
        "header_icon": "mail",
        "page": page,
        "reason": reason.label if reason else "",
        "channel": conf.channel_for(language),
        "language": language_name(language),
        "posts": ChannelPost.objects.filter(page=page)[:10],
        "back_url": back_url,
    }
