"""Wagtail's background tasks off the request (settings TASKS, django-tasks-db).

With the database backend (production's default) a publish only queues the search-index and
reference-index tasks, in the publish's own transaction; `manage.py db_worker` (which
`make serve` starts) runs them. `make run` and the tests keep the immediate backend.
"""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest
from django_tasks import task_backends
from django_tasks.backends.immediate import ImmediateBackend
from django_tasks_db.models import DBTaskResult

from events.models import EventIndexPage, EventReportPage
from tests.factories import EventReportPageFactory

pytestmark = pytest.mark.django_db

SEARCH_TASK = "modelsearch.tasks.insert_or_update_object_task"
REFERENCE_TASK = "wagtail.tasks.update_reference_index_task"


@pytest.fixture
def queued_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def found(title):
    """The live event reports the site search finds for `title`."""
    return [page.pk for page in EventReportPage.objects.live().search(title)]


def publish_new_report(locales, title):
    events = EventIndexPage.objects.get(locale=locales["uz"])
    page = EventReportPageFactory(
        parent=events,
        title=title,
        start_date=timezone.localdate() + datetime.timedelta(days=10),
        draft=True,
    )
    page.save_revision().publish()
    return page


def test_the_tests_and_make_run_run_tasks_inside_the_request(locales):
    assert isinstance(task_backends["default"], ImmediateBackend)

    page = publish_new_report(locales, "Darhol indekslangan seminar")

    assert page.pk in found("Darhol indekslangan")
    assert not DBTaskResult.objects.exists()


@pytest.fixture
def worker_in_this_transaction(monkeypatch):
    """`db_worker` run inside the test's transaction: it closes "old" connections between tasks,
    which here would be the test's own (on PostgreSQL), and so would end the test."""
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


def test_a_publish_queues_the_index_tasks_and_the_worker_runs_them(
    locales, queued_tasks, worker_in_this_transaction
):
    page = publish_new_report(locales, "Navbatdagi indekslash seminari")

    queued = DBTaskResult.objects.filter(status="READY")
    indexed = [task.args_kwargs["args"] for task in queued.filter(task_path=SEARCH_TASK)]
    assert ["events", "eventreportpage", str(page.pk)] in indexed
    assert queued.filter(task_path=REFERENCE_TASK).exists()
    # Nothing ran inside the publish: the page is not searchable yet.
    assert page.pk not in found("Navbatdagi indekslash")

    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")

    assert not DBTaskResult.objects.exclude(status="SUCCESSFUL").exists()
    assert page.pk in found("Navbatdagi indekslash")
    assert DBTaskResult.objects.filter(task_path=REFERENCE_TASK, status="SUCCESSFUL").exists()
