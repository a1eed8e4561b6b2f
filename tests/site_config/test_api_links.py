"""The API's links from a page to partners, events, topics and people: objects in the language of
the page linking (id, title, public URL, API address), in a fixed number of queries per page of
results."""

import pytest

from events.models import EventIndexPage
from home.models import Person, Topic
from news.models import NewsIndexPage
from partners.models import PartnerProfilePage
from tests.factories import EventReportPageFactory, NewsArticlePageFactory
from tests.helpers import by_language, count_queries

pytestmark = pytest.mark.django_db

PAGES = "/api/v2/pages/"
NEWS_LINKS = f"{PAGES}?type=news.NewsArticlePage&locale=ru&fields=partner_links,event_links"
EVENT_LINKS = f"{PAGES}?type=events.EventReportPage&locale=ru&fields=partner_links,participants"


@pytest.fixture
def partners(locales):
    return by_language(PartnerProfilePage, slug="sechenov")


@pytest.fixture
def news_indexes(locales):
    return by_language(NewsIndexPage)


def api_page_url(page):
    return f"http://localhost{PAGES}{page.pk}/"


def link_object(page, *fields):
    return {
        "id": page.pk,
        **{field: getattr(page, field) for field in fields},
        "html_url": page.full_url,
        "detail_url": api_page_url(page),
    }


def add_russian_article(news_indexes, partners, sechenov):
    """A Russian article whose links point at the Uzbek partner and event, as links
    synchronised from an Uzbek original do."""
    return NewsArticlePageFactory(
        parent=news_indexes["ru"], partners=[partners["uz"]], events=[sechenov["uz"]]
    )


def items_by_id(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return {item["id"]: item for item in response.json()["items"]}


def test_news_links_name_the_partner_and_event_in_the_language_of_the_article(
    client, news_indexes, partners, sechenov
):
    article = add_russian_article(news_indexes, partners, sechenov)

    item = items_by_id(client, NEWS_LINKS)[article.pk]

    assert [link["partner"] for link in item["partner_links"]] == [
        link_object(partners["ru"], "title")
    ]
    dates = {"start_date": "2023-06-05", "end_date": "2023-06-10"}
    assert [link["event"] for link in item["event_links"]] == [
        link_object(sechenov["ru"], "title") | dates
    ]
    assert item["partner_links"][0]["partner"]["html_url"].endswith("/ru/partners/sechenov/")


def test_news_detail_gives_the_same_link_objects(client, news_indexes, partners, sechenov):
    article = add_russian_article(news_indexes, partners, sechenov)

    response = client.get(f"{PAGES}{article.pk}/")

    item = response.json()
    assert item["partner_links"][0]["partner"] == link_object(partners["ru"], "title")
    assert item["event_links"][0]["event"]["html_url"] == sechenov["ru"].full_url


def test_news_topics_are_named_in_the_language_of_the_article(client, news_indexes, locales):
    topic_uz = Topic.objects.filter(locale=locales["uz"]).order_by("pk").first()
    topic_ru = Topic.objects.get(translation_key=topic_uz.translation_key, locale=locales["ru"])
    article = NewsArticlePageFactory(parent=news_indexes["ru"], topics=[topic_uz])

    item = client.get(f"{PAGES}{article.pk}/?fields=topic_links").json()

    assert [link["topic"] for link in item["topic_links"]] == [
        {"id": topic_ru.pk, "name": topic_ru.name, "slug": topic_uz.slug}
    ]


def test_a_link_to_a_partner_with_no_russian_version_names_the_one_linked(
    client, news_indexes, partners, sechenov
):
    partners["ru"].unpublish()
    article = add_russian_article(news_indexes, partners, sechenov)

    item = items_by_id(client, NEWS_LINKS)[article.pk]

    assert item["partner_links"][0]["partner"] == link_object(partners["uz"], "title")


def test_a_link_to_a_page_no_reader_may_see_is_null(client, news_indexes, partners, sechenov):
    article = add_russian_article(news_indexes, partners, sechenov)
    for event in sechenov.values():
        event.unpublish()

    item = items_by_id(client, NEWS_LINKS)[article.pk]

    assert [link["event"] for link in item["event_links"]] == [None]
    assert item["partner_links"][0]["partner"]["id"] == partners["ru"].pk


def test_news_links_cost_the_same_queries_for_two_articles_or_ten(
    client, news_indexes, partners, sechenov, django_assert_max_num_queries
):
    added = [add_russian_article(news_indexes, partners, sechenov) for _number in range(2)]
    few = count_queries(client, NEWS_LINKS)
    added += [add_russian_article(news_indexes, partners, sechenov) for _number in range(8)]
    assert client.get(NEWS_LINKS).status_code == 200  # the new content generation

    with django_assert_max_num_queries(few):
        items = items_by_id(client, NEWS_LINKS)
    for article in added:
        item = items[article.pk]
        assert item["partner_links"][0]["partner"] == link_object(partners["ru"], "title")
        assert item["event_links"][0]["event"]["id"] == sechenov["ru"].pk


def test_event_links_cost_the_same_queries_for_few_events_or_many(
    client, partners, locales, django_assert_max_num_queries
):
    index = by_language(EventIndexPage)["ru"]
    people = list(Person.objects.filter(locale=locales["uz"]).order_by("pk")[:2])
    few = count_queries(client, EVENT_LINKS)
    EventReportPageFactory.create_batch(8, parent=index, partners=[partners["uz"]], people=people)
    assert client.get(EVENT_LINKS).status_code == 200

    with django_assert_max_num_queries(few):
        items = items_by_id(client, EVENT_LINKS)
    added = [item for item in items.values() if item["title"].startswith("Test event")]
    assert len(added) == 8
    for item in added:
        assert item["partner_links"][0]["partner"] == link_object(partners["ru"], "title")
        assert {link["person"]["id"] for link in item["participants"]} == {
            Person.objects.get(translation_key=person.translation_key, locale=locales["ru"]).pk
            for person in people
        }
