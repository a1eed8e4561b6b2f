"""Jobs that run on every pass of the scheduler (`manage.py run_scheduler`), after Wagtail's
scheduled publishing.

core imports no app of the site, so an app above it that needs a periodic job (telegram retries
its channel posts) registers a callable here from its `AppConfig.ready()`. Each job is guarded:
one that fails is logged and the others still run, as does the next pass.
"""

import logging

logger = logging.getLogger(__name__)

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
