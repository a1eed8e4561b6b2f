"""Scheduled publishing: `run_scheduler --once` publishes what is due and unpublishes what expired,
then runs the periodic jobs apps registered in core.periodic, each guarded against the others.

A page scheduled in the admin ("Go-live date") is a revision with `approved_go_live_at`; an expiry
date is `expire_at` on the live page. Wagtail's `publish_scheduled` acts on both once they are past.
"""

import datetime
import logging

from django.core.management import call_command
from django.utils import timezone

import pytest

from core.periodic import register_periodic_job, run_periodic_jobs, unregister_periodic_job
from events.models import EventIndexPage, EventReportPage
from tests.factories import EventReportPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def events_uz(locales):
    return EventIndexPage.objects.get(locale=locales["uz"])


def upcoming_date():
    # Upcoming events are listed first on the index, whatever the number of reports.
    return timezone.localdate() + datetime.timedelta(days=30)


def test_a_page_due_to_go_live_is_published_and_listed(client, events_uz):
    page = EventReportPageFactory(
        parent=events_uz, title="Rejalashtirilgan seminar", start_date=upcoming_date(), draft=True
    )
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
    page = EventReportPageFactory(
        parent=events_uz, title="Keyinroq seminar", start_date=upcoming_date(), draft=True
    )
    later = timezone.now() + datetime.timedelta(days=1)
    page.go_live_at = later
    page.save_revision(approved_go_live_at=later)

    call_command("run_scheduler", "--once")

    page.refresh_from_db()
    assert not page.live


def test_an_expired_page_is_unpublished(client, events_uz):
    page = EventReportPageFactory(
        parent=events_uz, title="Eskirgan seminar", start_date=upcoming_date()
    )
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


# Periodic jobs (core.periodic): what apps above core run on every pass ------------------------


@pytest.fixture
def register_job():
    """Register jobs for one test; they are removed again afterwards."""
    registered = []

    def register(job):
        registered.append(register_periodic_job(job))
        return job

    yield register
    for job in registered:
        unregister_periodic_job(job)


def test_registered_jobs_run_after_scheduled_publishing(events_uz, register_job):
    page = EventReportPageFactory(
        parent=events_uz, title="Davriy ish", start_date=upcoming_date(), draft=True
    )
    due = timezone.now() - datetime.timedelta(minutes=5)
    page.go_live_at = due
    page.save_revision(approved_go_live_at=due)
    seen = []
    register_job(lambda: seen.append(EventReportPage.objects.get(pk=page.pk).live))

    call_command("run_scheduler", "--once")

    assert seen == [True]


def test_a_failing_job_is_logged_and_the_others_still_run(register_job, caplog):
    ran = []

    def broken():
        raise RuntimeError("boom")

    register_job(broken)
    register_job(lambda: ran.append("after"))

    with caplog.at_level(logging.ERROR, logger="core.periodic"):
        call_command("run_scheduler", "--once")

    assert ran == ["after"]
    assert "broken failed" in caplog.text
    assert "boom" in caplog.text


def test_a_job_registered_twice_runs_once(register_job):
    ran = []

    def job():
        ran.append(1)

    register_job(job)
    register_periodic_job(job)

    assert run_periodic_jobs() == []
    assert ran == [1]


def test_jobs_still_run_when_publishing_fails(register_job, monkeypatch, caplog):
    from core.management.commands import run_scheduler

    ran = []
    register_job(lambda: ran.append(1))

    def failing_publish(name):
        raise RuntimeError("database restarting")

    monkeypatch.setattr(run_scheduler, "call_command", failing_publish)
    with caplog.at_level(logging.ERROR):
        run_scheduler.Command().run_pass(raise_errors=False)

    assert ran == [1]
    assert "publish_scheduled failed" in caplog.text
