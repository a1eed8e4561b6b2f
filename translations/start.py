"""A translator starts a page's translation into their own language, in one click.

wagtail-localize's "Translate this page" needs its "submit_translation" permission, which also
lets a user translate into every language and sync (and publish) every translation at once;
translators do not have it (translations.roles). This view does the one thing they need: it
creates the translation of a live page into one of their own languages, as a draft under the
translated parent, where their page permissions let them add pages, and opens it in the
translation editor.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Locale, Page
from wagtail_localize.operations import translate_object

from translations.roles import translator_languages


def may_start(user, locale):
    """Whether `user` may start translations into `locale`."""
    return user.has_perm("wagtail_localize.submit_translation") or (
        locale.language_code in translator_languages(user)
    )


def existing_translation(page, locale):
    """The page's translation in `locale` that is not a mere alias, or None."""
    return Page.objects.filter(
        translation_key=page.translation_key, locale=locale, alias_of__isnull=True
    ).first()


@require_POST
def start_translation(request, page_id, language_code):
    page = get_object_or_404(Page, id=page_id, depth__gt=1).specific
    locale = get_object_or_404(Locale, language_code=language_code)
    if locale.pk == page.locale_id:
        raise Http404
    if not may_start(request.user, locale):
        raise PermissionDenied
    title = page.get_admin_display_title()
    back = reverse("translations:status") + f"?locale={locale.language_code}"

    existing = existing_translation(page, locale)
    if existing is not None:
        messages.info(
            request,
            _("“%(title)s” already has a translation into %(language)s.")
            % {"title": title, "language": locale.get_display_name()},
        )
        return redirect("wagtailadmin_pages:edit", existing.pk)
    if not page.live:
        messages.error(
            request,
            _("“%(title)s” is not published yet: only published pages are translated.")
            % {"title": title},
        )
        return redirect(back)
    parent = page.get_parent().get_translation_or_none(locale)
    if parent is None or parent.alias_of_id:
        messages.error(
            request,
            _(
                "“%(title)s” cannot be translated into %(language)s before the page above it, "
                "“%(parent)s”."
            )
            % {
                "title": title,
                "language": locale.get_display_name(),
                "parent": page.get_parent().get_admin_display_title(),
            },
        )
        return redirect(back)
    if not parent.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied

    with transaction.atomic():
        translate_object(page, [locale], user=request.user)
    translated = existing_translation(page, locale)
    if translated is None:  # wagtail-localize gives up silently on a page that does not validate
        messages.error(
            request,
            _("“%(title)s” could not be translated into %(language)s. Ask an editor.")
            % {"title": title, "language": locale.get_display_name()},
        )
        return redirect(back)
    messages.success(
        request,
        _("The translation of “%(title)s” into %(language)s has been started.")
        % {"title": title, "language": locale.get_display_name()},
    )
    return redirect("wagtailadmin_pages:edit", translated.pk)
