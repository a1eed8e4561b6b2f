"""A cache outage costs speed, never the page (core.cache_backends).

Against a real redis-server that the test starts on a spare port and kills mid-run, and against
a port where nothing listens.
"""

import logging
import shutil
import socket
import subprocess
import time

from django.contrib.auth import get_user_model
from django.core.cache import cache, caches

import pytest

from core import cache_backends
from core.structure_cache import GENERATION_KEY

REDIS_SERVER = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(REDIS_SERVER is None, reason="redis-server is not installed")
OUTAGE_LOGGER = "core.cache_backends"


def spare_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """A throwaway redis-server that keeps nothing on disk."""

    def __init__(self, port):
        self.port = port
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
            + ["--appendonly", "no", "--daemonize", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as conn:
                    conn.sendall(b"PING\r\n")
                    if conn.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def kill(self):
        self.process.kill()
        self.process.wait(timeout=10)


@pytest.fixture
def redis_server():
    server = RedisServer(spare_port())
    server.start()
    yield server
    if server.process.poll() is None:
        server.kill()


def use_redis(settings, url):
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache_backends.FaultTolerantRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": f"faults-{spare_port()}",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    # Sessions in front of the database, as production does with Redis.
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def outage_reports(caplog):
    return [
        record
        for record in caplog.records
        if record.name == OUTAGE_LOGGER and record.levelno >= logging.ERROR
    ]


def public_urls(sechenov):
    report = sechenov["uz"]
    return [
        report.url,
        report.get_parent().url,
        sechenov["ru"].url,
        "/en/",
        "/uz/news/",
        "/sitemap.xml",
    ]


def test_pages_are_served_from_the_database_after_redis_dies(
    client, settings, redis_server, sechenov, caplog
):
    use_redis(settings, redis_server.url)
    urls = public_urls(sechenov)
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert client.get(urls[0])["X-Page-Cache"] == "hit"

    redis_server.kill()
    caplog.clear()
    for _round in range(3):
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            assert response.get("X-Page-Cache") != "hit"
    assert sechenov["uz"].title in client.get(urls[0]).content.decode()

    # Eighteen requests, one report: the breaker stops asking and the log is not flooded.
    assert len(outage_reports(caplog)) == 1
    health = client.get("/healthz")
    assert health.status_code == 200
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "error"}
    assert client.get("/healthz", {"strict": "1"}).status_code == 503


def test_the_admin_works_and_publishing_succeeds_while_redis_is_down(
    client, settings, redis_server, sechenov
):
    use_redis(settings, redis_server.url)
    editor = get_user_model().objects.create_superuser("chief", password="x")
    redis_server.kill()

    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    report = sechenov["uz"]
    edit = client.get(f"/admin/pages/{report.pk}/edit/")
    assert edit.status_code == 200

    report.title = "Yangilangan sarlavha"
    report.save_revision(user=editor).publish()
    client.logout()
    response = client.get(report.url)
    assert response.status_code == 200
    assert "Yangilangan sarlavha" in response.content.decode()


def test_a_port_where_nothing_listens_is_a_cache_that_is_down(client, settings, sechenov, caplog):
    use_redis(settings, f"redis://127.0.0.1:{spare_port()}/0")

    for url in public_urls(sechenov):
        assert client.get(url).status_code == 200, url
    assert len(outage_reports(caplog)) == 1
    assert client.get("/healthz").json()["cache"] == "error"


class UnreachableClient:
    """A cache client whose server cannot be reached (and so keeps its data)."""

    def __getattr__(self, name):
        def unreachable(*args, **kwargs):
            raise ConnectionError("network partition")

        return unreachable


def test_a_change_made_during_the_outage_is_not_hidden_by_entries_from_before(
    client, settings, redis_server, sechenov, monkeypatch
):
    """Redis unreachable (not restarted: it keeps its data) while an editor publishes."""
    use_redis(settings, redis_server.url)
    monkeypatch.setattr(cache_backends, "RETRY_SECONDS", 0)
    report = sechenov["uz"]
    assert client.get(report.url).status_code == 200
    assert client.get(report.url)["X-Page-Cache"] == "hit"
    generation_before = cache.get(GENERATION_KEY)

    backend = caches["default"]
    real_client = backend._cache
    monkeypatch.setattr(backend, "_cache", UnreachableClient())
    report.title = "Tashrif haqida yangi sarlavha"
    report.save_revision().publish()
    monkeypatch.setattr(backend, "_cache", real_client)

    response = client.get(report.url)
    assert response.status_code == 200
    assert "Tashrif haqida yangi sarlavha" in response.content.decode()
    assert cache.get(GENERATION_KEY) > generation_before


def test_a_flushed_cache_starts_a_new_generation_and_serves_fresh_pages(
    client, settings, redis_server, sechenov
):
    use_redis(settings, redis_server.url)
    report = sechenov["uz"]
    client.get(report.url)
    assert client.get(report.url)["X-Page-Cache"] == "hit"

    cache.clear()

    response = client.get(report.url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "miss"
    assert cache.get(GENERATION_KEY) is not None


def test_one_redis_client_serves_every_operation(settings, redis_server):
    use_redis(settings, redis_server.url)
    backend = caches["default"]

    cache.set("reuse", 1)
    clients = {id(backend._cache.get_client("reuse")) for _ in range(3)}
    cache.get("reuse")

    assert len(clients) == 1
    assert cache.get("reuse") == 1
