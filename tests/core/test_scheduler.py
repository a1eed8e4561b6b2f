"""Scheduled publishing: `run_scheduler --once` publishes what is due and unpublishes what expired.

A page scheduled in the admin ("Go-live date") is a revision with `approved_go_live_at`; an expiry
date is `expire_at` on the live page. Wagtail's `publish_scheduled` acts on both once they are past.
"""

import datetime
import logging

from django.core.management import call_command
from django.utils import timezone

import pytest

from events.models import EventIndexPage, EventReportPage
from tests.factories import add_event_report

pytestmark = pytest.mark.django_db


@pytest.fixture
def events_uz(locales):
    return EventIndexPage.objects.get(locale=locales["uz"])


def upcoming_date():
    # Upcoming events are listed first on the index, whatever the number of reports.
    return timezone.localdate() + datetime.timedelta(days=30)


def test_a_page_due_to_go_live_is_published_and_listed(client, events_uz):
    page = add_event_report(events_uz, "Rejalashtirilgan seminar", upcoming_date(), live=False)
    due = timezone.now() - datetime.timedelta(minutes=5)
    page.go_live_at = due
    page.save_revision(approved_go_live_at=due)

    assert client.get(page.url).status_code == 404
    assert page.title not in client.get(events_uz.url).content.decode()

    call_command("run_scheduler", "--once")

    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200
    assert page.title in client.get(events_uz.url).content.decode()


def test_a_page_scheduled_for_later_stays_a_draft(events_uz):
    page = add_event_report(events_uz, "Keyinroq seminar", upcoming_date(), live=False)
    later = timezone.now() + datetime.timedelta(days=1)
    page.go_live_at = later
    page.save_revision(approved_go_live_at=later)

    call_command("run_scheduler", "--once")

    page.refresh_from_db()
    assert not page.live


def test_an_expired_page_is_unpublished(client, events_uz):
    page = add_event_report(events_uz, "Eskirgan seminar", upcoming_date())
    EventReportPage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=5)
    )
    assert client.get(page.url).status_code == 200

    call_command("run_scheduler", "--once")

    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get(page.url).status_code == 404
    assert page.title not in client.get(events_uz.url).content.decode()


def test_each_pass_is_logged(events_uz, caplog):
    with caplog.at_level(logging.INFO, logger="core.management.commands.run_scheduler"):
        call_command("run_scheduler", "--once")

    assert "pass done" in caplog.text
