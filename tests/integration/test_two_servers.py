"""Two application servers sharing one PostgreSQL and one Redis, as behind a load balancer.

A change published through the admin of one server is what readers of the other see on their
very next request: the page cache lives in Redis and its generation is shared.
"""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings
from django.db import connection

import pytest

from events.models import EventReportPage

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql"
        or not os.environ.get("REDIS_URL"),
        reason="needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL), as in .ci/run",
    ),
]

BASE_DIR = Path(settings.BASE_DIR)
PASSWORD = "two-servers-Passw0rd!"
NO_REDIRECTS = type(
    "NoRedirects",
    (urllib.request.HTTPRedirectHandler,),
    {"redirect_request": lambda *args, **kwargs: None},
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Server:
    """One gunicorn process of the site on a loopback port, with the page cache switched on."""

    def __init__(self, name):
        self.name = name
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.server_settings",
            "DATABASE_URL": database_url(),
            "PYTHONPATH": str(BASE_DIR),
        }
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "site_config.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                "1",
            ],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), NO_REDIRECTS
        )
        self.wait_until_ready()

    def wait_until_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited: {self.process.stderr.read().decode()}")
            try:
                urllib.request.urlopen(f"{self.base}/healthz", timeout=2)
                return
            except OSError:  # refused, reset or timed out while the server starts
                time.sleep(0.3)
        raise RuntimeError(f"{self.name} did not answer /healthz within {timeout} s")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def get(self, path, opener=None):
        """(status, headers, body) of an anonymous GET, or a logged-in one with `opener`."""
        try:
            response = (opener or urllib.request.build_opener(NO_REDIRECTS)).open(
                self.base + path, timeout=30
            )
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode()
        return response.status, response.headers, response.read().decode()

    def csrf_token(self, path):
        _status, _headers, body = self.get(path, self.opener)
        return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1)

    def post(self, path, data, referer_path):
        data = {"csrfmiddlewaretoken": self.csrf_token(referer_path), **data}
        request = urllib.request.Request(
            self.base + path,
            data=urllib.parse.urlencode(data).encode(),
            headers={"Referer": self.base + referer_path},
        )
        try:
            return self.opener.open(request, timeout=30).status
        except urllib.error.HTTPError as error:
            return error.code

    def log_in(self, username):
        status = self.post(
            "/admin/login/", {"username": username, "password": PASSWORD}, "/admin/login/"
        )
        assert status == 302, f"log-in through {self.name} answered {status}"


@pytest.fixture
def servers(demo_site, django_user_model):
    django_user_model.objects.create_superuser("chief", "chief@example.com", PASSWORD)
    started = []
    try:
        for name in ("server A", "server B"):
            started.append(Server(name))
        yield started
    finally:
        for server in started:
            server.stop()


def test_a_change_published_through_one_server_is_fresh_on_the_other(servers):
    writer, reader = servers
    report = EventReportPage.objects.get(slug="sechenov-2023", locale__language_code="uz")
    index_path, report_path = report.get_parent().url, report.url

    status, _headers, body = reader.get(index_path)
    assert status == 200 and report.title in body
    status, headers, body = reader.get(index_path)
    assert headers["X-Page-Cache"] == "hit", "the reader's second request is a cache hit"

    writer.log_in("chief")
    unpublish = f"/admin/pages/{report.pk}/unpublish/"
    assert writer.post(unpublish, {}, unpublish) == 302

    status, _headers, body = reader.get(index_path)
    assert status == 200 and report.title not in body
    assert reader.get(report_path)[0] == 404

    publish = f"/admin/bulk/wagtailcore/page/publish/?id={report.pk}"
    assert writer.post(publish, {}, publish) == 302

    status, _headers, body = reader.get(index_path)
    assert status == 200 and report.title in body
    assert reader.get(report_path)[0] == 200
