"""PO round trip in wagtail-localize's editor: download a page's translation, translate it
offline, upload it; a malformed or mismatched file is refused with a message and changes nothing."""

from django.contrib.messages import ERROR, SUCCESS, WARNING, get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail_localize.models import StringTranslation, Translation

import polib
import pytest

from events.models import EventReportPage
from tests.translations.accounts import client_for, make_user

pytestmark = pytest.mark.django_db

NEW_TITLE = "Академическая мобильность (перевод из PO-файла)"


def translation_into(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale, enabled=True
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def download(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/x-gettext-translation"
    return polib.pofile(response.content.decode())


def upload(client, translation, content, page, name="report-ru.po"):
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile(name, content), "next": edit_url(page)},
    )


def strings(translation):
    """Every translated string of `translation`, to show that nothing changed."""
    return sorted(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object=translation.source.object
        ).values_list("context__path", "data", "translation_type")
    )


def messages_of(response):
    return [
        (message.level, str(message).strip()) for message in get_messages(response.wsgi_request)
    ]


@pytest.fixture
def translator():
    return client_for(make_user("ru-translator", "translator-ru"))


def test_download_edit_and_upload_changes_the_translation(sechenov, translator):
    page = sechenov["ru"]
    translation = translation_into(page)
    po = download(translator, translation)
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)
    title = next(entry for entry in po if entry.msgctxt == "title")
    assert title.msgid == sechenov["uz"].title
    assert title.msgstr == page.title

    title.msgstr = NEW_TITLE
    response = upload(translator, translation, str(po).encode(), page)

    assert response.status_code == 302
    assert response["Location"] == edit_url(page)
    assert messages_of(response) == [(SUCCESS, "1 string imported from “report-ru.po”.")]
    assert (
        StringTranslation.objects.get(
            locale=page.locale, context__object=translation.source.object, context__path="title"
        ).data
        == NEW_TITLE
    )
    # Imported strings are not published: the page changes when the translation is submitted.
    page.refresh_from_db()
    assert page.title != NEW_TITLE


def test_an_upload_that_changes_nothing_says_nothing_was_imported(sechenov, translator):
    page = sechenov["ru"]
    translation = translation_into(page)
    po = download(translator, translation)
    before = strings(translation)

    response = upload(translator, translation, str(po).encode(), page, name="same.po")

    assert response.status_code == 302
    assert messages_of(response) == [
        (
            WARNING,
            "“same.po” has no new or changed translations: nothing was imported. "
            "Fill in the msgstr lines, then upload it again.",
        )
    ]
    assert strings(translation) == before


def test_the_upload_counts_every_string_it_changed(sechenov, translator):
    page = sechenov["ru"]
    translation = translation_into(page)
    po = download(translator, translation)
    changed = [entry for entry in po if entry.msgstr][:3]
    for entry in changed:
        entry.msgstr += " (новое)"

    response = upload(translator, translation, str(po).encode(), page)

    assert messages_of(response) == [
        (SUCCESS, f"{len(changed)} strings imported from “report-ru.po”.")
    ]


@pytest.mark.parametrize(
    "content",
    [
        b"This is not a PO file, just some text.\n",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"",
        b'msgid "unterminated\nmsgstr',
    ],
    ids=["text", "binary", "empty", "broken-syntax"],
)
def test_a_malformed_file_is_refused_and_changes_nothing(sechenov, translator, content):
    page = sechenov["ru"]
    translation = translation_into(page)
    before = strings(translation)

    response = upload(translator, translation, content, page, name="broken.po")

    assert response.status_code == 302
    assert messages_of(response) == [
        (ERROR, "“broken.po” is not a valid PO file. Nothing was imported.")
    ]
    assert strings(translation) == before


def test_a_po_file_from_another_tool_is_refused_and_changes_nothing(sechenov, translator):
    page = sechenov["ru"]
    translation = translation_into(page)
    before = strings(translation)
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=utf-8"}
    po.append(polib.POEntry(msgid=sechenov["uz"].title, msgctxt="title", msgstr=NEW_TITLE))

    response = upload(translator, translation, str(po).encode(), page, name="other.po")

    assert response.status_code == 302
    [(level, text)] = messages_of(response)
    assert level == ERROR
    assert "has no X-WagtailLocalize-TranslationID header" in text
    assert strings(translation) == before


@pytest.mark.parametrize("other", ["english-sechenov", "russian-astana"])
def test_a_po_file_of_another_translation_is_refused_and_changes_nothing(
    sechenov, translator, other
):
    page = sechenov["ru"]
    translation = translation_into(page)
    if other == "english-sechenov":
        other_translation = translation_into(sechenov["en"])
    else:
        astana = EventReportPage.objects.get(
            slug="astana-mobility-2022", locale=sechenov["uz"].locale
        )
        other_translation = Translation.objects.get(
            source__object_id=astana.translation_key, target_locale=page.locale
        )
    editor = client_for(make_user("editor", "editor"))
    po = download(editor, other_translation)
    for entry in po:
        entry.msgstr = NEW_TITLE
    before = strings(translation)
    before_other = strings(other_translation)

    response = upload(translator, translation, str(po).encode(), page, name="other.po")

    assert response.status_code == 302
    assert messages_of(response) == [
        (
            ERROR,
            "“other.po” belongs to another page or language, not to this translation "
            f"into {page.locale.get_display_name()}. Nothing was imported.",
        )
    ]
    assert strings(translation) == before
    assert strings(other_translation) == before_other


def test_a_form_without_a_file_is_refused(sechenov, translator):
    page = sechenov["ru"]
    translation = translation_into(page)
    response = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"next": edit_url(page)},
    )
    assert response.status_code == 302
    assert messages_of(response) == [(ERROR, "Choose a PO file to upload.")]


def test_translators_of_another_language_cannot_download_or_upload(sechenov):
    page = sechenov["ru"]
    translation = translation_into(page)
    english = client_for(make_user("en-translator", "translator-en"))
    po = download(client_for(make_user("editor", "editor")), translation)
    for entry in po:
        entry.msgstr = NEW_TITLE
    before = strings(translation)

    download_response = english.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    upload_response = upload(english, translation, str(po).encode(), page)

    for response in (download_response, upload_response):
        assert response.status_code in (302, 403)
        assert response.get("Location", reverse("wagtailadmin_home")) == reverse(
            "wagtailadmin_home"
        )
    assert strings(translation) == before
