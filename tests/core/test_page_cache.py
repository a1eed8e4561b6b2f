"""The page cache (core.page_cache): anonymous readers get cached responses, and no change of
content, in any language, leaves a stale page, feed, calendar or sitemap behind.

Every test starts from a new content generation (tests/conftest.py), so nothing cached inside
an earlier test's rolled-back transaction is reachable. Run once with REDIS_URL set to exercise
the Redis back-end.
"""

import datetime
import os
import subprocess
import sys

from django.conf import settings as django_settings
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from django.utils.http import http_date

from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import pytest

from core import page_cache
from core.structure_cache import invalidate
from events.models import EventIndexPage, EventReportPage
from home.models import ContentPage, SiteDetails
from news.models import NewsIndexPage
from partners.models import PartnerIndexPage, PartnerProfilePage
from tests.factories import add_event_report, add_news_article, by_language

pytestmark = pytest.mark.django_db

LANGUAGES = ["uz", "ru"]
HIT = "hit"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    invalidate()


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("cache-editor", "e@example.org", "pw")


@pytest.fixture
def indexes(locales):
    return {
        "news": by_language(NewsIndexPage),
        "events": by_language(EventIndexPage),
        "partners": by_language(PartnerIndexPage),
    }


def get(client, url, **headers):
    response = client.get(url, headers=headers)
    assert response.status_code == 200, (url, response.status_code)
    return response


def text(client, url):
    return get(client, url).content.decode()


def warm(client, *urls):
    """Request each URL until it comes from the cache, so later reads test invalidation."""
    for url in urls:
        get(client, url)
        assert get(client, url)["X-Page-Cache"] == HIT, url


def status(client, url):
    return client.get(url).status_code


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

    page = homes["uz"].add_child(instance=ContentPage(title="Yangi boʻlim", slug="yangi-bolim"))
    page.save_revision().publish()

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


# Invalidation, in every language ---------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_article_appears_on_every_page_that_lists_it(client, homes, indexes, language):
    partner = by_language(PartnerProfilePage, slug="sechenov")[language]
    urls = [
        homes[language].url,
        indexes["news"][language].url,
        f"/{language}/news/feed/",
        partner.url,
    ]
    warm(client, *urls, "/sitemap.xml")

    article = add_news_article(
        indexes["news"][language], "Kesh yangiligi", datetime.date.today(), partners=[partner]
    )

    for url in urls:
        assert "Kesh yangiligi" in text(client, url), url
    assert f"http://testserver{article.url}" in text(client, "/sitemap.xml")
    assert "Kesh yangiligi" in text(client, article.url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_edited_title_is_shown_everywhere(client, homes, sechenov, indexes, language):
    page = sechenov[language]
    urls = [
        page.url,
        homes[language].url,
        indexes["events"][language].url,
        f"/{language}/events/feed/",
        f"/{language}/events/calendar.ics",
        f"/{language}/events/ics/{page.pk}.ics",
    ]
    warm(client, *urls)

    page.title = "Yangilangan sarlavha"
    page.save_revision().publish()

    for url in urls:
        assert "Yangilangan sarlavha" in text(client, url), url


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_unpublished_page_is_gone_everywhere(client, homes, sechenov, indexes, language):
    page = sechenov[language]
    absolute = f"http://testserver{page.url}"
    listings = [homes[language].url, indexes["events"][language].url, f"/{language}/events/feed/"]
    warm(client, page.url, *listings, f"/{language}/events/calendar.ics", "/sitemap.xml")

    page.unpublish()

    assert status(client, page.url) == 404
    for url in listings:
        assert page.title not in text(client, url), url
    assert absolute not in text(client, f"/{language}/events/calendar.ics")
    assert absolute not in text(client, "/sitemap.xml")


def test_unpublishing_a_translation_updates_the_other_languages(client, sechenov):
    warm(client, sechenov["uz"].url)
    assert f'href="{sechenov["ru"].url}"' in text(client, sechenov["uz"].url)

    sechenov["ru"].unpublish()

    assert f'href="{sechenov["ru"].url}"' not in text(client, sechenov["uz"].url)


def test_a_page_made_private_is_never_served_from_the_cache(client, sechenov, indexes):
    page = sechenov["uz"]
    warm(client, page.url, indexes["events"]["uz"].url)

    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="maxfiy"
    )

    for _ in range(2):
        response = get(client, page.url)
        assert "X-Page-Cache" not in response
        assert page.title not in response.content.decode()
    assert page.title not in text(client, indexes["events"]["uz"].url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_deleted_article_is_gone_everywhere(client, homes, indexes, language):
    article = add_news_article(indexes["news"][language], "Oʻchiriladigan", datetime.date.today())
    url = article.url
    listings = [homes[language].url, indexes["news"][language].url, f"/{language}/news/feed/"]
    warm(client, url, *listings, "/sitemap.xml")

    Page.objects.get(pk=article.pk).delete()

    assert status(client, url) == 404
    for listing in listings:
        assert "Oʻchiriladigan" not in text(client, listing), listing
    assert f"http://testserver{url}" not in text(client, "/sitemap.xml")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_moved_page_is_found_at_its_new_address(client, homes, language):
    home = homes[language]
    page = ContentPage.objects.get(locale=home.locale, depth=3)
    section = home.add_child(instance=ContentPage(title="Boʻlim", slug="bolim"))
    section.save_revision().publish()
    old_url = page.url
    warm(client, old_url, home.url, "/sitemap.xml")
    assert f'href="{old_url}"' in text(client, home.url)

    page.move(section, pos="last-child")
    page.refresh_from_db()

    assert page.url == f"{section.url}{page.slug}/"
    # Wagtail leaves a redirect behind; the cached page must not answer instead.
    moved = client.get(old_url)
    assert (moved.status_code, moved["Location"]) == (301, page.url)
    assert page.title in text(client, page.url)
    assert f'href="{old_url}"' not in text(client, home.url)
    sitemap = text(client, "/sitemap.xml")
    assert f"http://testserver{page.url}" in sitemap
    assert f"http://testserver{old_url}<" not in sitemap


def test_a_translation_published_through_wagtail_localize_is_shown(
    client, sechenov, indexes, django_capture_on_commit_callbacks
):
    russian = sechenov["ru"]
    urls = [russian.url, indexes["events"]["ru"].url, "/ru/events/feed/"]
    warm(client, *urls)
    source = TranslationSource.objects.get(
        object_id=sechenov["uz"].translation_key, locale=sechenov["uz"].locale
    )
    translation = Translation.objects.get(source=source, target_locale=russian.locale)
    title = StringSegment.objects.get(source=source, context__path="title")
    StringTranslation.objects.filter(
        translation_of=title.string, locale=russian.locale, context=title.context
    ).update(data="Обмен с Сеченовским университетом (обновлено)")

    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    for url in urls:
        assert "Обмен с Сеченовским университетом (обновлено)" in text(client, url), url


def in_locale(snippet, page):
    """The translation of `snippet` in the language of `page`."""
    return type(snippet).objects.get(
        translation_key=snippet.translation_key, locale_id=page.locale_id
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_renamed_people_and_topics_are_shown_on_the_pages_that_name_them(
    client, sechenov, language
):
    page = sechenov[language]
    person = in_locale(page.participants.first().person, page)
    topic = in_locale(page.topic_links.first().topic, page)
    warm(client, page.url)
    assert person.name in text(client, page.url)

    person.name = "Ism Oʻzgardi"
    person.save()
    assert "Ism Oʻzgardi" in text(client, page.url)

    topic.name = "Mavzu Oʻzgardi"
    topic.save()
    assert "Mavzu Oʻzgardi" in text(client, page.url)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_published_footer_is_shown_on_every_page(client, homes, sechenov, language):
    details = SiteDetails.objects.get(locale=homes[language].locale)
    warm(client, homes[language].url, sechenov[language].url)

    details.footer_text = "Yangi pastki matn."
    details.save_revision().publish()

    for url in (homes[language].url, sechenov[language].url):
        assert "Yangi pastki matn." in text(client, url), url


def test_an_image_description_change_is_shown(client, sechenov):
    image = sechenov["uz"].hero_image
    warm(client, sechenov["uz"].url, sechenov["ru"].url)

    image.description = "Yangi rasm tavsifi"
    image.save()

    for code in LANGUAGES:
        assert "Yangi rasm tavsifi" in text(client, sechenov[code].url), code


def test_a_scheduled_page_appears_and_an_expired_one_disappears(client, homes, indexes):
    events = indexes["events"]["uz"]
    soon = timezone.localdate() + datetime.timedelta(days=30)
    scheduled = add_event_report(events, "Rejadagi seminar", soon, live=False)
    due = timezone.now() - datetime.timedelta(minutes=5)
    scheduled.go_live_at = due
    scheduled.save_revision(approved_go_live_at=due)
    expiring = add_event_report(events, "Muddati tugagan seminar", soon)
    EventReportPage.objects.filter(pk=expiring.pk).update(expire_at=due)
    listings = [homes["uz"].url, events.url, "/uz/events/feed/", "/uz/events/calendar.ics"]
    warm(client, *listings, expiring.url)
    for url in listings:
        assert "Muddati tugagan seminar" in text(client, url), url

    call_command("run_scheduler", "--once")

    for url in listings:
        html = text(client, url)
        assert "Rejadagi seminar" in html, url
        assert "Muddati tugagan seminar" not in html, url
    assert status(client, expiring.url) == 404


def test_an_event_moves_from_upcoming_to_past_at_midnight(client, homes, indexes, monkeypatch):
    today = timezone.localdate()
    add_event_report(indexes["events"]["uz"], "Bugungi seminar", today)
    warm(client, homes["uz"].url)
    assert "Bugungi seminar" in upcoming_section(text(client, homes["uz"].url))

    monkeypatch.setattr(timezone, "localdate", lambda *args: today + datetime.timedelta(days=1))

    assert "Bugungi seminar" not in upcoming_section(text(client, homes["uz"].url))


def upcoming_section(html):
    """The home page up to its list of past reports."""
    return html[: html.index('id="recent-reports"')]


# Headers for browsers and CDNs -----------------------------------------------------------------


def test_anonymous_responses_can_be_stored_and_must_be_revalidated(client, sechenov):
    for response in (get(client, sechenov["uz"].url), get(client, sechenov["uz"].url)):
        assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
        assert "Cookie" in response["Vary"]
        assert response["ETag"].startswith('"')
        assert response["Last-Modified"].endswith(" GMT")


def test_a_longer_browser_lifetime_can_be_configured(client, settings, sechenov):
    settings.PAGE_CACHE_MAX_AGE = 60

    assert get(client, sechenov["uz"].url)["Cache-Control"] == (
        "public, max-age=60, must-revalidate"
    )


def test_a_current_etag_gets_304_without_a_query_and_a_stale_one_the_new_page(
    client, sechenov, django_assert_num_queries
):
    page = sechenov["ru"]
    etag = get(client, page.url)["ETag"]

    with django_assert_num_queries(0):
        response = client.get(page.url, headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag

    page.title = "Новое название"
    page.save_revision().publish()
    response = client.get(page.url, headers={"If-None-Match": etag})

    assert response.status_code == 200
    assert response["ETag"] != etag
    assert "Новое название" in response.content.decode()


def test_the_first_render_answers_a_matching_etag_with_304_too(client, sechenov):
    etag = get(client, sechenov["uz"].url)["ETag"]
    invalidate()

    response = client.get(sechenov["uz"].url, headers={"If-None-Match": etag})

    assert response["X-Page-Cache"] == "miss"
    assert response.status_code == 304


def test_if_modified_since_gets_304_until_the_content_changes(client, sechenov, monkeypatch):
    # A second of its own, so that no other test's generation started in it.
    monkeypatch.setattr(page_cache.time, "time", lambda: 4_000_000_000.5)
    page = sechenov["uz"]
    last_modified = get(client, page.url)["Last-Modified"]
    assert last_modified == http_date(4_000_000_000)

    response = client.get(page.url, headers={"If-Modified-Since": last_modified})
    assert response.status_code == 304

    page.title = "Oʻzgargan sarlavha"
    page.save_revision().publish()
    response = client.get(page.url, headers={"If-Modified-Since": last_modified})

    # Changed in the same second: the date cannot tell the versions apart, so no 304.
    assert response.status_code == 200
    assert "Oʻzgargan sarlavha" in response.content.decode()


def test_last_modified_moves_forward_with_a_change(client, sechenov, monkeypatch):
    clock = [4_100_000_000.0]
    monkeypatch.setattr(page_cache.time, "time", lambda: clock[0])
    page = sechenov["uz"]
    before = get(client, page.url)["Last-Modified"]

    clock[0] += 5
    page.title = "Keyinroq oʻzgargan"
    page.save_revision().publish()
    response = client.get(page.url, headers={"If-Modified-Since": before})

    assert response.status_code == 200
    assert response["Last-Modified"] == http_date(4_100_000_005)
    assert (
        client.get(page.url, headers={"If-Modified-Since": response["Last-Modified"]}).status_code
        == 304
    )


# Several processes ----------------------------------------------------------------------------


def run_production_python(code, cache_dir):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "CACHE_KEY_PREFIX"}
    }
    env |= {
        "DJANGO_SETTINGS_MODULE": "site_config.settings.production",
        "SECRET_KEY": "p" * 10 + "-a-long-random-production-secret-for-the-check-1234567890",
        "ALLOWED_HOSTS": "obgyn.example.org",
        "DATABASE_URL": "sqlite:////tmp/obgyn-page-cache-check.sqlite3",
        "CACHE_DIR": str(cache_dir),
    }
    script = f"import django; django.setup(); {code}"
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_without_redis_production_processes_share_one_generation_in_a_directory(tmp_path):
    code = (
        "from django.conf import settings; from core.structure_cache import content_generation, "
        "invalidate; print(settings.CACHES['default']['BACKEND']); before = content_generation(); "
        "invalidate(); print(before, content_generation())"
    )
    backend, first_before, first_after = run_production_python(code, tmp_path)
    _backend, second_before, _second_after = run_production_python(code, tmp_path)

    assert backend == "django.core.cache.backends.filebased.FileBasedCache"
    assert first_after != first_before
    # The second process starts from the generation the first one left behind.
    assert second_before == first_after
