"""Run Wagtail's `publish_scheduled` every --interval seconds (or once, with --once).

Publishes revisions whose "go live" time has passed and unpublishes pages whose expiry time has
passed, then runs the periodic jobs apps registered in core.periodic (telegram: channel posts
that are due again). `make serve` starts it next to gunicorn; a cron line or a systemd timer
calling `manage.py run_scheduler --once` every minute does the same job (see README.md,
"Deployment").

Only one scheduler runs passes at a time (core.periodic.scheduler_lock): another one says it is
waiting and waits — the loop until the first one stops, then it takes over; --once for at most
--lock-wait seconds, then it skips its pass. SIGTERM (or Ctrl-C) lets the current pass finish,
then the command exits with status 0.
"""

import logging
import signal
import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, close_old_connections

from core.periodic import run_periodic_jobs, scheduler_lock

logger = logging.getLogger(__name__)

# How often a waiting scheduler asks for the lock again, at most.
LOCK_POLL_SECONDS = 5


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages every --interval seconds until stopped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval",
            type=int,
            default=60,
            help="Seconds between two passes (default: 60).",
        )
        parser.add_argument("--once", action="store_true", help="Run one pass and exit.")
        parser.add_argument(
            "--lock-wait",
            type=int,
            default=None,
            help="With --once: seconds to wait while another scheduler runs, then skip the pass "
            "(default: --interval).",
        )

    def handle(self, *args, interval, once, lock_wait, **options):
        if interval < 1:
            raise CommandError("--interval must be at least 1 second.")
        self.poll = min(interval, LOCK_POLL_SECONDS)
        lock = scheduler_lock()
        try:
            if once:
                self.run_once(lock, interval if lock_wait is None else lock_wait)
            else:
                self.run_loop(lock, interval)
        finally:
            lock.release()

    def run_once(self, lock, lock_wait):
        if not self.wait_for_lock(lock, threading.Event(), timeout=lock_wait):
            logger.warning("Scheduler: gave up waiting for the lock; this pass is skipped.")
            return
        # One pass, as cron would run it: a failure ends the command with an error.
        self.run_pass(raise_errors=True)

    def run_loop(self, lock, interval):
        stop = threading.Event()

        def request_stop(signum, frame):
            logger.info("Scheduler: received signal %s, stopping after this pass.", signum)
            stop.set()

        previous = signal.signal(signal.SIGTERM, request_stop)
        logger.info("Scheduler: publishing scheduled pages every %s s.", interval)
        holding = False
        try:
            while not stop.is_set():
                if not (holding and lock.held()):
                    if holding:
                        logger.error("Scheduler: lost the lock (database connection); waiting.")
                    holding = self.wait_for_lock(lock, stop)
                    if not holding:
                        break
                # A long-running process must not keep a connection the server has closed.
                close_old_connections()
                self.run_pass(raise_errors=False)
                stop.wait(interval)
        except KeyboardInterrupt:
            logger.info("Scheduler: interrupted, stopping.")
        finally:
            signal.signal(signal.SIGTERM, previous)
        logger.info("Scheduler: stopped.")

    def wait_for_lock(self, lock, stop, timeout=None):
        """Take the scheduler lock, waiting while another scheduler holds it; False when told to
        stop or after `timeout` seconds."""
        deadline = None if timeout is None else time.monotonic() + timeout
        waiting = False
        while not stop.is_set():
            try:
                if lock.acquire():
                    if waiting:
                        logger.info("Scheduler: got the lock; taking over.")
                    return True
            except DatabaseError:
                logger.exception("Scheduler: could not ask for the lock.")
            if not waiting:
                logger.info("Scheduler: another scheduler holds the lock; waiting.")
                waiting = True
            remaining = None if deadline is None else deadline - time.monotonic()
            if remaining is not None and remaining <= 0:
                return False
            stop.wait(self.poll if remaining is None else min(self.poll, remaining))
        return False

    def run_pass(self, raise_errors):
        started = time.monotonic()
        failure = None
        try:
            call_command("publish_scheduled")
        except Exception as error:
            failure = error
            if not raise_errors:
                # One failed pass (database restarting, …) must not end the scheduler.
                logger.exception("Scheduler: publish_scheduled failed.")
        # The jobs do not depend on this pass's publishing, so they run even when it failed.
        run_periodic_jobs()
        if failure is not None:
            if raise_errors:
                raise failure
            return
        logger.info("Scheduler: pass done in %.2f s.", time.monotonic() - started)
