"""Front-end cache invalidation: publishing or unpublishing a page sends PURGE requests to the
caching proxy for the page and for everything in its language that lists or links to it.

The "proxy" is a small HTTP server on 127.0.0.1 that records the PURGE requests it receives.
"""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

import pytest

import core.frontend_cache  # noqa: F401  (connects the receivers, as the middleware does)
from core.frontend_cache import related_urls
from events.models import EventIndexPage
from site_config.settings.base import frontend_cache_settings
from tests.factories import EventReportPageFactory

pytestmark = pytest.mark.django_db

HTTP_BACKEND = "wagtail.contrib.frontend_cache.backends.HTTPBackend"


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def proxy():
    """The recorded (host, path) PURGE requests, with WAGTAILFRONTENDCACHE pointing at it."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with override_settings(
            WAGTAILFRONTENDCACHE={"proxy": {"BACKEND": HTTP_BACKEND, "LOCATION": location}}
        ):
            yield server.purged
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def language_urls(lang):
    return {
        f"/{lang}/",
        f"/{lang}/events/",
        f"/{lang}/news/feed/",
        f"/{lang}/events/feed/",
        f"/{lang}/events/calendar.ics",
    }


def test_publishing_purges_the_page_its_listings_translations_and_feeds(
    proxy, sechenov, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sechenov["uz"].save_revision().publish()

    assert {host for host, _ in proxy} == {"localhost"}
    assert {path for _, path in proxy} == {
        "/uz/events/sechenov-2023/",
        # The Russian and English versions show the Uzbek one in their language switcher.
        "/ru/events/sechenov-2023/",
        "/en/events/sechenov-2023/",
        "/sitemap.xml",
        *language_urls("uz"),
        # The same pages in Cyrillic (core.scripts).
        "/uz-cyrl/events/sechenov-2023/",
        *language_urls("uz-cyrl"),
    }


def test_unpublishing_a_translation_purges_its_own_language(
    proxy, sechenov, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        sechenov["ru"].unpublish()

    purged = {path for _, path in proxy}
    assert "/ru/events/sechenov-2023/" in purged
    assert language_urls("ru") <= purged
    assert "/uz/events/" not in purged
    assert "/en/" not in purged


def test_scheduled_publishing_purges_too(proxy, locales):
    events_en = EventIndexPage.objects.get(locale=locales["en"])
    page = EventReportPageFactory(
        parent=events_en,
        title="Scheduled seminar",
        start_date=timezone.localdate() + datetime.timedelta(days=30),
        draft=True,
    )
    due = timezone.now() - datetime.timedelta(minutes=5)
    page.go_live_at = due
    page.save_revision(approved_go_live_at=due)
    assert proxy == []

    call_command("run_scheduler", "--once")

    purged = {path for _, path in proxy}
    assert page.url in purged
    assert language_urls("en") <= purged


def test_nothing_is_sent_when_no_front_end_cache_is_configured(
    proxy, sechenov, django_capture_on_commit_callbacks
):
    with (
        override_settings(WAGTAILFRONTENDCACHE={}),
        django_capture_on_commit_callbacks(execute=True),
    ):
        sechenov["uz"].save_revision().publish()

    assert proxy == []


def test_related_urls_are_full_urls_of_the_pages_language(sechenov):
    urls = related_urls(sechenov["en"])

    assert "http://localhost/en/events/" in urls
    assert "http://localhost/en/" in urls
    assert "http://localhost/uz/events/sechenov-2023/" in urls
    assert "http://localhost/uz-cyrl/events/sechenov-2023/" in urls
    assert "http://localhost/sitemap.xml" in urls
    # The page itself is Wagtail's own handler's job.
    assert "http://localhost/en/events/sechenov-2023/" not in urls


def test_no_front_end_cache_by_default():
    assert frontend_cache_settings({}) == {}


def test_a_purge_url_configures_the_http_backend():
    assert frontend_cache_settings({"FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081"}) == {
        "proxy": {"BACKEND": HTTP_BACKEND, "LOCATION": "http://127.0.0.1:6081"}
    }


def test_cdn_backends_and_hostnames_from_the_environment():
    backends = frontend_cache_settings(
        {
            "CLOUDFLARE_ZONEID": "zone",
            "CLOUDFLARE_API_TOKEN": "token",
            "CLOUDFRONT_DISTRIBUTION_ID": "E123",
            "FRONTEND_CACHE_HOSTNAMES": "obgyn.example.org, www.obgyn.example.org",
        }
    )

    assert backends["cloudflare"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": "zone",
        "BEARER_TOKEN": "token",
        "HOSTNAMES": ["obgyn.example.org", "www.obgyn.example.org"],
    }
    assert backends["cloudfront"]["DISTRIBUTION_ID"] == "E123"
    assert "proxy" not in backends
