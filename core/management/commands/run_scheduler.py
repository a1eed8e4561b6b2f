"""Run Wagtail's `publish_scheduled` every --interval seconds (or once, with --once).

Publishes revisions whose "go live" time has passed and unpublishes pages whose expiry time has
passed, then runs the periodic jobs apps registered in core.periodic (telegram: channel posts
that are due again). `make serve` starts it next to gunicorn; a cron line or a systemd timer
calling `manage.py run_scheduler --once` every minute does the same job (see README.md,
"Deployment").
"""

import logging
import signal
import threading
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from core.periodic import run_periodic_jobs

logger = logging.getLogger(__name__)


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

    def handle(self, *args, interval, once, **options):
        if interval < 1:
            raise CommandError("--interval must be at least 1 second.")
        if once:
            # One pass, as cron would run it: a failure ends the command with an error.
            self.run_pass(raise_errors=True)
            return

        stop = threading.Event()

        def request_stop(signum, frame):
            logger.info("Scheduler: received signal %s, stopping.", signum)
            stop.set()

        previous = signal.signal(signal.SIGTERM, request_stop)
        logger.info("Scheduler: publishing scheduled pages every %s s.", interval)
        try:
            while not stop.is_set():
                # A long-running process must not keep a connection the server has closed.
                close_old_connections()
                self.run_pass(raise_errors=False)
                stop.wait(interval)
        except KeyboardInterrupt:
            logger.info("Scheduler: interrupted, stopping.")
        finally:
            signal.signal(signal.SIGTERM, previous)

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
