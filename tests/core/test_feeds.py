"""RSS 2.0 feeds of news and events per language: valid, in the language, only what is public."""

import datetime
import re
from email.utils import parsedate_to_datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import feedparser
import pytest

from core.feeds import FEED_LENGTH
from events.models import EventIndexPage, EventReportPage
from news.models import NewsArticlePage, NewsIndexPage
from tests.factories import EventReportPageFactory, NewsArticlePageFactory
from tests.helpers import by_language

pytestmark = pytest.mark.django_db

LANGUAGES = ["uz", "ru", "en"]
TASHKENT = datetime.timezone(datetime.timedelta(hours=5))
FEEDS = {"news": NewsArticlePage, "events": EventReportPage}


@pytest.fixture
def news(locales):
    return by_language(NewsIndexPage)


@pytest.fixture
def event_indexes(locales):
    return by_language(EventIndexPage)


def get_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


def published(entry):
    """The entry's pubDate as written (the site's time zone), not converted to UTC."""
    return parsedate_to_datetime(entry.published)


def to_the_second(moment):
    """`moment` as RSS writes it: to the second."""
    return moment.replace(microsecond=0)


def feed_links(feed):
    return [entry.link for entry in feed.entries]


@pytest.mark.parametrize("section", FEEDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_feed_is_valid_rss_in_its_language(client, locales, language, section):
    feed = get_feed(client, f"/{language}/{section}/feed/")
    model = FEEDS[section]
    pages = model.objects.live().public().filter(locale=locales[language])

    assert feed.feed.language == language
    assert feed.feed.link == f"http://testserver/{language}/{section}/"
    assert feed.feed.title
    assert feed.feed.description
    assert pages.exists()
    assert sorted(feed_links(feed)) == sorted(f"http://testserver{page.url}" for page in pages)


def test_feed_titles_and_descriptions_are_translated(client, locales):
    titles = {lang: get_feed(client, f"/{lang}/news/feed/").feed.title for lang in LANGUAGES}
    descriptions = {
        lang: get_feed(client, f"/{lang}/events/feed/").feed.description for lang in LANGUAGES
    }

    assert len(set(titles.values())) == 3
    assert len(set(descriptions.values())) == 3
    assert "Department of Obstetrics and Gynecology No. 1" in titles["en"]
    assert "Кафедра" in titles["ru"] or "кафедр" in titles["ru"]
    assert "kafedra" in titles["uz"]


@pytest.mark.parametrize(
    ("language", "department"),
    [
        ("uz", "Akusherlik va ginekologiya №1 kafedrasi"),
        ("ru", "Кафедра акушерства и гинекологии №1"),
        ("en", "Department of Obstetrics and Gynecology No. 1"),
    ],
)
def test_feeds_name_the_department_in_the_nominative(client, news, language, department):
    """The name stays as written: the messages put it first rather than declining it."""
    news_feed = get_feed(client, f"/{language}/news/feed/").feed
    events_feed = get_feed(client, f"/{language}/events/feed/").feed

    assert news_feed.title == f"{news[language].title} — {department}"
    assert news_feed.description.startswith(f"{department}: ")
    assert events_feed.description.startswith(f"{department}: ")
    assert news_feed.description != events_feed.description


@pytest.mark.parametrize(
    ("language", "facts"),
    [
        ("ru", "5–10 июня 2023 г., Москва, Россия — "),
        ("en", "5–10 June 2023, Moscow, Russia — "),
        ("uz", "2023\u2011yil 5–10\u2011iyun, Moskva, Rossiya — "),
    ],
)
def test_event_entries_give_the_events_dates_and_place_before_the_summary(
    client, sechenov, language, facts
):
    feed = get_feed(client, f"/{language}/events/feed/")
    report = sechenov[language]
    entry = next(e for e in feed.entries if e.link == f"http://testserver{report.url}")

    assert entry.title == report.title
    assert entry.summary == facts + report.summary
    assert published(entry) == to_the_second(report.first_published_at)
    assert entry.id == entry.link


def test_event_entries_are_dated_when_published_not_when_the_event_starts(client, event_indexes):
    """An event announced ahead must not date the feed in the future (feed readers sort by
    these dates and trust lastBuildDate and Last-Modified)."""
    start = timezone.localdate() + datetime.timedelta(days=400)
    upcoming = EventReportPageFactory(parent=event_indexes["en"], start_date=start)
    before = timezone.now()

    response = client.get("/en/events/feed/")

    feed = feedparser.parse(response.content)
    entry = next(e for e in feed.entries if e.link == f"http://testserver{upcoming.url}")
    assert published(entry) == to_the_second(upcoming.first_published_at)
    assert upcoming.first_published_at <= before
    assert feed.entries[0].link == entry.link  # the page published last comes first
    latest = max(
        page.last_published_at
        for page in EventReportPage.objects.live().filter(locale=upcoming.locale)
    )
    assert parsedate_to_datetime(feed.feed.updated) == to_the_second(latest)
    assert parsedate_to_datetime(response["Last-Modified"]) <= before
    assert start.strftime("%-d %B %Y") in entry.summary


def test_news_entries_use_the_publication_date_newest_first(client, news):
    articles = NewsArticlePageFactory.create_daily(3, datetime.date(2020, 1, 1), parent=news["en"])

    feed = get_feed(client, "/en/news/feed/")

    newest = articles[-1]
    entry = next(e for e in feed.entries if e.link == f"http://testserver{newest.url}")
    # Dated earlier than it went online: its own date, at midnight.
    assert published(entry) == datetime.datetime(2020, 1, 3, tzinfo=TASHKENT)
    assert entry.summary == ""
    dates = [published(entry) for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)


def test_news_entries_are_never_dated_after_their_publication(client, news):
    today = timezone.localdate()
    ahead = NewsArticlePageFactory(
        parent=news["en"], publication_date=today + datetime.timedelta(days=30)
    )
    same_day = NewsArticlePageFactory(parent=news["en"], publication_date=today)
    before = timezone.now()

    response = client.get("/en/news/feed/")

    feed = feedparser.parse(response.content)
    by_link = {entry.link: entry for entry in feed.entries}
    # Dated ahead or today: the moment it went online.
    for article in (ahead, same_day):
        entry = by_link[f"http://testserver{article.url}"]
        assert published(entry) == to_the_second(article.first_published_at)
    assert parsedate_to_datetime(feed.feed.updated) == to_the_second(same_day.last_published_at)
    assert parsedate_to_datetime(response["Last-Modified"]) <= before
    assert all(published(entry) <= before for entry in feed.entries)


def test_feed_keeps_the_newest_items_only(client, event_indexes):
    events = EventReportPageFactory.create_weekly(
        FEED_LENGTH + 3, datetime.date(2031, 1, 1), parent=event_indexes["en"]
    )

    feed = get_feed(client, "/en/events/feed/")

    assert len(feed.entries) == FEED_LENGTH
    published_last = events[-FEED_LENGTH:][::-1]
    assert feed_links(feed) == [f"http://testserver{event.url}" for event in published_last]


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_advertise_their_feeds(client, homes, news, event_indexes, language):
    home = client.get(f"/{language}/").content.decode()
    news_index = client.get(news[language].url).content.decode()
    event_index = client.get(event_indexes[language].url).content.decode()

    rss = r'<link rel="alternate" type="application/rss\+xml" title="[^"]+" href="{}">'
    news_feed = rss.format(f"/{language}/news/feed/")
    events_feed = rss.format(f"/{language}/events/feed/")
    assert re.search(news_feed, home)
    assert re.search(events_feed, home)
    assert re.search(news_feed, news_index)
    assert re.search(events_feed, event_index)
    assert not re.search(events_feed, news_index)


# What must not be in a feed ------------------------------------------------------------------


def test_unpublished_pages_are_left_out(client, sechenov):
    sechenov["en"].unpublish()

    assert f"http://testserver{sechenov['en'].url}" not in feed_links(
        get_feed(client, "/en/events/feed/")
    )


def test_draft_changes_are_left_out(client, sechenov):
    report = sechenov["en"]
    live_title = report.title
    report.title = "Quixotic draft headline"
    report.summary = "Quixotic draft summary"
    report.save_revision()

    response = client.get("/en/events/feed/")
    assert b"Quixotic" not in response.content
    assert live_title.encode() in response.content


def test_private_pages_are_left_out(client, sechenov):
    PageViewRestriction.objects.create(
        page=sechenov["en"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    feed = get_feed(client, "/en/events/feed/")
    assert feed.entries  # Astana is still public
    assert f"http://testserver{sechenov['en'].url}" not in feed_links(feed)
    assert sechenov["en"].title not in [entry.title for entry in feed.entries]


def test_feed_of_a_section_without_a_live_index_is_404(client, news):
    news["ru"].unpublish()

    assert client.get("/ru/news/feed/").status_code == 404


# Queries ---------------------------------------------------------------------------------------


def count(client, url):
    assert client.get(url).status_code == 200  # warm caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    ("url", "add"),
    [
        (
            "/en/news/feed/",
            lambda news, events: NewsArticlePageFactory.create_daily(20, parent=news["en"]),
        ),
        (
            "/en/events/feed/",
            lambda news, events: EventReportPageFactory.create_weekly(20, parent=events["en"]),
        ),
    ],
)
def test_feed_queries_do_not_grow_with_the_items(
    client, news, event_indexes, django_assert_max_num_queries, url, add
):
    first = count(client, url)
    add(news, event_indexes)
    client.get(url)  # the new content generation fills the structure cache

    with django_assert_max_num_queries(first):
        response = client.get(url)
    assert len(feedparser.parse(response.content).entries) > 20
