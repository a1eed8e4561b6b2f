"""Submitting a wagtail-localize translation to its page's workflow (Review on the sections),
and withdrawing it.

wagtail-localize's translation editor replaces the page editor for translated pages and offers
only "Publish", which translators may not do. This adds "Submit for moderation": the translated
strings are saved as a new draft revision of the translated page — the live page is untouched —
and the page's workflow starts, so it goes live when a moderator approves. Until then the
translation is read-only for its translator (translations.editing); "Withdraw from moderation"
cancels the review and makes it editable again.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation, TranslationLog

SUBMIT_ACTION = "action-submit"
WITHDRAW_ACTION = "action-cancel-workflow"  # the name Wagtail's own page editor uses


def synced_translation(page):
    """The enabled wagtail-localize translation whose target is `page`, or None."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def can_submit_translation(user, page):
    """Whether the translation editor should offer "Submit for moderation" to `user`."""
    perms = page.permissions_for_user(user)
    return (
        perms.can_edit()
        and not perms.page_locked()
        and page.get_workflow() is not None
        and not page.workflow_in_progress
    )


def save_translation_draft(translation, user):
    """A draft revision of the target page with the current translated strings.

    Not `Translation.save_target(publish=False)`: that also writes the strings into the page
    row itself, which for a live page is what readers see.
    """
    draft = translation.source.get_ephemeral_translated_instance(
        translation.target_locale, fallback=True
    )
    revision = draft.save_revision(user=user, log_action=True)
    TranslationLog.objects.create(
        source=translation.source, locale=translation.target_locale, revision=revision
    )
    return revision


def submit_translation(translation, page, user):
    """Save the translation as a draft and start (or resume) the page's workflow."""
    with transaction.atomic():
        save_translation_draft(translation, user)
        page = Page.objects.get(pk=page.pk).specific
        state = page.current_workflow_state
        if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        else:
            page.get_workflow().start(page, user)
    return page


def withdraw_translation(request, page):
    """Cancel the page's review, so that its translator can edit it again."""
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_IN_PROGRESS:
        messages.error(
            request,
            _("“%(title)s” is not awaiting review.") % {"title": page.get_admin_display_title()},
        )
        return redirect(edit_url)
    if not state.user_can_cancel(request.user):
        raise PermissionDenied
    state.cancel(user=request.user)
    messages.success(
        request,
        _("“%(title)s” has been withdrawn from moderation: you can edit it again.")
        % {"title": page.get_admin_display_title()},
    )
    return redirect(edit_url)


@hooks.register("before_edit_page", order=-1)
def submit_translation_for_moderation(request, page):
    """Runs before wagtail-localize's own hook, which would answer a translated page's POST."""
    if request.method != "POST":
        return None
    withdraw = WITHDRAW_ACTION in request.POST
    if not withdraw and SUBMIT_ACTION not in request.POST:
        return None
    translation = synced_translation(page)
    if translation is None:
        return None  # An ordinary page: Wagtail's editor submits it.
    if withdraw:
        return withdraw_translation(request, page)
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    title = page.get_admin_display_title()
    if page.get_workflow() is None:
        messages.error(
            request,
            _("“%(title)s” has no review workflow: an editor can publish it.") % {"title": title},
        )
        return redirect(edit_url)
    if page.workflow_in_progress:
        messages.error(request, _("“%(title)s” is already awaiting review.") % {"title": title})
        return redirect(edit_url)
    if not can_submit_translation(request.user, page):
        raise PermissionDenied
    try:
        submit_translation(translation, page, request.user)
    except ValidationError:
        messages.error(
            request,
            _(
                "“%(title)s” could not be submitted: some translations are not valid. "
                "Fix the strings marked in red and submit again."
            )
            % {"title": title},
        )
        return redirect(edit_url)
    messages.success(
        request,
        _("“%(title)s” in %(language)s has been submitted for moderation.")
        % {"title": title, "language": translation.target_locale.get_display_name()},
    )
    return redirect(edit_url)
