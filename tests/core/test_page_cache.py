"""The page cache itself (core.page_cache): which responses anonymous readers get from the cache
and which are never stored, and the middleware's rules one at a time. Headers, 304 answers and
compression: test_page_cache_headers.py.

What makes a cached page stale (core.invalidation) is tested in test_invalidation.py. Every test
starts from a new content generation (tests/conftest.py), so nothing cached inside an earlier
test's rolled-back transaction is reachable. Run once with REDIS_URL set to exercise the Redis
back-end.
"""

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings as django_settings
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory

import pytest

from core import page_cache
from partners.models import PartnerProfilePage
from tests.core.page_cache_helpers import HIT, get, status, text, warm
from tests.factories import ContentPageFactory
from tests.helpers import by_language

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

LANGUAGES = ["uz", "ru"]


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("cache-editor", "e@example.org", "pw")


# What is served from the cache ----------------------------------------------------------------


def public_urls(homes, sechenov, indexes):
    partner = by_language(PartnerProfilePage, slug="sechenov")
    urls = {}
    for code in LANGUAGES:
        urls |= {
            f"{code} home": homes[code].url,
            f"{code} news index": indexes["news"][code].url,
            f"{code} event index": indexes["events"][code].url,
            f"{code} event report": sechenov[code].url,
            f"{code} partner index": indexes["partners"][code].url,
            f"{code} partner": partner[code].url,
            f"{code} news feed": f"/{code}/news/feed/",
            f"{code} events feed": f"/{code}/events/feed/",
            f"{code} calendar": f"/{code}/events/calendar.ics",
            f"{code} event calendar": f"/{code}/events/ics/{sechenov[code].pk}.ics",
        }
    return urls | {"sitemap": "/sitemap.xml", "robots": "/robots.txt"}


def test_every_public_url_is_served_from_the_cache_without_a_query(
    client, homes, sechenov, indexes, django_assert_num_queries
):
    for name, url in public_urls(homes, sechenov, indexes).items():
        first = get(client, url)
        assert first["X-Page-Cache"] == "miss", name

        with django_assert_num_queries(0):
            second = get(client, url)

        assert second["X-Page-Cache"] == HIT, name
        assert second.content == first.content, name
        assert second["Content-Type"] == first["Content-Type"], name
        assert second["Content-Language"] == first["Content-Language"], name


def test_a_hit_costs_one_round_trip_to_the_cache(client, sechenov, monkeypatch):
    """The entry and the generations of its language are read together (one MGET on Redis)."""
    get(client, sechenov["ru"].url)
    backend = caches["default"]
    calls, depth = [], []

    def counted(name, method):
        def call(*args, **kwargs):
            if not depth:  # a back-end's get_many may call its own get()
                calls.append(name)
            depth.append(name)
            try:
                return method(*args, **kwargs)
            finally:
                depth.pop()

        return call

    for name in ("get", "get_many", "add", "set", "incr", "delete"):
        monkeypatch.setattr(backend, name, counted(name, getattr(backend, name)))

    assert get(client, sechenov["ru"].url)["X-Page-Cache"] == HIT
    assert calls == ["get_many"]


def test_an_entry_of_an_older_epoch_is_replaced_not_served(client, sechenov):
    page = sechenov["ru"]
    get(client, page.url)
    page.title = "Новый заголовок отчёта"
    page.save_revision().publish()

    response = get(client, page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Новый заголовок отчёта" in response.content.decode()
    assert get(client, page.url)["X-Page-Cache"] == HIT


def test_head_is_answered_from_the_entry_of_get(client, sechenov, django_assert_num_queries):
    body = get(client, sechenov["uz"].url).content

    with django_assert_num_queries(0):
        response = client.head(sechenov["uz"].url)

    assert response.status_code == 200
    assert response["X-Page-Cache"] == HIT
    assert int(response["Content-Length"]) == len(body)


def test_listing_filters_are_cached_other_parameters_are_not(
    client, indexes, django_assert_num_queries
):
    news = indexes["news"]["uz"].url
    warm(client, f"{news}?page=1", f"{news}?year=2023")

    for url in (f"{news}?utm_source=mail", f"{news}?page=1&fbclid=x", f"{news}?q=" + "x" * 300):
        get(client, url)
        response = get(client, url)
        assert "X-Page-Cache" not in response, url
        assert "no-store" in response["Cache-Control"], url


def test_search_results_are_never_cached(client):
    for _ in range(2):
        response = get(client, "/uz/search/?q=Sechenov")
        assert "X-Page-Cache" not in response
        assert "no-store" in response["Cache-Control"]


def test_a_not_found_page_is_not_cached_and_a_new_page_takes_its_place(client, homes):
    assert status(client, "/uz/yangi-bolim/") == 404
    assert status(client, "/uz/yangi-bolim/") == 404

    ContentPageFactory(parent=homes["uz"], title="Yangi boʻlim", slug="yangi-bolim")

    assert "Yangi boʻlim" in text(client, "/uz/yangi-bolim/")


def test_a_logged_in_editor_is_neither_served_from_nor_stored_in_the_cache(
    client, editor, sechenov, indexes
):
    warm(client, sechenov["uz"].url)
    client.force_login(editor)

    for url in (sechenov["uz"].url, indexes["news"]["uz"].url):
        response = get(client, url)
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]
        assert "ETag" not in response

    client.logout()
    # The index the editor saw was not stored for anonymous readers.
    assert get(client, indexes["news"]["uz"].url)["X-Page-Cache"] == "miss"


def test_a_draft_seen_by_an_editor_never_reaches_readers(client, editor, sechenov, indexes):
    page = sechenov["uz"]
    warm(client, page.url, indexes["events"]["uz"].url)
    page.title = "Qoralama sarlavha"
    page.save_revision()

    client.force_login(editor)
    draft = client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert draft.status_code == 200
    assert "Qoralama sarlavha" in draft.content.decode()
    assert "X-Page-Cache" not in draft
    client.logout()

    for url in (page.url, indexes["events"]["uz"].url):
        assert "Qoralama sarlavha" not in text(client, url)


def test_the_language_redirect_at_the_root_varies_by_language_and_is_not_stored(client):
    for language in ("ru", "en", "ru"):
        response = client.get("/", headers={"Accept-Language": language})
        assert response.status_code == 302
        assert response["Location"] == f"/{language}/"
        assert "Accept-Language" in response["Vary"]
        assert "X-Page-Cache" not in response


def test_a_broken_cache_costs_speed_never_the_page(client, sechenov, monkeypatch):
    def cache_down(*args):
        raise ConnectionError("cache down")

    monkeypatch.setattr(page_cache, "current_epoch", cache_down)
    response = get(client, sechenov["uz"].url)
    assert "X-Page-Cache" not in response

    monkeypatch.undo()
    monkeypatch.setattr(page_cache, "epoch_started", cache_down)
    response = get(client, sechenov["uz"].url)
    assert "X-Page-Cache" not in response
    assert sechenov["uz"].title in response.content.decode()


# The middleware's rules, one at a time ---------------------------------------------------------


class CountingView:
    """Stands for the rest of the middleware chain and the view: counts what it rendered."""

    def __init__(self, prepare=None):
        self.calls = 0
        self.prepare = prepare

    def __call__(self, request):
        self.calls += 1
        response = HttpResponse(f"rendered {self.calls}")
        if self.prepare:
            self.prepare(request, response)
        return response


def run_twice(prepare=None, path="/uz/rules/", **request_kwargs):
    view = CountingView(prepare)
    middleware = page_cache.PageCacheMiddleware(view)
    factory = RequestFactory()
    responses = [middleware(factory.get(path, **request_kwargs)) for _ in range(2)]
    return view.calls, responses


def test_a_plain_anonymous_response_is_rendered_once():
    calls, responses = run_twice()

    assert calls == 1
    assert responses[1].content == b"rendered 1"


class SlowView(CountingView):
    """Renders slowly, so that other readers arrive while it works."""

    def __init__(self, status_code=200):
        super().__init__()
        self.status_code = status_code
        self.lock = threading.Lock()

    def __call__(self, request):
        with self.lock:
            self.calls += 1
            number = self.calls
        time.sleep(0.3)
        return HttpResponse(f"rendered {number}", status=self.status_code)


def concurrent_readers(view, count=6, path="/uz/single-flight/"):
    middleware = page_cache.PageCacheMiddleware(view)
    factory = RequestFactory()
    with ThreadPoolExecutor(max_workers=count) as pool:
        return list(pool.map(lambda _n: middleware(factory.get(path)), range(count)))


def test_readers_missing_the_same_page_at_once_wait_for_one_render():
    view = SlowView()

    responses = concurrent_readers(view)

    assert view.calls == 1
    assert {response.content for response in responses} == {b"rendered 1"}
    assert sorted(response[page_cache.STATUS_HEADER] for response in responses) == (
        ["hit"] * 5 + ["miss"]
    )


def test_when_the_render_is_not_stored_the_waiting_readers_render_for_themselves():
    view = SlowView(status_code=404)

    responses = concurrent_readers(view, count=3)

    assert view.calls == 3
    assert all(response.status_code == 404 for response in responses)


@pytest.mark.parametrize(
    "prepare",
    [
        pytest.param(lambda request, response: response.set_cookie("x", "1"), id="sets a cookie"),
        pytest.param(lambda request, response: setattr(request, "is_preview", True), id="preview"),
        pytest.param(
            lambda request, response: response.__setitem__("Cache-Control", "private"),
            id="private",
        ),
        pytest.param(
            lambda request, response: response.__setitem__("Vary", "User-Agent"),
            id="varies by user agent",
        ),
        pytest.param(
            lambda request, response: setattr(response, "status_code", 404), id="not found"
        ),
        pytest.param(
            lambda request, response: setattr(response, "status_code", 302), id="redirect"
        ),
    ],
)
def test_responses_not_meant_for_everyone_are_not_stored(prepare):
    calls, responses = run_twice(prepare)

    assert calls == 2
    assert responses[1].content == b"rendered 2"


@pytest.mark.parametrize(
    "request_kwargs",
    [
        pytest.param({"HTTP_COOKIE": f"{django_settings.SESSION_COOKIE_NAME}=abc"}, id="session"),
        pytest.param({"HTTP_COOKIE": "messages=abc"}, id="pending message"),
        pytest.param({"HTTP_AUTHORIZATION": "Basic eDp5"}, id="authorization"),
    ],
)
def test_readers_with_a_session_or_credentials_are_not_served_from_the_cache(request_kwargs):
    view = CountingView()
    middleware = page_cache.PageCacheMiddleware(view)
    factory = RequestFactory()
    middleware(factory.get("/uz/rules/"))

    response = middleware(factory.get("/uz/rules/", **request_kwargs))

    assert view.calls == 2
    assert response.content == b"rendered 2"
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/admin/", "/api/v2/pages/", "/healthz", "/documents/1/x.pdf"])
def test_paths_outside_the_public_site_are_left_alone(path):
    calls, responses = run_twice(path=path)

    assert calls == 2
    assert "Cache-Control" not in responses[1]


def test_the_sitemap_is_cached_per_language_of_the_request():
    def content_language(request, response):
        response.content = request.headers.get("Accept-Language", "none").encode()

    view = CountingView(content_language)
    middleware = page_cache.PageCacheMiddleware(view)
    factory = RequestFactory()
    russian = [middleware(factory.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="ru")) for _ in "ab"]
    english = middleware(factory.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="en"))

    assert view.calls == 2
    assert russian[1].content == b"ru"
    assert english.content == b"en"
