"""What makes cached pages stale (core.invalidation): every change a reader could see, in any
language — publishing, editing, unpublishing, deleting, making private, moving, a translation
published through wagtail-localize, a renamed snippet, an edited image, scheduled go-live and
expiry — and the date change at midnight, shows up on every page, feed, calendar and sitemap
that showed the old state. Saves no reader sees: test_invalidation_unseen.py.

Checked through the page cache (core.page_cache): each test warms the URLs first, so a stale
entry would be served.
"""

import datetime

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

import pytest

from core.structure_cache import remember
from events.models import EventReportPage
from home.models import ContentPage, SiteDetails
from partners.models import PartnerProfilePage
from tests.core.page_cache_helpers import get, status, text, warm
from tests.factories import (
    ContentPageFactory,
    EventReportPageFactory,
    NewsArticlePageFactory,
)
from tests.helpers import by_language

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

LANGUAGES = ["uz", "ru"]


# Changes readers see, in every language --------------------------------------------------------


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

    article = NewsArticlePageFactory(
        parent=indexes["news"][language],
        title="Kesh yangiligi",
        publication_date=datetime.date.today(),
        partners=[partner],
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
    article = NewsArticlePageFactory(
        parent=indexes["news"][language],
        title="Oʻchiriladigan",
        publication_date=datetime.date.today(),
    )
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
    section = ContentPageFactory(parent=home, title="Boʻlim", slug="bolim")
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
    scheduled = EventReportPageFactory(
        parent=events, title="Rejadagi seminar", start_date=soon, draft=True
    )
    due = timezone.now() - datetime.timedelta(minutes=5)
    scheduled.go_live_at = due
    scheduled.save_revision(approved_go_live_at=due)
    expiring = EventReportPageFactory(
        parent=events, title="Muddati tugagan seminar", start_date=soon
    )
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


# Midnight: no content changes, but listings split upcoming and past events by date -------------
# (today's date is part of the page cache's epoch, next to the content generation)


def test_an_event_moves_from_upcoming_to_past_at_midnight(client, homes, indexes, monkeypatch):
    today = timezone.localdate()
    EventReportPageFactory(
        parent=indexes["events"]["uz"], title="Bugungi seminar", start_date=today
    )
    warm(client, homes["uz"].url)
    assert "Bugungi seminar" in upcoming_section(text(client, homes["uz"].url))

    monkeypatch.setattr(timezone, "localdate", lambda *args: today + datetime.timedelta(days=1))

    assert "Bugungi seminar" not in upcoming_section(text(client, homes["uz"].url))


def upcoming_section(html):
    """The home page up to its list of past reports."""
    return html[: html.index('id="recent-reports"')]


# The second bump, after the commit -------------------------------------------------------------


def test_what_another_connection_cached_before_the_commit_does_not_survive_it(
    sechenov, django_capture_on_commit_callbacks
):
    """Between a change and its commit, another process still reads the old rows from the
    database and caches them under the generation the change has just started; only the bump
    after the commit (core.structure_cache.bump_generation) makes that entry unreachable."""
    page = sechenov["uz"]
    old_title = page.title

    with django_capture_on_commit_callbacks() as callbacks:
        page.title = "Commitdan keyingi sarlavha"
        page.save_revision().publish()
        # Another connection, which cannot see the uncommitted change, fills the cache.
        cached = remember("title", (page.pk,), lambda: old_title)
        assert cached == old_title

    for callback in callbacks:  # the commit
        callback()

    fresh = remember("title", (page.pk,), lambda: Page.objects.get(pk=page.pk).title)
    assert fresh == "Commitdan keyingi sarlavha"
