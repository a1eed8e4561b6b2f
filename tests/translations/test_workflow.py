"""Review: a translator's work on the news, events and partners sections goes live only after a
moderator approves it; editors publish directly."""

from urllib.parse import urlencode

from django.urls import reverse

from wagtail.models import GroupApprovalTask, Page, WorkflowPage, WorkflowState
from wagtail_localize.models import StringSegment, Translation

import pytest

from events.models import EventIndexPage, EventReportPage
from news.models import NewsIndexPage
from partners.models import PartnerIndexPage
from tests.factories import EventReportPageFactory
from tests.translations.accounts import client_for, make_user
from translations.roles import MODERATORS, REVIEW_TASK, REVIEW_WORKFLOW

pytestmark = pytest.mark.django_db

NEW_TITLE = "Академическая мобильность: новая редакция"


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def translation_into(page):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale, enabled=True
    )


def put_string(client, translation, path, value):
    """Translate one segment as wagtail-localize's editor does (a PUT per string)."""
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def submit(client, page, capture):
    with capture(execute=True):
        return client.post(edit_url(page), {"action-submit": "1"})


def moderate(client, page, action, capture, comment=""):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    with capture(execute=True):
        return client.post(url, {"comment": comment})


def public_title(client, page):
    response = client.get(Page.objects.get(pk=page.pk).url)
    assert response.status_code == 200
    return response.content.decode()


# The workflow itself ---------------------------------------------------------------------------


def test_review_has_one_task_approved_by_moderators():
    task = GroupApprovalTask.objects.get(name=REVIEW_TASK)
    assert list(task.groups.values_list("name", flat=True)) == [MODERATORS]
    workflow = WorkflowPage.objects.filter(workflow__name=REVIEW_WORKFLOW).first().workflow
    assert [t.specific for t in workflow.tasks] == [task]


def test_review_covers_news_events_and_partners_in_every_locale(locales):
    indexes = [
        page
        for model in (NewsIndexPage, EventIndexPage, PartnerIndexPage)
        for page in model.objects.all()
    ]
    assert {(page.slug, page.locale.language_code) for page in indexes} == {
        (slug, code) for slug in ("news", "events", "partners") for code in locales
    }
    for page in indexes:
        assert page.get_workflow().name == REVIEW_WORKFLOW


def test_the_sechenov_report_is_under_review_in_every_language(sechenov):
    for page in sechenov.values():
        assert page.get_workflow().name == REVIEW_WORKFLOW


# A translator's translation --------------------------------------------------------------------


def test_russian_translation_goes_live_only_after_a_moderator_approves(
    sechenov, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    page = sechenov["ru"]
    old_title = page.title
    translator = client_for(make_user("ru-translator", "translator-ru"))
    moderator = client_for(make_user("moderator", "moderator"))
    reader = client_for(make_user("reader"))

    put_string(translator, translation_into(page), "title", NEW_TITLE)
    response = submit(translator, page, capture)

    assert response.status_code == 302
    assert response["Location"] == edit_url(page)
    page.refresh_from_db()
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == REVIEW_WORKFLOW
    assert state.requested_by.username == "ru-translator"
    # Submitted, not live: the draft has the new title, readers still see the old one.
    assert page.title == old_title
    assert page.has_unpublished_changes
    assert page.get_latest_revision_as_object().title == NEW_TITLE
    assert NEW_TITLE not in public_title(reader, page)
    assert old_title in public_title(reader, page)

    # The translator cannot approve their own work.
    response = moderate(translator, page, "approve", capture)
    page.refresh_from_db()
    assert page.title == old_title
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    response = moderate(moderator, page, "approve", capture)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == NEW_TITLE
    assert not page.has_unpublished_changes
    assert page.current_workflow_state is None
    assert NEW_TITLE in public_title(reader, page)
    # Only the Russian page changed.
    sechenov["en"].refresh_from_db()
    assert sechenov["en"].title != NEW_TITLE


def test_rejected_translation_stays_unpublished_until_resubmitted_and_approved(
    sechenov, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    page = sechenov["ru"]
    old_title = page.title
    translator = client_for(make_user("ru-translator", "translator-ru"))
    moderator = client_for(make_user("moderator", "moderator"))

    put_string(translator, translation_into(page), "title", "Черновик с ошибкой")
    submit(translator, page, capture)
    moderate(moderator, page, "reject", capture, comment="Опечатка в заголовке")

    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert page.title == old_title

    put_string(translator, translation_into(page), "title", NEW_TITLE)
    response = submit(translator, page, capture)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert page.title == old_title

    moderate(moderator, page, "approve", capture)
    page.refresh_from_db()
    assert page.title == NEW_TITLE


def test_submitting_twice_says_it_is_already_awaiting_review(
    sechenov, django_capture_on_commit_callbacks
):
    page = sechenov["ru"]
    translator = client_for(make_user("ru-translator", "translator-ru"))
    submit(translator, page, django_capture_on_commit_callbacks)
    response = translator.post(edit_url(page), {"action-submit": "1"}, follow=True)
    assert "already awaiting review" in response.content.decode()
    assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1


def test_a_new_translation_starts_as_a_draft_and_goes_live_after_review(
    sechenov, django_capture_on_commit_callbacks
):
    """An editor starts the translation; the translator fills it in; a moderator approves."""
    capture = django_capture_on_commit_callbacks
    events_uz = sechenov["uz"].get_parent()
    report = EventReportPageFactory(parent=events_uz, title="Seminar hisoboti")
    editor = client_for(make_user("editor", "editor"))
    translator = client_for(make_user("ru-translator", "translator-ru"))
    moderator = client_for(make_user("moderator", "moderator"))
    ru = sechenov["ru"].locale

    with capture(execute=True):
        response = editor.post(
            reverse("wagtail_localize:submit_page_translation", args=[report.pk]),
            {"locales": [ru.pk]},
        )
    assert response.status_code == 302
    ru_page = EventReportPage.objects.get(translation_key=report.translation_key, locale=ru)
    assert not ru_page.live

    put_string(translator, translation_into(ru_page), "title", "Отчёт о семинаре")
    submit(translator, ru_page, capture)
    ru_page.refresh_from_db()
    assert not ru_page.live

    moderate(moderator, ru_page, "approve", capture)
    ru_page.refresh_from_db()
    assert ru_page.live
    assert ru_page.title == "Отчёт о семинаре"


def test_editors_publish_a_translation_without_review(sechenov, django_capture_on_commit_callbacks):
    page = sechenov["ru"]
    editor = client_for(make_user("editor", "editor"))
    put_string(editor, translation_into(page), "title", NEW_TITLE)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(edit_url(page), {"action": "publish"})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == NEW_TITLE
    assert page.current_workflow_state is None
