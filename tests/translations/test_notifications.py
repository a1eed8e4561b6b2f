"""Workflow e-mails: a submission reaches the moderators, approval and rejection reach whoever
submitted (a translator or an editor). Wagtail sends them from its workflow signal handlers."""

from django.core import mail
from django.urls import reverse

from wagtail.models import Page
from wagtail.users.models import UserProfile

import pytest

from tests.translations.accounts import client_for, make_user

pytestmark = pytest.mark.django_db


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def submit(client, page, capture):
    with capture(execute=True):
        response = client.post(edit_url(page), {"action-submit": "1"})
    assert response.status_code == 302


def moderate(client, page, action, capture, comment=""):
    page = Page.objects.get(pk=page.pk)
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    with capture(execute=True):
        response = client.post(url, {"comment": comment})
    assert response.status_code == 302


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


@pytest.fixture
def moderators():
    return [make_user("moderator-1", "moderator"), make_user("moderator-2", "moderator")]


@pytest.fixture(params=["translator-ru", "editor"])
def submitter(request):
    return make_user("submitter", request.param)


def test_submission_emails_every_moderator_and_not_the_submitter(
    sechenov, moderators, submitter, django_capture_on_commit_callbacks
):
    page = sechenov["ru"]
    mail.outbox.clear()

    submit(client_for(submitter), page, django_capture_on_commit_callbacks)

    assert recipients() == ["moderator-1@example.org", "moderator-2@example.org"]
    assert all(page.title in message.body for message in mail.outbox)
    assert all(page.title in message.subject for message in mail.outbox)


def test_approval_emails_the_submitter(
    sechenov, moderators, submitter, django_capture_on_commit_callbacks
):
    page = sechenov["ru"]
    submit(client_for(submitter), page, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    moderate(client_for(moderators[0]), page, "approve", django_capture_on_commit_callbacks)

    assert recipients() == ["submitter@example.org"]
    assert "approved" in mail.outbox[0].subject.lower()
    assert page.title in mail.outbox[0].subject


def test_rejection_emails_the_submitter_with_the_comment(
    sechenov, moderators, submitter, django_capture_on_commit_callbacks
):
    page = sechenov["ru"]
    submit(client_for(submitter), page, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    moderate(
        client_for(moderators[0]),
        page,
        "reject",
        django_capture_on_commit_callbacks,
        comment="Переведите подписи к фотографиям",
    )

    assert recipients() == ["submitter@example.org"]
    assert "rejected" in mail.outbox[0].subject.lower()
    assert "Переведите подписи к фотографиям" in mail.outbox[0].body


def test_a_moderator_who_turned_notifications_off_gets_none(
    sechenov, moderators, django_capture_on_commit_callbacks
):
    profile = UserProfile.get_for_user(moderators[1])
    profile.submitted_notifications = False
    profile.save()
    mail.outbox.clear()

    submit(
        client_for(make_user("ru-translator", "translator-ru")),
        sechenov["ru"],
        django_capture_on_commit_callbacks,
    )

    assert recipients() == ["moderator-1@example.org"]


def test_a_submitter_without_an_email_address_is_skipped_quietly(
    sechenov, moderators, django_capture_on_commit_callbacks
):
    translator = make_user("ru-translator", "translator-ru")
    translator.email = ""
    translator.save()
    page = sechenov["ru"]
    submit(client_for(translator), page, django_capture_on_commit_callbacks)
    mail.outbox.clear()

    moderate(client_for(moderators[0]), page, "approve", django_capture_on_commit_callbacks)

    assert mail.outbox == []
    page.refresh_from_db()
    assert not page.has_unpublished_changes
