"""PO upload in the translation editor, checked before wagtail-localize imports it.

wagtail-localize rejects a PO file made for another translation and one polib cannot parse, but
answers a server error for a file with no translation header (an empty file, a PO file from
another tool) or a form without a file, and says "Successfully imported" even when nothing
changed. This view answers bad files with a message, refuses uploads while the translation is
in moderation (translations.editing), imports good files with wagtail-localize's
`Translation.import_po` and says how many strings it imported.
"""

import contextlib
import os
import tempfile

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail import hooks
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.views import edit_translation

import polib

from translations.editing import locked_for, locked_message, target_page

TRANSLATION_HEADER = "X-WagtailLocalize-TranslationID"
# A page's PO file is a few hundred kilobytes at most.
MAX_PO_SIZE = 5 * 1024 * 1024


def parse_pofile(content):
    """A polib.POFile, or None if `content` (bytes) is not one."""
    # polib takes a file name or the text itself; never the uploaded text, which could name a
    # file on the server.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        handle.write(content)
    try:
        return polib.pofile(handle.name)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    finally:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)


def translated_strings(translation):
    """{id: text} of the strings translated into the translation's language."""
    return dict(
        StringTranslation.objects.filter(
            locale_id=translation.target_locale_id,
            context__object_id=translation.source.object_id,
        ).values_list("id", "data")
    )


def import_pofile(translation, upload, user):
    """Import `upload` (already checked) and return how many strings it added or changed."""
    before = translated_strings(translation)
    translation.import_po(parse_pofile(upload.read()), user=user, tool_name="PO File")
    after = translated_strings(translation)
    return sum(1 for pk, text in after.items() if before.get(pk) != text)


def pofile_problem(upload, translation):
    """Why `upload` cannot be imported into `translation`, or None if it can."""
    if upload is None:
        return _("Choose a PO file to upload.")
    if upload.size > MAX_PO_SIZE:
        return _("“%(name)s” is too large for a PO file. Nothing was imported.") % {
            "name": upload.name
        }
    po = parse_pofile(upload.read())
    upload.seek(0)
    if po is None or (not po.metadata and not len(po)):
        return _("“%(name)s” is not a valid PO file. Nothing was imported.") % {"name": upload.name}
    if TRANSLATION_HEADER not in po.metadata:
        return _(
            "“%(name)s” was not downloaded from this translation: it has no "
            "%(header)s header. Download the PO file of this page and language, translate it "
            "and upload it again. Nothing was imported."
        ) % {"name": upload.name, "header": TRANSLATION_HEADER}
    if po.metadata[TRANSLATION_HEADER] != str(translation.uuid):
        return _(
            "“%(name)s” belongs to another page or language, not to this translation into "
            "%(language)s. Nothing was imported."
        ) % {"name": upload.name, "language": translation.target_locale.get_display_name()}
    return None


@require_POST
def upload_pofile(request, translation_id):
    translation = get_object_or_404(
        Translation.objects.select_related("target_locale"), id=translation_id
    )
    if not edit_translation.user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    page = target_page(translation)
    if locked_for(request.user, page):
        messages.error(request, locked_message(page))
        return redirect(next_url)
    upload = request.FILES.get("file")
    problem = pofile_problem(upload, translation)
    if problem is not None:
        messages.error(request, problem)
        return redirect(next_url)
    count = import_pofile(translation, upload, request.user)
    if count:
        messages.success(
            request,
            ngettext(
                "%(count)d string imported from “%(name)s”.",
                "%(count)d strings imported from “%(name)s”.",
                count,
            )
            % {"count": count, "name": upload.name},
        )
    else:
        messages.warning(
            request,
            _(
                "“%(name)s” has no new or changed translations: nothing was imported. "
                "Fill in the msgstr lines, then upload it again."
            )
            % {"name": upload.name},
        )
    return redirect(next_url)


@hooks.register("register_admin_urls", order=-1)
def register_checked_po_upload():
    # The same path as wagtail-localize's view, registered before it, so it answers first.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            upload_pofile,
            name="translations_upload_pofile",
        )
    ]
