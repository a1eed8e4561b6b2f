"""Load test (by hand, `make loadtest`): readers and an editor at once, zero errors expected.

gunicorn with production settings and PostgreSQL on the loopback interface. A fresh database
(dropped and created again, then migrated and loaded with the demo content), then, for a
bounded time, 50 concurrent readers over a mix of pages (home, indexes, listing pages,
articles, event reports, partner profiles, search, feeds, calendar, sitemap, in every
language) while an editor process publishes a new revision of a page every few seconds.

Prints requests per second, p99 latency, the number of errors (any response that is not 2xx
or 3xx, and socket errors) and of publishes; exits non-zero on any error.

    python -m bench.load_test --duration 60 --readers 50 --publish-every 3
    python -m bench.load_test --reuse   # skip dropping and loading the database
    python -m bench.load_test --kill-redis-after 20   # its own Redis, killed 20 s into the load
"""

import argparse
import atexit
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from bench.load import ensure_wrk, load
from bench.serve import collectstatic, fetch, gunicorn, production_env

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/obgyn_load"


def log(message):
    print(message, file=sys.stderr, flush=True)


def recreate_database(database_url):
    """Drop and create the database named in `database_url` (loopback PostgreSQL, psql)."""
    parts = urlsplit(database_url)
    name = parts.path.lstrip("/")
    if not name or not name.replace("_", "").isalnum():
        raise SystemExit(f"refusing to recreate database {name!r}")
    if parts.hostname not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit("the load test runs against a loopback PostgreSQL only")
    admin = parts._replace(path="/postgres").geturl()
    for statement in (
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
        f'CREATE DATABASE "{name}"',
    ):
        subprocess.run(["psql", admin, "-q", "-c", statement], check=True)


class OwnRedis:
    """A redis-server of this run on a spare loopback port, to be killed in the middle of it."""

    def __init__(self):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.killed_at = None
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("redis-server did not start")

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
            self.killed_at = time.monotonic()
            log("  Redis killed")


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


# Run inside Django (production settings): every live public page's path, as JSON.
PATHS_SCRIPT = textwrap.dedent(
    """
    import json
    import django
    django.setup()
    from wagtail.models import Page
    pages = Page.objects.live().public().filter(depth__gte=2).specific().order_by("path")
    print(json.dumps([page.get_url() for page in pages if page.get_url()]))
    """
)

# Run inside Django (production settings): publish a new revision of a page every few seconds
# until the stop file appears; rotates over the Uzbek articles and event reports. Right after
# each publish returns, it reads the page as an anonymous reader (through gunicorn, the page
# cache and all) and counts a stale read when the new summary is not there: no reader may see a
# page older than the last publish once that publish has returned.
EDITOR_SCRIPT = textwrap.dedent(
    """
    import html, itertools, os, sys, time, urllib.request
    import django
    django.setup()
    from events.models import EventReportPage
    from news.models import NewsArticlePage
    every, stop_file, base_url = float(sys.argv[1]), sys.argv[2], sys.argv[3]
    pages = list(NewsArticlePage.objects.live().filter(locale__language_code="uz")) + list(
        EventReportPage.objects.live().filter(locale__language_code="uz")
    )

    def read(path):
        request = urllib.request.Request(base_url + path, headers={"X-Forwarded-Proto": "https"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return html.unescape(response.read().decode())

    published = stale = 0
    for number in itertools.count(1):
        if os.path.exists(stop_file):
            break
        page = pages[number % len(pages)]
        page.refresh_from_db()
        base = page.summary.split(" [rev ")[0]
        marker = f" [rev {number}]"
        page.summary = (base[: 300 - len(marker)] + marker)
        page.save_revision().publish()
        published += 1
        if marker not in read(page.get_url()):
            stale += 1
        time.sleep(every)
    print(published, stale)
    """
)


def page_paths(env):
    output = subprocess.run(
        [sys.executable, "-c", PATHS_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def reader_mix(paths):
    """Every live page, plus the listing pages, search, feeds, calendar and sitemap."""
    extra = []
    for code in ("uz", "ru", "en"):
        extra += [
            f"/{code}/news/?page=2",
            f"/{code}/search/?q=seminar",
            f"/{code}/search/?q=Sechenov",
            f"/{code}/news/feed/",
            f"/{code}/events/feed/",
            f"/{code}/events/calendar.ics",
        ]
    extra += ["/sitemap.xml", "/robots.txt"]
    return paths + extra


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument("--readers", type=int, default=50, help="concurrent connections")
    parser.add_argument("--publish-every", type=float, default=3.0, help="seconds between")
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: its config)")
    parser.add_argument("--redis-url", help="REDIS_URL for the server's cache (default: none)")
    parser.add_argument("--reuse", action="store_true", help="keep the database as it is")
    parser.add_argument(
        "--kill-redis-after",
        type=float,
        metavar="SECONDS",
        help="start a redis-server of its own for the cache (instead of --redis-url) and kill "
        "it this many seconds into the load: pages must keep answering from the database",
    )
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="loadtest-"))
    own_redis = OwnRedis() if args.kill_redis_after is not None else None
    if own_redis:
        atexit.register(own_redis.kill)  # also when the run stops early
    redis_url = own_redis.url if own_redis else args.redis_url
    extra = {"REDIS_URL": redis_url} if redis_url else {}
    env = production_env(args.database_url, tmp / "static", tmp / "media", **extra)
    if not args.reuse:
        log(f"Recreating {urlsplit(args.database_url).path.lstrip('/')}, migrate, demo content")
        started = time.monotonic()
        recreate_database(args.database_url)
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_demo_content")
        log(f"  ready in {time.monotonic() - started:.0f} s")
    collectstatic(env)
    paths = reader_mix(page_paths(env))
    log(f"{len(paths)} paths in the readers' mix")
    wrk = ensure_wrk()
    workers = args.workers or int(os.environ.get("GUNICORN_WORKERS", "0")) or None
    stop_file = tmp / "stop"
    with gunicorn(env, workers or 5, log_path=tmp / "gunicorn.log") as url:
        bad = []
        for path in paths:
            status, _headers, _body = fetch(url + path)
            if status >= 400:
                bad.append((path, status))
        if bad:
            log(f"pages failing before the load: {bad[:10]}")
        editor = subprocess.Popen(
            [sys.executable, "-c", EDITOR_SCRIPT, str(args.publish_every), str(stop_file), url],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        log(
            f"{args.readers} readers for {args.duration} s ({'wrk' if wrk else 'python'}), "
            f"an editor publishing every {args.publish_every} s"
        )
        killer = own_redis and threading.Timer(args.kill_redis_after, own_redis.kill)
        if killer:
            killer.start()
        try:
            result = load(url + "/", args.duration, args.readers, paths=paths, wrk=wrk)
        finally:
            stop_file.touch()
            output, _ = editor.communicate(timeout=120)
            if killer:
                killer.cancel()
                own_redis.kill()
        access_log = (tmp / "gunicorn.log").read_text(errors="replace")
        server_errors = len(re.findall(r'HTTP/[\d.]+" 5\d\d ', access_log))
    published, stale = (
        map(int, output.strip().splitlines()[-1].split()) if editor.returncode == 0 else (0, 0)
    )
    errors = result["errors"] + len(bad)
    print(
        f"load test: {args.readers} readers, {args.duration} s, {len(paths)} paths, "
        f"{workers or 5} gunicorn workers, generator {result['generator']}\n"
        f"  requests: {result['requests']}  req/s: {result['rps']}  p99: {result['p99_ms']} ms\n"
        f"  errors: {errors} (non-2xx/3xx or socket; 5xx lines in the access log: "
        f"{server_errors})\n"
        f"  editor: {published} publishes (exit {editor.returncode}), "
        f"stale reads right after a publish: {stale}"
        + (f"\n  Redis killed {args.kill_redis_after:g} s into the load" if own_redis else "")
    )
    if errors or server_errors or stale or editor.returncode != 0 or published == 0:
        print(f"  gunicorn log kept: {tmp / 'gunicorn.log'}")
        sys.exit(1)
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
