"""A translator's and a moderator's work without dead ends (issue 14, points 2, 3, 4 and 11):
translators start translations into their own language in one click, a translation in
moderation is read-only until withdrawn, the translation editor offers a translator only what
they may do, and the dashboard and status view say what is awaiting review."""

import json
import re

from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

import pytest

from events.models import EventReportPage
from tests.factories import EventReportPageFactory
from tests.translations.accounts import client_for, make_user
from tests.translations.test_workflow import edit_url, moderate, put_string, submit

pytestmark = pytest.mark.django_db

STATUS_URL = "/admin/translations/status/"


def start_url(page, code):
    return reverse("translations:start", args=[page.pk, code])


def translation_into(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale, enabled=True
    )


def editor_props(response):
    """The props wagtail-localize's React editor gets, as the browser reads them."""
    html = response.content.decode()
    match = re.search(r'class="js-translation-editor[^"]*" data-props="([^"]*)"', html)
    assert match, "no translation editor on the page"
    from html import unescape

    return json.loads(unescape(match[1]))


def refused(response):
    """Wagtail's admin answers PermissionDenied with a redirect to the dashboard and a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def status_cells(response, code):
    return {
        row["item"].title: entry
        for row in response.context["rows"]
        for entry in row["cells"]
        if entry["cell"].locale == code
    }


@pytest.fixture
def report(sechenov):
    """A live Uzbek report that has no translation yet."""
    return EventReportPageFactory(parent=sechenov["uz"].get_parent(), title="Yangi seminar")


@pytest.fixture
def translator():
    return client_for(make_user("ru-translator", "translator-ru"))


def russian(report):
    return EventReportPage.objects.filter(
        translation_key=report.translation_key, locale__language_code="ru", alias_of__isnull=True
    ).first()


# 2. Starting a translation ---------------------------------------------------------------------


def test_a_translator_starts_a_translation_into_their_language(
    report, translator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(start_url(report, "ru"))

    page = russian(report)
    assert page is not None
    assert response.status_code == 302
    assert response["Location"] == edit_url(page)
    assert not page.live, "a new translation is a draft until reviewed"
    assert translation_into(page).source.object_id == report.translation_key
    # Only Russian was started.
    assert not EventReportPage.objects.filter(
        translation_key=report.translation_key, locale__language_code="en", alias_of__isnull=True
    ).exists()
    assert translator.get(edit_url(page)).status_code == 200


def test_a_translator_cannot_start_another_language_or_use_wagtail_localize_form(
    report, translator
):
    assert refused(translator.post(start_url(report, "en")))
    submit_form = reverse("wagtail_localize:submit_page_translation", args=[report.pk])
    assert refused(translator.get(submit_form))
    assert translator.get(start_url(report, "ru")).status_code == 405  # a POST, not a link
    assert not Translation.objects.filter(source__object_id=report.translation_key).exists()


def test_only_live_pages_are_started(report, translator):
    report.unpublish()

    response = translator.post(start_url(report, "ru"), follow=True)

    assert russian(report) is None
    assert "only published pages are translated" in response.content.decode()


def test_starting_an_existing_translation_opens_it(sechenov, translator):
    response = translator.post(start_url(sechenov["uz"], "ru"))

    assert response.status_code == 302
    assert response["Location"] == edit_url(sechenov["ru"])


def test_status_view_and_dashboard_start_in_one_click(report, translator):
    response = translator.get(STATUS_URL, {"locale": "ru"})
    cell = status_cells(response, "ru")[report.title]
    assert cell["cell"].state == "missing"
    assert (cell["action_url"], cell["action_post"]) == (start_url(report, "ru"), True)
    assert f'<form method="post" action="{start_url(report, "ru")}"' in response.content.decode()

    english = status_cells(translator.get(STATUS_URL, {"locale": "en"}), "en")[report.title]
    assert english["action_url"] == "", "nothing to start in another language"

    dashboard = translator.get("/admin/").content.decode()
    assert f'<form method="post" action="{start_url(report, "ru")}"' in dashboard
    assert "/admin/localize/submit/page/" not in dashboard


def test_editors_keep_wagtail_localize_form(report):
    editor = client_for(make_user("editor", "editor"))

    cell = status_cells(editor.get(STATUS_URL, {"locale": "ru"}), "ru")[report.title]

    assert cell["action_url"] == reverse(
        "wagtail_localize:submit_page_translation", args=[report.pk]
    )
    assert not cell["action_post"]


# 3. Read-only while in moderation --------------------------------------------------------------


def segment_url(translation, path="title"):
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    return reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])


def title_string(page):
    return StringTranslation.objects.get(
        locale=page.locale, context__object_id=page.translation_key, context__path="title"
    ).data


def test_a_translation_in_moderation_is_read_only_until_withdrawn(
    sechenov, translator, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    page = sechenov["ru"]
    translation = translation_into(page)
    put_string(translator, translation, "title", "Отправленный заголовок")
    submit(translator, page, capture)

    response = translator.put(
        segment_url(translation),
        "value=Поздняя+правка",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 403
    assert translator.delete(segment_url(translation)).status_code == 403
    assert title_string(page) == "Отправленный заголовок"

    editor = translator.get(edit_url(page))
    assert editor_props(editor)["object"]["isLocked"] is True
    html = editor.content.decode()
    assert 'name="action-cancel-workflow"' in html
    assert "Withdraw from moderation" in html
    assert 'name="action-submit"' not in html

    with capture(execute=True):
        response = translator.post(edit_url(page), {"action-cancel-workflow": "1"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state is None
    assert editor_props(translator.get(edit_url(page)))["object"]["isLocked"] is False

    put_string(translator, translation, "title", "Исправленный заголовок")
    submit(translator, page, capture)
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.get_latest_revision_as_object().title == "Исправленный заголовок"


def test_a_rejected_translation_is_editable_again(
    sechenov, translator, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    page = sechenov["ru"]
    submit(translator, page, capture)
    moderate(client_for(make_user("moderator", "moderator")), page, "reject", capture)

    assert editor_props(translator.get(edit_url(page)))["object"]["isLocked"] is False
    put_string(translator, translation_into(page), "title", "После отказа")
    assert title_string(page) == "После отказа"


def test_someone_else_cannot_withdraw_a_submission(
    sechenov, translator, django_capture_on_commit_callbacks
):
    page = sechenov["ru"]
    submit(translator, page, django_capture_on_commit_callbacks)
    other = client_for(make_user("other-translator", "translator-ru"))

    response = other.post(edit_url(page), {"action-cancel-workflow": "1"})

    assert refused(response)
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS


def test_a_po_upload_is_refused_while_in_moderation(
    sechenov, translator, django_capture_on_commit_callbacks
):
    page = sechenov["ru"]
    translation = translation_into(page)
    po = translator.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    submit(translator, page, django_capture_on_commit_callbacks)
    content = po.content.decode().replace('msgstr "', 'msgstr "Изменено ', 1).encode()
    before = title_string(page)

    from django.core.files.uploadedfile import SimpleUploadedFile

    response = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("ru.po", content), "next": edit_url(page)},
        follow=True,
    )

    assert "is awaiting review and cannot be changed" in response.content.decode()
    assert title_string(page) == before


def test_status_says_awaiting_review(sechenov, translator, django_capture_on_commit_callbacks):
    page = sechenov["ru"]
    put_string(translator, translation_into(page), "title", "На проверке")
    submit(translator, page, django_capture_on_commit_callbacks)
    admin = client_for(make_user("moderator", "moderator"))

    response = admin.get(STATUS_URL, {"locale": "ru"})

    cell = status_cells(response, "ru")[sechenov["uz"].title]["cell"]
    assert cell.state == "awaiting_review"
    assert ">Awaiting review<" in response.content.decode()
    (totals,) = response.context["totals"]
    assert totals.awaiting_review == 1
    filtered = admin.get(STATUS_URL, {"locale": "ru", "state": "awaiting_review"})
    assert [row["item"].title for row in filtered.context["rows"]] == [sechenov["uz"].title]


def test_unpublished_string_changes_are_not_up_to_date(sechenov, translator):
    page = sechenov["ru"]
    admin = client_for(make_user("editor", "editor"))
    assert status_cells(admin.get(STATUS_URL, {"locale": "ru"}), "ru")[sechenov["uz"].title][
        "cell"
    ].state == ("up_to_date")

    put_string(translator, translation_into(page), "title", "Правка без публикации")
    StringTranslation.objects.filter(
        locale=page.locale, context__object_id=page.translation_key
    ).update(updated_at=timezone.now())

    cell = status_cells(admin.get(STATUS_URL, {"locale": "ru"}), "ru")[sechenov["uz"].title]
    assert cell["cell"].state == "in_progress"


# 4. The translator's actions -------------------------------------------------------------------


def test_the_translator_gets_submit_as_the_main_action_and_nothing_destructive(
    sechenov, translator
):
    page = sechenov["ru"]

    response = translator.get(edit_url(page))
    props = editor_props(response)
    html = response.content.decode()

    assert props["perms"]["canDelete"] is False
    assert props["links"]["convertToAliasUrl"] is None
    assert props["perms"]["canPublish"] is False
    footer = html[html.index("data-translations-review-footer") :]
    first_button = re.search(r"<button[^>]*>\s*([^<]+?)\s*</button>", footer)
    assert first_button[1] == "Submit for moderation"
    assert 'class="button"' in first_button[0], "the primary style, not a secondary one"
    assert "Stop Synced translation" not in footer and "Delete" not in footer
    # wagtail-localize's own footer (Stop, Convert, Delete) is hidden from translators.
    assert "translations-review-editor footer.footer { display: none; }" in html


def test_a_translator_cannot_stop_convert_or_delete_a_translation(sechenov, translator):
    page = sechenov["ru"]
    translation = translation_into(page)
    # A draft, so that Wagtail's own rules would let its editor delete it.
    page.unpublish()

    stop = translator.post(reverse("wagtail_localize:stop_translation", args=[translation.pk]))
    convert = translator.post(reverse("wagtail_localize:convert_to_alias", args=[page.pk]))
    delete = translator.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))

    assert refused(stop) and refused(convert) and refused(delete)
    translation.refresh_from_db()
    assert translation.enabled
    assert Page.objects.filter(pk=page.pk, alias_of__isnull=True).exists()


def test_editors_keep_wagtail_localize_footer(sechenov):
    editor = client_for(make_user("editor", "editor"))

    response = editor.get(edit_url(sechenov["ru"]))

    assert editor_props(response)["perms"]["canPublish"] is True
    assert "data-translations-review-footer" not in response.content.decode()


# 11. The moderator's dashboard and the status view ---------------------------------------------


def test_the_moderators_review_panel_comes_before_the_translation_totals(
    sechenov, translator, django_capture_on_commit_callbacks
):
    submit(translator, sechenov["ru"], django_capture_on_commit_callbacks)
    moderator = client_for(make_user("moderator", "moderator"))

    html = moderator.get("/admin/").content.decode()

    assert 'id="awaiting-review' in html
    assert html.index('id="awaiting-review') < html.index('id="translation-status')


def test_the_totals_leave_out_the_source_language(sechenov):
    editor = client_for(make_user("editor", "editor"))

    dashboard = editor.get("/admin/").content.decode()
    status = editor.get(STATUS_URL).content.decode()

    panel = dashboard[dashboard.index('id="translation-status') :]
    assert 'data-locale="ru"' in panel
    assert 'data-locale="uz"' not in panel
    uz_row = re.search(r'<tr data-locale="uz">.*?</tr>', status, re.S)[0]
    assert "Source language: nothing here to translate." in uz_row
    assert "100" not in uz_row


def test_each_translation_is_labelled_with_its_own_title(sechenov):
    editor = client_for(make_user("editor", "editor"))

    response = editor.get(STATUS_URL, {"locale": "ru"})
    cell = status_cells(response, "ru")[sechenov["uz"].title]

    assert cell["cell"].title == sechenov["ru"].title
    html = response.content.decode()
    assert f'<span class="translation-title" lang="ru">{sechenov["ru"].title}</span>' in html
    assert f"— {sechenov['ru'].title} (RU)" in html
    assert f"— {sechenov['uz'].title} (RU)" not in html
