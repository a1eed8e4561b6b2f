"""Jobs that run on every pass of the scheduler (`manage.py run_scheduler`), after Wagtail's
scheduled publishing, and the lock that keeps a second scheduler from running them twice.

core imports no app of the site, so an app above it that needs a periodic job (telegram retries
its channel posts) registers a callable here from its `AppConfig.ready()`. Each job is guarded:
one that fails is logged and the others still run, as does the next pass.

One scheduler, guaranteed (`scheduler_lock`): PostgreSQL's advisory lock, held by a connection
of its own for as long as the scheduler runs (Django's connection is closed between passes,
which would let the lock go); with SQLite, an flock on a file next to the database. A second
scheduler waits for the lock and takes over when the first one stops: a page is never published
twice, and a standby is ready.
"""

import contextlib
import fcntl
import hashlib
import logging
import os
import tempfile
from pathlib import Path

from django.db import DatabaseError, connections

logger = logging.getLogger(__name__)

LOCK_NAME = "obgyn.run_scheduler"

_jobs = []


def register_periodic_job(job):
    """Run `job()` (no arguments) on every scheduler pass. Registering it twice runs it once.

    Returns `job`, so this also works as a decorator.
    """
    if job not in _jobs:
        _jobs.append(job)
    return job


def unregister_periodic_job(job):
    if job in _jobs:
        _jobs.remove(job)


def periodic_jobs():
    return tuple(_jobs)


def job_name(job):
    return f"{getattr(job, '__module__', '?')}.{getattr(job, '__qualname__', repr(job))}"


def run_periodic_jobs():
    """Run every registered job once, in the order they were registered; return the names of
    those that failed."""
    failed = []
    for job in periodic_jobs():
        try:
            job()
        except Exception:
            failed.append(job_name(job))
            logger.exception("Scheduler: periodic job %s failed.", job_name(job))
    return failed


# The scheduler lock -----------------------------------------------------------------------------


def lock_key(name=LOCK_NAME):
    """A signed 64-bit number for pg_try_advisory_lock, the same in every process."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)


class PostgreSQLLock:
    """pg_try_advisory_lock on a connection of its own (advisory locks belong to a session)."""

    def __init__(self, alias):
        self.alias = alias
        self.connection = None

    def acquire(self):
        if self.connection is None:
            self.connection = connections.create_connection(self.alias)
        try:
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT pg_try_advisory_lock(%s)", [lock_key()])
                (acquired,) = cursor.fetchone()
        except DatabaseError:
            self.release()
            raise
        return acquired

    def held(self):
        """Whether the session holding the lock is still there (a restarted server drops it)."""
        try:
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT 1")
        except DatabaseError:
            self.release()
            return False
        return True

    def release(self):
        if self.connection is not None:
            # Closing the session releases its advisory locks.
            with contextlib.suppress(DatabaseError):
                self.connection.close()
            self.connection = None


class FileLock:
    """flock on a file: every process that opens the same SQLite file opens the same lock."""

    def __init__(self, path):
        self.path = Path(path)
        self.file = None

    def acquire(self):
        if self.file is None:
            self.file = open(self.path, "a")  # noqa: SIM115 (held until release())
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def held(self):
        return self.file is not None

    def release(self):
        if self.file is not None:
            self.file.close()
            self.file = None


class ProcessLock:
    """An in-memory SQLite database is seen by this process alone: nobody else can publish."""

    def acquire(self):
        return True

    def held(self):
        return True

    def release(self):
        pass


def scheduler_lock(alias="default"):
    """The lock that one scheduler holds while it runs, for the database `alias`."""
    settings_dict = connections[alias].settings_dict
    if connections[alias].vendor == "postgresql":
        return PostgreSQLLock(alias)
    name = str(settings_dict["NAME"])
    if name.startswith("file:") or name == ":memory:" or "mode=memory" in name:
        return ProcessLock()
    path = Path(name)
    folder = path.parent if os.access(path.parent, os.W_OK) else Path(tempfile.gettempdir())
    return FileLock(folder / f"{path.name}.scheduler.lock")
