"""Who may change a page's translation in wagtail-localize's editor, and when.

- A translation in moderation is read-only for everyone Wagtail's workflow lock covers
  (everyone but the moderators): its translator withdraws it to edit again. wagtail-localize
  looks only at the page's manual lock, so its string, override and machine-translation
  endpoints are answered here first, refusing changes while the page is locked, and the editor
  is told the page is locked (`editor_context`), which makes its strings read-only.
- Only users who may publish a page may stop its synced translation, convert it to an alias or
  delete it: for a translator these would undo the translation they are asked to make.

The endpoints keep wagtail-localize's paths and are registered before its own
(`register_admin_urls` with a lower order), as translations.po_upload does.
"""

import json
from functools import wraps

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation
from wagtail_localize.views import convert, edit_translation

from translations.workflow import can_submit_translation, synced_translation


def target_page(translation):
    """The translated page of `translation`, or None for a snippet (or a missing target)."""
    instance = translation.source.object.get_instance_or_none(translation.target_locale_id)
    return instance.specific if isinstance(instance, Page) else None


def locked_for(user, page):
    """Whether Wagtail's lock (manual, or a workflow task's) keeps `user` from editing `page`."""
    return bool(page is not None and page.permissions_for_user(user).page_locked())


def in_moderation(page):
    state = page.current_workflow_state
    return state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS


def locked_message(page):
    return _(
        "“%(title)s” is awaiting review and cannot be changed. Withdraw it from moderation "
        "to edit it again."
    ) % {"title": page.get_admin_display_title()}


def refuse_changes_while_locked(view, answer_with_message=False):
    """Wrap a wagtail-localize view that changes a translation's strings."""

    @wraps(view)
    def checked(request, translation_id, *args, **kwargs):
        translation = get_object_or_404(Translation, id=translation_id)
        page = target_page(translation)
        if locked_for(request.user, page):
            if not answer_with_message:  # the editor's JSON API, as Django REST framework answers
                return JsonResponse({"detail": locked_message(page)}, status=403)
            messages.error(request, locked_message(page))
            return redirect(
                get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
            )
        return view(request, translation_id, *args, **kwargs)

    return checked


def manages_translation(user, page):
    """Whether `user` may stop, convert or delete the translated `page` (publishers only)."""
    return page is None or page.permissions_for_user(user).can_publish()


def stop_translation(request, translation_id):
    translation = get_object_or_404(Translation, id=translation_id)
    if not manages_translation(request.user, target_page(translation)):
        raise PermissionDenied
    return edit_translation.stop_translation(request, translation_id)


def convert_to_alias(request, page_id):
    page = get_object_or_404(Page, id=page_id)
    if not manages_translation(request.user, page):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


@hooks.register("register_admin_urls", order=-1)
def register_checked_editor_urls():
    prefix = "localize/translate/<int:translation_id>/"
    return [
        path(
            prefix + "strings/<int:string_segment_id>/edit/",
            refuse_changes_while_locked(edit_translation.edit_string_translation),
            name="translations_edit_string_translation",
        ),
        path(
            prefix + "overrides/<int:overridable_segment_id>/edit/",
            refuse_changes_while_locked(edit_translation.edit_override),
            name="translations_edit_override",
        ),
        path(
            prefix + "machine_translate/",
            refuse_changes_while_locked(
                edit_translation.machine_translate, answer_with_message=True
            ),
            name="translations_machine_translate",
        ),
        path(prefix + "disable/", stop_translation, name="translations_stop_translation"),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            convert_to_alias,
            name="translations_convert_to_alias",
        ),
    ]


@hooks.register("before_delete_page")
def refuse_deleting_a_translation(request, page):
    if synced_translation(page) is not None and not manages_translation(request.user, page):
        raise PermissionDenied


# The editor's page --------------------------------------------------------------------------


def editor_context(request, translation, instance, page_perms, props):
    """What templates/wagtail_localize/admin/edit_translation.html shows for this user.

    `props` is the JSON wagtail-localize hands to its React editor (views.edit_translation); a
    translator (who may not publish) gets no Delete, Convert or Stop, the strings are read-only
    while the page is locked, and the footer's actions are ours: "Submit for moderation" first,
    or "Withdraw from moderation" while in review.
    """
    if not isinstance(instance, Page):
        return {"props": props, "review_footer": False}
    data = json.loads(props)
    locked = bool(page_perms.page_locked())
    data["object"]["isLocked"] = data["object"]["isLocked"] or locked
    publisher = page_perms.can_publish()
    if not publisher:
        data["perms"].update(canDelete=False, canUnpublish=False, canLock=False, canUnlock=False)
        data["links"]["convertToAliasUrl"] = None
    state = instance.current_workflow_state
    moderation = in_moderation(instance)
    return {
        "props": json.dumps(data),
        "review_footer": not publisher,
        "locked": locked,
        "in_moderation": moderation,
        "can_withdraw": moderation and state.user_can_cancel(request.user),
        "can_submit": can_submit_translation(request.user, instance),
        "needs_changes": state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES,
        "preview_url": reverse("wagtail_localize:preview_translation", args=[translation.pk]),
        "edit_url": reverse("wagtailadmin_pages:edit", args=[instance.pk]),
    }
