"""The scheduler as it runs on a server: real `manage.py run_scheduler` processes.

One scheduler, guaranteed (core.periodic.scheduler_lock): of two schedulers started together on
one database, one publishes a due page and the other says it is waiting — and takes over when
the first stops; a `--once` run beside a running loop waits, then skips its pass. SIGTERM lets
the pass under way finish and the loop exits with status 0.

The processes share the test database: on PostgreSQL the test database itself (the advisory
lock); on SQLite a file copy of it (the flock next to that file).
"""

import datetime
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import timezone

import pytest

from events.models import EventIndexPage
from tests.factories import EventReportPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

BASE_DIR = Path(settings.BASE_DIR)
IS_POSTGRESQL = connection.vendor == "postgresql"
WAIT = 90


class Scheduler:
    """A scheduler process whose output lines are collected as they come."""

    def __init__(self, database_url, *arguments, script=None):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "site_config.settings.test",
            "DATABASE_URL": database_url,
            "LOG_FORMAT": "text",
            "PYTHONPATH": str(BASE_DIR),
        }
        command = (
            [sys.executable, "-c", script, *arguments]
            if script
            else [sys.executable, "manage.py", "run_scheduler", *arguments]
        )
        self.process = subprocess.Popen(
            command,
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines = []
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self):
        for line in self.process.stdout:
            self.lines.append(line)

    @property
    def output(self):
        return "".join(self.lines)

    def says(self, text):
        return text in self.output

    def wait_for(self, text, timeout=WAIT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.says(text):
                return
            if self.process.poll() is not None:
                self.reader.join(5)
                break
            time.sleep(0.1)
        pytest.fail(f"{text!r} never came; output:\n{self.output}")

    def stop(self, timeout=10):
        """SIGTERM; the exit status, within `timeout` seconds."""
        self.process.send_signal(signal.SIGTERM)
        status = self.process.wait(timeout)
        self.reader.join(5)
        return status

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def schedulers():
    started = []

    def start(*arguments, **options):
        scheduler = Scheduler(*arguments, **options)
        started.append(scheduler)
        return scheduler

    yield start
    for scheduler in started:
        scheduler.kill()


@pytest.fixture
def due_page(demo_site):
    """A draft event report whose go-live time has passed: the next pass publishes it."""
    events = EventIndexPage.objects.get(locale__language_code="uz")
    page = EventReportPageFactory(
        parent=events,
        title="Bitta rejalashtiruvchi",
        start_date=timezone.localdate() + datetime.timedelta(days=30),
        draft=True,
    )
    due = timezone.now() - datetime.timedelta(minutes=5)
    page.go_live_at = due
    page.save_revision(approved_go_live_at=due)
    return page


@pytest.fixture
def database_url(due_page, tmp_path):
    """A URL of this test's database that other processes can open."""
    if IS_POSTGRESQL:
        db = connection.settings_dict
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        host = db["HOST"] or "127.0.0.1"
        return f"postgres://{db['USER']}{password}@{host}:{db['PORT'] or 5432}/{db['NAME']}"
    path = tmp_path / "site.sqlite3"
    connection.ensure_connection()
    copy = sqlite3.connect(path)
    try:
        with copy:
            connection.connection.backup(copy)
    finally:
        copy.close()
    return f"sqlite:///{path}"


def scheduled_publishes(database_url, page):
    """How many times the scheduler published `page`, read from the shared database."""
    sql = "SELECT count(*) FROM wagtailcore_pagelogentry WHERE page_id = {0} AND action = {0}"
    if IS_POSTGRESQL:
        with connection.cursor() as cursor:
            cursor.execute(sql.format("%s"), [page.pk, "wagtail.publish.scheduled"])
            return cursor.fetchone()[0]
    database = sqlite3.connect(database_url.removeprefix("sqlite:///"))
    try:
        query = sql.format("?")
        return database.execute(query, [page.pk, "wagtail.publish.scheduled"]).fetchone()[0]
    finally:
        database.close()


def test_of_two_schedulers_one_publishes_and_the_other_waits_then_takes_over(
    schedulers, database_url, due_page
):
    first, second = (schedulers(database_url, "--interval", "1") for _ in range(2))

    for scheduler in (first, second):
        scheduler.wait_for("Scheduler: ")
    deadline = time.monotonic() + WAIT
    while not (any(s.says("pass done") for s in (first, second))) and time.monotonic() < deadline:
        time.sleep(0.2)
    running, waiting = (first, second) if first.says("pass done") else (second, first)
    waiting.wait_for("another scheduler holds the lock; waiting")
    running.wait_for("pass done")
    time.sleep(2)  # a few more passes of the running one
    assert not waiting.says("pass done"), waiting.output
    assert scheduled_publishes(database_url, due_page) == 1

    # A cron-style --once beside it waits, then skips its pass.
    once = schedulers(database_url, "--once", "--lock-wait", "2")
    assert once.process.wait(WAIT) == 0, once.output
    once.reader.join(5)
    assert "waiting" in once.output and "pass is skipped" in once.output, once.output
    assert "pass done" not in once.output

    assert running.stop() == 0, running.output
    waiting.wait_for("got the lock; taking over")
    waiting.wait_for("pass done")
    assert waiting.stop() == 0, waiting.output
    assert scheduled_publishes(database_url, due_page) == 1


SLOW_PASS = """
import sys, time
import django
django.setup()
from django.core.management import call_command
from core.periodic import register_periodic_job

def slow_job():
    print("slow job started", flush=True)
    time.sleep(3)
    print("slow job finished", flush=True)

register_periodic_job(slow_job)
call_command("run_scheduler", *sys.argv[1:])
print("command returned", flush=True)
"""


def test_sigterm_lets_the_current_pass_finish_and_exits_cleanly(schedulers, database_url, due_page):
    scheduler = schedulers(database_url, "--interval", "1", script=SLOW_PASS)
    scheduler.wait_for("slow job started")

    started = time.monotonic()
    status = scheduler.stop(timeout=10)

    assert status == 0, scheduler.output
    assert time.monotonic() - started < 10
    output = scheduler.output
    assert output.index("slow job finished") < output.index("Scheduler: stopped.")
    assert "pass done" in output[output.index("slow job finished") :]
    assert "command returned" in output
    assert output.count("slow job started") == 1
    assert scheduled_publishes(database_url, due_page) == 1
