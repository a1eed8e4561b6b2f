"""Every public page costs at most 12 SQL queries, and the same number at any archive size.

Measured without the page cache (the test settings switch it off), after one request that warms
the structure cache (routes, menus, language versions, restrictions: see core.structure_cache),
as every request but the first after a change does. The archive then grows by 40 articles, 25
event reports and 15 partners in the language measured, and every page is measured again.
"""

import datetime

import pytest

from events.models import EventIndexPage, EventReportPage
from news.models import NewsArticlePage, NewsIndexPage
from partners.models import PartnerIndexPage, PartnerProfilePage
from tests.factories import (
    EventReportPageFactory,
    NewsArticlePageFactory,
    PartnerProfilePageFactory,
)
from tests.helpers import count_queries

pytestmark = pytest.mark.django_db

QUERY_BUDGET = 12


def public_urls(language):
    news = NewsIndexPage.objects.get(locale__language_code=language)
    events = EventIndexPage.objects.get(locale__language_code=language)
    partners = PartnerIndexPage.objects.get(locale__language_code=language)
    report = EventReportPage.objects.get(slug="sechenov-2023", locale__language_code=language)
    partner = PartnerProfilePage.objects.get(slug="sechenov", locale__language_code=language)
    article = NewsArticlePage.objects.live().filter(locale__language_code=language).first()
    return {
        "home": f"/{language}/",
        "news index": news.url,
        "news index, page 2": f"{news.url}?page=2",
        "news index, a year": f"{news.url}?year=2023",
        "article": article.url,
        "events index": events.url,
        "events index, a kind": f"{events.url}?kind=academic_mobility",
        "event report": report.url,
        "partners index": partners.url,
        "partner profile": partner.url,
        "search": f"/{language}/search/?q=Sechenov",
        "news feed": f"/{language}/news/feed/",
        "events feed": f"/{language}/events/feed/",
        "calendar": f"/{language}/events/calendar.ics",
        "sitemap": "/sitemap.xml",
    }


def grow_archive(language):
    news = NewsIndexPage.objects.get(locale__language_code=language)
    events = EventIndexPage.objects.get(locale__language_code=language)
    partners = PartnerIndexPage.objects.get(locale__language_code=language)
    NewsArticlePageFactory.create_daily(40, parent=news, first_date=datetime.date(2022, 1, 1))
    EventReportPageFactory.create_weekly(25, parent=events)
    for number in range(15):
        PartnerProfilePageFactory(parent=partners, title=f"Generated partner {number}")


def measure(client, urls):
    counts = {}
    for name, url in urls.items():
        response = client.get(url)
        if response.status_code == 404 and "page=2" in url:
            continue  # the small archive has a single page of news
        counts[name] = count_queries(client, url)
    return counts


@pytest.mark.parametrize("language", ["uz", "ru"])
def test_every_public_page_stays_within_the_budget_at_any_archive_size(client, language):
    small = measure(client, public_urls(language))
    grow_archive(language)
    large = measure(client, public_urls(language))

    over_budget = {name: count for name, count in large.items() if count > QUERY_BUDGET}
    assert not over_budget, f"over {QUERY_BUDGET} queries: {over_budget}"
    grew = {
        name: (small[name], large[name])
        for name in small
        if name in large and large[name] > small[name]
    }
    assert not grew, f"more queries with a larger archive: {grew}"
    assert set(large) == set(public_urls(language))


def test_the_budget_holds_for_a_cold_structure_cache_on_the_page_itself(client, sechenov):
    """The first request after a change fills the structure cache; it may cost more, once."""
    from core.structure_cache import invalidate

    url = sechenov["ru"].url
    client.get(url)
    warm = count_queries(client, url)
    invalidate()
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as cold:
        assert client.get(url).status_code == 200
    assert warm <= QUERY_BUDGET
    assert len(cold) > warm, "a new content generation is read from the database again"


def test_an_article_costs_the_same_with_one_topic_or_many(client):
    from home.models import Topic

    news = NewsIndexPage.objects.get(locale__language_code="uz")
    topics = list(Topic.objects.filter(locale=news.locale)[:5])
    assert len(topics) == 5
    one = NewsArticlePageFactory(parent=news, title="One topic", topics=topics[:1])
    many = NewsArticlePageFactory(parent=news, title="Many topics", topics=topics)

    assert count_queries(client, many.url) == count_queries(client, one.url)
